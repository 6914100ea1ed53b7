package dev.commis.importer;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Finds the schema.org {@code Recipe} in a page's JSON-LD scripts, wherever the page put it: a
 * single object, an array, a {@code @graph}, under {@code mainEntity}, with {@code @type} as a
 * string or a list. Scripts that are not valid JSON are skipped; real pages hold raw line
 * breaks, comments and trailing commas, which are tolerated.
 */
final class JsonLdFinder {

    private static final int MAX_DEPTH = 12;

    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS)
            .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS)
            .enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
            .enable(JsonReadFeature.ALLOW_SINGLE_QUOTES)
            .enable(JsonReadFeature.ALLOW_BACKSLASH_ESCAPING_ANY_CHARACTER)
            .disable(com.fasterxml.jackson.core.StreamReadFeature.AUTO_CLOSE_SOURCE)
            .build();

    private JsonLdFinder() {
    }

    /** The first Recipe node of the page's JSON-LD. */
    static Optional<JsonNode> find(Document page) {
        for (Element script : page.select("script[type]")) {
            String type = script.attr("type").toLowerCase(java.util.Locale.ROOT).strip();
            if (!type.startsWith("application/ld+json")) {
                continue;
            }
            Optional<JsonNode> recipe = parse(script.data()).flatMap(root -> search(root, 0));
            if (recipe.isPresent()) {
                return recipe;
            }
        }
        return Optional.empty();
    }

    private static Optional<JsonNode> parse(String json) {
        String text = json.strip();
        if (text.startsWith("<!--")) {
            text = text.substring(4);
        }
        if (text.endsWith("-->")) {
            text = text.substring(0, text.length() - 3);
        }
        text = text.replace("<![CDATA[", "").replace("]]>", "").strip();
        try (JsonParser parser = JSON.createParser(text)) {
            return Optional.ofNullable(JSON.readTree(parser));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static Optional<JsonNode> search(JsonNode node, int depth) {
        if (node == null || depth > MAX_DEPTH) {
            return Optional.empty();
        }
        if (node.isArray()) {
            for (JsonNode item : node) {
                Optional<JsonNode> found = search(item, depth + 1);
                if (found.isPresent()) {
                    return found;
                }
            }
            return Optional.empty();
        }
        if (!node.isObject()) {
            return Optional.empty();
        }
        if (types(node).stream().anyMatch(t -> t.equalsIgnoreCase("Recipe"))) {
            return Optional.of(node);
        }
        // @graph and mainEntity first, then anything else that holds objects.
        for (String key : List.of("@graph", "mainEntity", "mainEntityOfPage", "itemListElement", "item")) {
            Optional<JsonNode> found = search(node.get(key), depth + 1);
            if (found.isPresent()) {
                return found;
            }
        }
        for (Iterator<java.util.Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            JsonNode value = it.next().getValue();
            if (value.isContainerNode()) {
                Optional<JsonNode> found = search(value, depth + 1);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }

    /** A node's types without their vocabulary ({@code schema:Recipe}, {@code http://schema.org/Recipe} give {@code Recipe}). */
    static List<String> types(JsonNode node) {
        List<String> out = new ArrayList<>();
        JsonNode type = node.get("@type");
        if (type == null) {
            return out;
        }
        List<JsonNode> values = new ArrayList<>();
        if (type.isArray()) {
            type.forEach(values::add);
        } else {
            values.add(type);
        }
        for (JsonNode value : values) {
            String text = value.asText().strip();
            int cut = Math.max(text.lastIndexOf('/'), text.lastIndexOf(':'));
            out.add(cut >= 0 ? text.substring(cut + 1) : text);
        }
        return out;
    }
}
