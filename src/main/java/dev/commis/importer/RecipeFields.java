package dev.commis.importer;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * Reads the fields of one schema.org {@code Recipe} node, whether it came from JSON-LD or was
 * built from microdata: each field may be a string, a number, an object or an array of them, as
 * real pages write it.
 */
final class RecipeFields {

    /** "For the sauce:" among the ingredients: a group's name that the page flattened into the list. */
    private static final Pattern GROUP_LINE = Pattern.compile("[^\\d½¼¾⅓⅔]{2,60}:");
    private static final Pattern STEP_NUMBER = Pattern.compile("^(?:(?:step|étape)\\s*)?\\d{1,2}\\s*[.):]\\s+",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private RecipeFields() {
    }

    /** The recipe in {@code node}; {@code pageUrl}, {@code pageLang} and {@code site} fill what it leaves out. */
    static PageRecipe read(JsonNode node, String pageUrl, String pageLang, String site, String pageTitle) {
        String title = text(node.get("name"));
        if (title.isEmpty()) {
            title = text(node.get("headline"));
        }
        if (title.isEmpty()) {
            title = pageTitle;
        }
        JsonNode ingredientNode = node.has("recipeIngredient") ? node.get("recipeIngredient") : node.get("ingredients");
        OptionalInt prep = SchemaText.minutes(text(node.get("prepTime")));
        OptionalInt cook = SchemaText.minutes(text(node.get("cookTime")));
        OptionalInt total = SchemaText.minutes(text(node.get("totalTime")));
        if (total.isEmpty() && (prep.isPresent() || cook.isPresent())) {
            total = OptionalInt.of(prep.orElse(0) + cook.orElse(0));
        }
        List<String> yields = texts(node.get("recipeYield"));
        OptionalInt servings = OptionalInt.empty();
        for (String yield : yields) {
            servings = SchemaText.people(yield);
            if (servings.isPresent()) {
                break;
            }
        }
        String yield = servings.isPresent() || yields.isEmpty() ? "" : yields.get(yields.size() - 1);
        String url = first(node.get("url"));
        String lang = SchemaText.language(text(node.get("inLanguage")));
        return new PageRecipe(title, lang.isEmpty() ? pageLang : lang, ingredientGroups(lines(ingredientNode)),
                steps(node.get("recipeInstructions")), servings, yield, prep, cook, total,
                String.join(", ", texts(node.get("recipeCuisine"))), String.join(", ", texts(node.get("recipeCategory"))),
                keywords(node.get("keywords")), image(node.get("image")), names(node.get("author")),
                url.startsWith("http") ? url : pageUrl, site);
    }

    /** One value as text: a string or number, or an object's name / text / @value; arrays joined. */
    static String text(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return "";
        }
        if (node.isArray()) {
            return String.join(", ", texts(node));
        }
        if (node.isObject()) {
            for (String key : List.of("@value", "name", "text", "value")) {
                if (node.hasNonNull(key)) {
                    return text(node.get(key));
                }
            }
            return "";
        }
        return SchemaText.clean(node.asText());
    }

    /** Each value of a field that may be one value or an array, cleaned, without empties. */
    static List<String> texts(JsonNode node) {
        List<String> out = new ArrayList<>();
        if (node == null || node.isNull()) {
            return out;
        }
        if (node.isArray()) {
            node.forEach(item -> {
                String t = text(item);
                if (!t.isEmpty() && !out.contains(t)) {
                    out.add(t);
                }
            });
        } else {
            String t = text(node);
            if (!t.isEmpty()) {
                out.add(t);
            }
        }
        return out;
    }

    private static String first(JsonNode node) {
        List<String> all = texts(node);
        return all.isEmpty() ? "" : all.get(0);
    }

    /** Lines of a list field; a single string holding several lines (or an HTML list) is split. */
    private static List<String> lines(JsonNode node) {
        List<String> out = new ArrayList<>();
        if (node == null || node.isNull()) {
            return out;
        }
        if (node.isArray()) {
            node.forEach(item -> out.addAll(item.isTextual() ? split(item.asText()) : List.of(text(item))));
        } else {
            out.addAll(split(node.isTextual() ? node.asText() : text(node)));
        }
        out.removeIf(String::isEmpty);
        return out;
    }

