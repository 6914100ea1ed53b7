package dev.commis.vault;

import dev.commis.text.Folding;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Turns front matter fields into {@link RecipeFacts}: French keys and their English aliases
 * (DESIGN §1.1), compared without case or accents. A value of the wrong shape is tolerated
 * where it can be read, and otherwise left out with a warning; it never fails the recipe.
 */
final class FactsReader {

    private enum Field { CUISINE, TYPE, PREP, COOK, TOTAL, SERVINGS, DIFFICULTY, PROTEIN, SOURCE, URL, DATE, TAGS }

    private static final Map<String, Field> ALIASES = new LinkedHashMap<>();

    static {
        alias(Field.CUISINE, "cuisine");
        alias(Field.TYPE, "type", "course", "category", "categorie");
        alias(Field.PREP, "temps_prep", "temps_preparation", "prep_time", "prep");
        alias(Field.COOK, "temps_cuisson", "cook_time", "cook");
        alias(Field.TOTAL, "temps_total", "total_time", "time");
        alias(Field.SERVINGS, "portions", "servings", "serves", "yield", "personnes");
        alias(Field.DIFFICULTY, "difficulte", "difficulty");
        alias(Field.PROTEIN, "proteine", "protein");
        alias(Field.SOURCE, "source");
        alias(Field.URL, "url", "lien", "link");
        alias(Field.DATE, "date_ajout", "date_added");
        alias(Field.TAGS, "tags", "tag");
    }

    private static final Pattern FIRST_NUMBER = Pattern.compile("(\\d+)");

    private FactsReader() {
    }

    private static void alias(Field field, String... keys) {
        for (String key : keys) {
            ALIASES.put(key, field);
        }
    }

    /** Reads {@code fields}; {@code warn} receives one message per value left out. */
    static RecipeFacts read(Map<String, Object> fields, Consumer<String> warn) {
        if (fields.isEmpty()) {
            return RecipeFacts.NONE;
        }
        Map<Field, Object> known = new LinkedHashMap<>();
        Map<Field, String> keyOf = new LinkedHashMap<>();
        Map<String, String> extra = new LinkedHashMap<>();
        fields.forEach((key, value) -> {
            Field field = ALIASES.get(Folding.key(key));
            if (field == null) {
                extra.put(key, text(value));
            } else if (known.containsKey(field)) {
                warn.accept("'" + key + "' repeats '" + keyOf.get(field) + "'; the first one is used");
            } else {
                known.put(field, value);
                keyOf.put(field, key);
            }
        });
        OptionalInt prep = duration(known, keyOf, Field.PREP, warn);
        OptionalInt cook = duration(known, keyOf, Field.COOK, warn);
        OptionalInt total = duration(known, keyOf, Field.TOTAL, warn);
        if (total.isEmpty() && (prep.isPresent() || cook.isPresent())) {
            total = OptionalInt.of(prep.orElse(0) + cook.orElse(0));
        }
        return new RecipeFacts(
                scalar(known, keyOf, Field.CUISINE, warn),
                scalar(known, keyOf, Field.TYPE, warn),
                scalar(known, keyOf, Field.PROTEIN, warn),
                scalar(known, keyOf, Field.DIFFICULTY, warn),
                prep, cook, total,
                servings(known, keyOf, warn),
                scalar(known, keyOf, Field.SOURCE, warn),
                scalar(known, keyOf, Field.URL, warn),
                scalar(known, keyOf, Field.DATE, warn),
                tags(known.get(Field.TAGS)),
                extra);
    }

    private static String scalar(Map<Field, Object> known, Map<Field, String> keyOf, Field field, Consumer<String> warn) {
        Object value = known.get(field);
        if (value instanceof Map<?, ?>) {
            warn.accept("'" + keyOf.get(field) + "' should be a single value, not a group of fields; it was left out");
            return "";
        }
        return text(value);
    }

    private static OptionalInt duration(Map<Field, Object> known, Map<Field, String> keyOf, Field field,
            Consumer<String> warn) {
        String text = scalar(known, keyOf, field, warn);
        if (text.isEmpty()) {
            return OptionalInt.empty();
        }
        OptionalInt minutes = DurationText.minutes(text);
        if (minutes.isEmpty()) {
            warn.accept("'" + keyOf.get(field) + "' is \"" + text
                    + "\", which is not a duration; write minutes (20) or a duration such as 1h30 or 45 min");
        }
        return minutes;
    }

    private static OptionalInt servings(Map<Field, Object> known, Map<Field, String> keyOf, Consumer<String> warn) {
        String text = scalar(known, keyOf, Field.SERVINGS, warn);
        if (text.isEmpty()) {
            return OptionalInt.empty();
        }
        Matcher m = FIRST_NUMBER.matcher(text);
        if (m.find() && m.group(1).length() <= 4 && Integer.parseInt(m.group(1)) > 0) {
            return OptionalInt.of(Integer.parseInt(m.group(1)));
        }
        warn.accept("'" + keyOf.get(Field.SERVINGS) + "' is \"" + text
                + "\", which is not a number of servings; write a whole number such as 4");
        return OptionalInt.empty();
    }

    /** Tags as a list, a flow list or one string of words separated by commas or spaces; leading {@code #} removed. */
    private static List<String> tags(Object value) {
        List<String> raw = new ArrayList<>();
        if (value instanceof Collection<?> items) {
            items.forEach(item -> raw.add(text(item)));
        } else {
            String text = text(value);
            for (String part : text.split("[,\\s]+")) {
                raw.add(part);
            }
        }
        return raw.stream()
                .map(String::trim)
                .map(tag -> tag.startsWith("#") ? tag.substring(1) : tag)
                .filter(tag -> !tag.isEmpty())
                .distinct()
                .collect(Collectors.toList());
    }

    /** Any YAML value as one line of text: lists joined with ", ", nothing as "". */
    private static String text(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Collection<?> items) {
            return items.stream().map(FactsReader::text).filter(s -> !s.isEmpty()).collect(Collectors.joining(", "));
        }
        if (value instanceof Map<?, ?> map) {
            return map.entrySet().stream().map(e -> e.getKey() + ": " + text(e.getValue()))
                    .collect(Collectors.joining(", "));
        }
        return String.valueOf(value).trim();
    }
}
