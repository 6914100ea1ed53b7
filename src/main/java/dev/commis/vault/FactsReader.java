package dev.commis.vault;

import dev.commis.vault.FactKeys.Field;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Turns front matter fields into {@link RecipeFacts}, a title and any ingredients and steps kept
 * there. Keys are matched as people write them (see {@link FactKeys}); several keys may name one
 * field, and the first whose value is of the right kind wins, so {@code cook: true} never hides
 * {@code cook_time: 2}. A value that cannot be read is left out with a warning; it never fails
 * the recipe. Times are as written: the total is derived later, once the body has spoken too.
 */
final class FactsReader {

    /** What the front matter gives: facts (total as written, not derived), title ("" if none), lists, rest time. */
    record Front(RecipeFacts facts, String title, OptionalInt restMinutes, List<IngredientGroup> ingredients,
            List<Step> steps) {
        static final Front NONE = new Front(RecipeFacts.NONE, "", OptionalInt.empty(), List.of(), List.of());
    }

    private record Candidate(String key, Object value) {
    }

    /** A field still to sort; {@code nested} when it came from inside a group of fields. */
    private record Pending(String key, Object value, boolean nested) {
    }

    /** Longer values are sentences, not durations. */
    static final int LONGEST_DURATION = 40;
    private static final java.util.regex.Pattern TAG_SEPARATORS = java.util.regex.Pattern.compile("[,\\s]+");

    private FactsReader() {
    }

    /** Reads {@code fields}; {@code warn} receives one message per value left out. */
    static Front read(Map<String, Object> fields, Consumer<String> warn) {
        if (fields.isEmpty()) {
            return Front.NONE;
        }
        Map<Field, List<Candidate>> scalars = new EnumMap<>(Field.class);
        Map<Field, List<Candidate>> lists = new EnumMap<>(Field.class);
        Map<Field, String> units = new EnumMap<>(Field.class);
        Map<String, String> extra = new LinkedHashMap<>();
        Deque<Pending> pending = new ArrayDeque<>(fields.size());
        fields.forEach((key, value) -> pending.add(new Pending(key, value, false)));
        int nested = 0;
        while (!pending.isEmpty()) {
            Pending entry = pending.poll();
            String key = FactKeys.normalize(entry.key());
            Field unitOf = FactKeys.unitOf(key);
            Field scalar = FactKeys.scalarField(key);
            Field list = FactKeys.listField(key);
            if (unitOf != null) {
                units.putIfAbsent(unitOf, text(entry.value()));
            }
            if (scalar == Field.TIME_UNIT) {
                for (Field time : new Field[] {Field.PREP, Field.COOK, Field.REST, Field.TOTAL}) {
                    units.putIfAbsent(time, text(entry.value()));
                }
            } else if (scalar != null) {
                scalars.computeIfAbsent(scalar, f -> new ArrayList<>()).add(new Candidate(entry.key(), entry.value()));
            }
            if (list != null) {
                lists.computeIfAbsent(list, f -> new ArrayList<>()).add(new Candidate(entry.key(), entry.value()));
            }
            if (scalar == null && list == null && unitOf == null && !entry.nested()) {
                extra.put(entry.key(), text(entry.value()));
                if (entry.value() instanceof Map<?, ?> group && nested < 50) {
                    // "times: {prep: 10, cook: 20}": a group of fields Commis may know, read after the top level.
                    group.forEach((k, v) -> pending.add(new Pending(String.valueOf(k), v, true)));
                    nested += group.size();
                }
            }
        }
        Reader reader = new Reader(scalars, units, warn);
        OptionalInt[] amounts = {reader.duration(Field.PREP), reader.duration(Field.COOK), reader.duration(Field.TOTAL)};
        ServingsText.Reading servings = reader.servings();
        String url = reader.scalar(Field.URL);
        String source = reader.scalar(Field.SOURCE);
        if (url.isEmpty() && (source.startsWith("http://") || source.startsWith("https://"))) {
            url = source; // web clippers put the page's address in 'source'
            source = "";
        }
        RecipeFacts facts = new RecipeFacts(
                reader.scalar(Field.CUISINE), reader.scalar(Field.TYPE), reader.scalar(Field.PROTEIN),
                reader.scalar(Field.DIFFICULTY), amounts[0], amounts[1], amounts[2], servings.servings(),
                source, url, reader.scalar(Field.DATE), tags(reader.first(Field.TAGS)), extra, servings.yield());
        return new Front(facts, reader.title(), reader.duration(Field.REST),
                listOf(lists, Field.INGREDIENTS), listSteps(lists));
    }

    private static List<IngredientGroup> listOf(Map<Field, List<Candidate>> lists, Field field) {
        for (Candidate candidate : lists.getOrDefault(field, List.of())) {
            List<IngredientGroup> groups = FrontMatterLists.ingredients(candidate.value());
            if (!groups.isEmpty()) {
                return groups;
            }
        }
        return List.of();
    }