    /** One text that may hold several lines: HTML list items or paragraphs, else line breaks. */
    static List<String> split(String raw) {
        List<String> out = new ArrayList<>();
        if (raw.indexOf('<') >= 0) {
            Element body = Jsoup.parseBodyFragment(raw).body();
            List<Element> parts = body.select("li");
            if (parts.isEmpty()) {
                parts = body.select("p");
            }
            if (!parts.isEmpty()) {
                parts.forEach(part -> out.add(SchemaText.clean(part.html())));
                return out;
            }
            raw = body.html().replaceAll("(?i)<br\\s*/?>", "\n");
        }
        for (String line : raw.split("\\r?\\n|\\r")) {
            String clean = SchemaText.clean(line);
            if (!clean.isEmpty()) {
                out.add(clean);
            }
        }
        return out;
    }

    private static List<PageRecipe.Group> ingredientGroups(List<String> lines) {
        List<PageRecipe.Group> groups = new ArrayList<>();
        String name = "";
        List<String> items = new ArrayList<>();
        for (String line : lines) {
            if (GROUP_LINE.matcher(line).matches()) {
                if (!items.isEmpty() || !name.isEmpty()) {
                    groups.add(new PageRecipe.Group(name, items));
                }
                name = line.substring(0, line.length() - 1).strip();
                items = new ArrayList<>();
            } else {
                items.add(line);
            }
        }
        if (!items.isEmpty()) {
            groups.add(new PageRecipe.Group(name, items));
        }
        return groups;
    }

    /** recipeInstructions: text, a list of strings, HowToStep, HowToSection (a named group), ItemList. */
    private static List<PageRecipe.Group> steps(JsonNode node) {
        List<PageRecipe.Group> groups = new ArrayList<>();
        List<String> loose = new ArrayList<>();
        collectSteps(node, groups, loose, 0);
        if (!loose.isEmpty()) {
            groups.add(new PageRecipe.Group("", loose));
        }
        return groups;
    }

    private static void collectSteps(JsonNode node, List<PageRecipe.Group> groups, List<String> loose, int depth) {
        if (node == null || node.isNull() || depth > 6) {
            return;
        }
        if (node.isArray()) {
            node.forEach(item -> collectSteps(item, groups, loose, depth + 1));
        } else if (node.isTextual()) {
            split(node.asText()).stream().map(RecipeFields::withoutNumber).filter(s -> !s.isEmpty()).forEach(loose::add);
        } else if (node.isObject()) {
            String type = JsonLdFinder.types(node).stream().findFirst().orElse("");
            JsonNode children = node.has("itemListElement") ? node.get("itemListElement") : node.get("steps");
            if (type.equalsIgnoreCase("HowToSection") || (children != null && !node.has("text"))) {
                if (!loose.isEmpty()) {
                    groups.add(new PageRecipe.Group("", List.copyOf(loose)));
                    loose.clear();
                }
                List<PageRecipe.Group> inner = new ArrayList<>();
                List<String> innerLoose = new ArrayList<>();
                collectSteps(children, inner, innerLoose, depth + 1);
                inner.forEach(g -> innerLoose.addAll(g.items()));
                groups.add(new PageRecipe.Group(text(node.get("name")), innerLoose));
            } else {
                String text = text(node.has("text") ? node.get("text") : node.get("description"));
                if (text.isEmpty()) {
                    text = text(node.get("name"));
                }
                text = withoutNumber(text);
                if (!text.isEmpty()) {
                    loose.add(text);
                }
            }
        }
    }

    private static String withoutNumber(String step) {
        return STEP_NUMBER.matcher(step).replaceFirst("");
    }

    private static List<String> keywords(JsonNode node) {
        List<String> out = new ArrayList<>();
        for (String value : texts(node)) {
            for (String word : value.split("\\s*[,;]\\s*")) {
                String w = word.strip();
                if (!w.isEmpty() && out.stream().noneMatch(k -> k.equalsIgnoreCase(w))) {
                    out.add(w);
                }
            }
        }
        return out;
    }

    private static String image(JsonNode node) {
        if (node == null || node.isNull()) {
            return "";
        }
        if (node.isArray()) {
            return node.isEmpty() ? "" : image(node.get(0));
        }
        if (node.isObject()) {
            return image(node.has("url") ? node.get("url") : node.get("contentUrl"));
        }
        String url = node.asText().strip();
        return url.toLowerCase(Locale.ROOT).startsWith("http") ? url : "";
    }

    private static String names(JsonNode node) {
        return String.join(", ", texts(node));
    }
}
