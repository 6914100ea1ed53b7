package dev.commis.importer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads a schema.org {@code Recipe} written as microdata ({@code itemscope itemtype=…/Recipe},
 * {@code itemprop=…}) into the same tree shape as JSON-LD, so that {@link RecipeFields} reads
 * both: each property becomes an array of values, a nested item an object with its {@code @type}.
 * Element values keep their HTML so that lists inside them can still be split into lines.
 */
final class Microdata {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private Microdata() {
    }

    static Optional<JsonNode> find(Document page) {
        for (Element scope : page.select("[itemscope][itemtype]")) {
            if (isRecipe(scope)) {
                return Optional.of(item(scope, 0));
            }
        }
        return Optional.empty();
    }

    private static boolean isRecipe(Element scope) {
        for (String type : scope.attr("itemtype").split("\\s+")) {
            if (type.replaceAll("/+$", "").matches("(?i)https?://schema\\.org/Recipe")) {
                return true;
            }
        }
        return false;
    }

    private static ObjectNode item(Element scope, int depth) {
        ObjectNode node = NODES.objectNode();
        String type = scope.attr("itemtype").strip();
        if (!type.isEmpty()) {
            node.put("@type", type.split("\\s+")[0]);
        }
        for (Element element : scope.select("[itemprop]")) {
            if (element == scope || owner(element) != scope) {
                continue;
            }
            JsonNode value = element.hasAttr("itemscope") && depth < 6 ? item(element, depth + 1) : NODES.textNode(value(element));
            for (String name : element.attr("itemprop").strip().split("\\s+")) {
                if (name.isEmpty()) {
                    continue;
                }
                JsonNode existing = node.get(name);
                ArrayNode values = existing instanceof ArrayNode array ? array : node.putArray(name);
                values.add(value);
            }
        }
        return node;
    }

    /** The item an element's property belongs to: its nearest ancestor with {@code itemscope}. */
    private static Element owner(Element element) {
        Element parent = element.parent();
        while (parent != null && !parent.hasAttr("itemscope")) {
            parent = parent.parent();
        }
        return parent;
    }

    private static String value(Element element) {
        String tag = element.normalName();
        if (element.hasAttr("content")) {
            return element.attr("content");
        }
        return switch (tag) {
            case "meta" -> element.attr("content");
            case "a", "link", "area" -> element.absUrl("href");
            case "img", "audio", "video", "source", "iframe", "embed" -> element.absUrl("src");
            case "time" -> element.hasAttr("datetime") ? element.attr("datetime") : element.text();
            case "data", "meter" -> element.attr("value");
            default -> element.html();
        };
    }
}