    private static List<Step> listSteps(Map<Field, List<Candidate>> lists) {
        for (Candidate candidate : lists.getOrDefault(Field.STEPS, List.of())) {
            String text = candidate.value() instanceof Collection<?> || candidate.value() instanceof Map<?, ?>
                    ? "" : text(candidate.value());
            Field asScalar = FactKeys.scalarField(FactKeys.normalize(candidate.key()));
            boolean aDuration = (asScalar == Field.PREP || asScalar == Field.COOK) && text.length() <= LONGEST_DURATION
                    && text.indexOf('\n') < 0 && DurationText.minutesIn(text).isPresent();
            if (!aDuration) { // "preparation: 20 min" is a time, not a step
                List<Step> steps = FrontMatterLists.steps(candidate.value());
                if (!steps.isEmpty()) {
                    return steps;
                }
            }
        }
        return List.of();
    }

    /** Reads each field from its candidates, warning once per field when none can be read. */
    private record Reader(Map<Field, List<Candidate>> scalars, Map<Field, String> units, Consumer<String> warn) {

        List<Candidate> of(Field field) {
            return scalars.getOrDefault(field, List.of());
        }

        Object first(Field field) {
            return of(field).isEmpty() ? null : of(field).get(0).value();
        }

        String title() {
            for (Candidate candidate : of(Field.TITLE)) {
                String title = candidate.value() instanceof Map<?, ?> ? "" : text(candidate.value());
                if (!title.isEmpty() && !title.contains("{{")) {
                    return title;
                }
            }
            return "";
        }

        String scalar(Field field) {
            Candidate mapped = null;
            for (Candidate candidate : of(field)) {
                if (candidate.value() instanceof Map<?, ?>) {
                    mapped = mapped == null ? candidate : mapped;
                } else if (!text(candidate.value()).isEmpty()) {
                    return text(candidate.value());
                }
            }
            if (mapped != null) {
                warn.accept("'" + mapped.key() + "' should be a single value, not a group of fields; it was left out");
            }
            return "";
        }

        OptionalInt duration(Field field) {
            Candidate unreadable = null;
            for (Candidate candidate : of(field)) {
                Object value = candidate.value();
                if (value instanceof Map<?, ?> || value instanceof Collection<?>) {
                    continue;
                }
                String text = text(value);
                // A sentence ("Mélanger puis cuire 20 minutes") under 'preparation' is a step, not a time.
                OptionalInt minutes = text.length() <= LONGEST_DURATION && text.indexOf('\n') < 0
                        ? DurationText.minutesIn(text) : OptionalInt.empty();
                if (minutes.isPresent()) {
                    return inUnit(minutes.getAsInt(), text, units.get(field));
                }
                if (unreadable == null && !text.isEmpty() && !isBoolean(text) && FactKeys.listField(FactKeys.normalize(candidate.key())) == null) {
                    unreadable = candidate;
                }
            }
            if (unreadable != null) {
                warn.accept("'" + unreadable.key() + "' is \"" + text(unreadable.value())
                        + "\", which is not a duration; write minutes (20) or a duration such as 1h30 or 45 min");
            }
            return OptionalInt.empty();
        }

        /** A bare number in hours when a separate key says so ({@code cook_increment: hours}). */
        private static OptionalInt inUnit(int minutes, String text, String unit) {
            boolean bare = text.chars().noneMatch(Character::isLetter);
            if (bare && unit != null) {
                String u = dev.commis.text.Folding.fold(unit).strip();
                if (u.startsWith("h")) {
                    return OptionalInt.of(Math.round(Float.parseFloat(text.replace(',', '.')) * 60));
                }
                if (u.startsWith("d") || u.startsWith("j")) {
                    return OptionalInt.of(Math.round(Float.parseFloat(text.replace(',', '.')) * 1440));
                }
            }
            return OptionalInt.of(minutes);
        }

        ServingsText.Reading servings() {
            OptionalInt people = OptionalInt.empty();
            String yield = "";
            Candidate unreadable = null;
            for (Candidate candidate : of(Field.SERVINGS)) {
                if (candidate.value() instanceof Map<?, ?>) {
                    continue;
                }
                String text = text(candidate.value());
                ServingsText.Reading reading = ServingsText.read(text);
                if (people.isEmpty() && reading.servings().isPresent()) {
                    people = reading.servings();
                } else if (yield.isEmpty() && !reading.yield().isEmpty()) {
                    yield = reading.yield();
                } else if (reading.isEmpty() && unreadable == null && !text.isEmpty() && !isBoolean(text)) {
                    unreadable = candidate;
                }
            }
            if (people.isEmpty() && yield.isEmpty() && unreadable != null) {
                warn.accept("'" + unreadable.key() + "' is \"" + text(unreadable.value())
                        + "\", which is not a number of servings; write a whole number such as 4");
            }
            return new ServingsText.Reading(people, yield);
        }
    }

    private static boolean isBoolean(String text) {
        return text.equalsIgnoreCase("true") || text.equalsIgnoreCase("false") || text.equalsIgnoreCase("yes")
                || text.equalsIgnoreCase("no");
    }

    /** Tags as a list, a flow list or one string of words separated by commas or spaces; leading {@code #} removed. */
    private static List<String> tags(Object value) {
        List<String> raw = new ArrayList<>();
        if (value instanceof Collection<?> items) {
            items.forEach(item -> raw.add(text(item)));
        } else {
            String text = text(value);
            for (String part : TAG_SEPARATORS.split(text)) {
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
    static String text(Object value) {
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
