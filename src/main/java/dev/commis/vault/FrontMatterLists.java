package dev.commis.vault;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Ingredient lines and steps kept in front matter, as Hugo and Jekyll sites and web clippers
 * write them: a list of strings, a block of lines, schema.org {@code HowToStep} maps with a
 * {@code text}, {@code HowToSection} maps with an {@code itemListElement}, or groups written as
 * one-key maps ({@code - Sauce: [...]}) or as one map of named lists ({@code {Sauce: [...], Pâte: [...]}}).
 */
final class FrontMatterLists {

    private static final Pattern LEADING_MARK = Pattern.compile("^\\s*(?:[-*+•]\\s+|\\d{1,3}[.)]\\s+)?(?:\\[[ xX]\\]\\s*)?");
    private static final Pattern LINE_BREAK = Pattern.compile("\\R");

    private FrontMatterLists() {
    }

    /** The ingredient groups {@code value} holds; empty when it holds none. */
    static List<IngredientGroup> ingredients(Object value) {
        List<IngredientGroup> groups = new ArrayList<>();
        List<String> loose = new ArrayList<>();
        addIngredients(value, loose, groups);
        if (!loose.isEmpty()) {
            groups.add(0, new IngredientGroup("", loose));
        }
        return groups;
    }

    private static void addIngredients(Object value, List<String> loose, List<IngredientGroup> groups) {
        if (value instanceof Collection<?> items) {
            for (Object item : items) {
                if (item instanceof Map<?, ?> map && groupOf(map) != null) {
                    Map.Entry<String, Object> group = groupOf(map);
                    List<String> lines = new ArrayList<>();
                    addIngredients(group.getValue(), lines, groups);
                    if (!lines.isEmpty()) {
                        groups.add(new IngredientGroup(group.getKey(), lines));
                    }
                } else {
                    addIngredients(item, loose, groups);
                }
            }
        } else if (value instanceof Map<?, ?> map && isGroups(map)) {
            // "ingredients: {Marinade: [...], Tacos: [...]}": one group per key, in the order written.
            map.forEach((name, items) -> addIngredients(List.of(Map.of(String.valueOf(name), items)), loose, groups));
        } else if (value instanceof Map<?, ?> map) {
            String line = ingredientLine(map);
            if (!line.isEmpty()) {
                loose.add(line);
            }
        } else if (value != null) {
            lines(String.valueOf(value), loose);
        }
    }

    /** A group written as {@code {name: Sauce, items: [...]}} or {@code {Sauce: [...]}}; null otherwise. */
    private static Map.Entry<String, Object> groupOf(Map<?, ?> map) {
        for (String listKey : new String[] {"items", "ingredients", "list", "itemListElement"}) {
            if (map.get(listKey) instanceof Collection<?> items) {
                Object name = first(map, "name", "title", "group", "section", "for");
                return Map.entry(name == null ? "" : String.valueOf(name).strip(), items);
            }
        }
        if (map.size() == 1) {
            Map.Entry<?, ?> only = map.entrySet().iterator().next();
            if (only.getValue() instanceof Collection<?>) {
                return Map.entry(String.valueOf(only.getKey()).strip(), only.getValue());
            }
        }
        return null;
    }

    /** Whether {@code map} is several named lists ({@code {Sauce: [...], Pâte: [...]}}), not one item or one group. */
    private static boolean isGroups(Map<?, ?> map) {
        if (map.size() < 2 || groupOf(map) != null) {
            return false;
        }
        for (Object items : map.values()) {
            if (!(items instanceof Collection<?>)) {
                return false;
            }
        }
        return true;
    }

    /** {@code {quantity: 2, unit: cups, name: flour}} reads "2 cups flour"; a {@code text} wins. */
    private static String ingredientLine(Map<?, ?> map) {
        Object text = first(map, "text", "line", "display_text", "original");
        if (text != null) {
            return clean(String.valueOf(text));
        }
        List<String> parts = new ArrayList<>();
        for (String key : new String[] {"quantity", "amount", "qty", "quantite", "unit", "unite", "name", "item",
                "ingredient", "nom", "note", "notes"}) {
            Object part = map.get(key);
            if (part != null && !(part instanceof Collection<?>) && !(part instanceof Map<?, ?>)) {
                parts.add(String.valueOf(part).strip());
            }
        }
        return clean(String.join(" ", parts));
    }

    /** The steps {@code value} holds, numbered from 1; empty when it holds none. */
    static List<Step> steps(Object value) {
        List<Step> steps = new ArrayList<>();
        addSteps(value, steps, "");
        return steps;
    }

    private static void addSteps(Object value, List<Step> steps, String part) {
        if (value instanceof Collection<?> items) {
            items.forEach(item -> addSteps(item, steps, part));
        } else if (value instanceof Map<?, ?> map && isGroups(map)) {
            map.forEach((name, items) -> addSteps(items, steps, String.valueOf(name).strip()));
        } else if (value instanceof Map<?, ?> map) {
            Map.Entry<String, Object> section = groupOf(map);
            if (section != null) {
                addSteps(section.getValue(), steps, section.getKey().isEmpty() ? part : section.getKey());
                return;
            }
            Object text = first(map, "text", "step", "description", "instruction", "directions");
            Object name = first(map, "name", "title");
            String body = text == null ? "" : clean(String.valueOf(text));
            String title = name == null ? "" : clean(String.valueOf(name));
            if (title.equals(body) || body.startsWith(title)) {
                title = "";
            }
            if (!body.isEmpty() || !title.isEmpty()) {
                steps.add(new Step(steps.size() + 1, title, body, part));
            }
        } else if (value != null) {
            List<String> lines = new ArrayList<>();
            lines(String.valueOf(value), lines);
            lines.forEach(line -> steps.add(new Step(steps.size() + 1, "", line, part)));
        }
    }

    private static void lines(String text, List<String> into) {
        for (String line : LINE_BREAK.split(text)) {
            String cleaned = clean(line);
            if (!cleaned.isEmpty()) {
                into.add(cleaned);
            }
        }
    }

    private static String clean(String line) {
        return LEADING_MARK.matcher(line).replaceFirst("").strip();
    }

    private static Object first(Map<?, ?> map, String... keys) {
        for (String key : keys) {
            Object value = map.get(key);
            if (value != null && !(value instanceof Collection<?>) && !(value instanceof Map<?, ?>)
                    && !String.valueOf(value).isBlank()) {
                return value;
            }
        }
        return null;
    }
}
