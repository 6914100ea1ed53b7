package dev.commis.vault;

import dev.commis.vault.FactKeys.Field;
import java.util.List;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Times and servings written in a recipe's body, as lines people write them: {@code Servings: 8},
 * {@code Serves 4.}, {@code - 🍽️ Servings: 8}, {@code - **Prep Time**: 30 minutes},
 * {@code Temps de préparation : 20 min}, {@code ### Total Time: 1 hour},
 * {@code Prep: 10 min | Cook: 20 min}. The first value read for a field stays. Not thread-safe:
 * one per body.
 */
final class BodyFacts {

    private static final int LONGEST_LINE = 120;
    private static final Pattern PARTS = Pattern.compile("\\s+[|·•/]\\s+|\\s*[;,]\\s+(?=[^,;:]{2,30}:)");
    private static final Pattern LABEL_VALUE = Pattern.compile("^([^:：]{2,40}?)\\s*[:：]\\s*(.+)$");
    private static final Pattern LABEL_DASH = Pattern.compile("^([^:：\\d]{2,40}?)\\s+[-–—]\\s+(.+)$");
    private static final Pattern SERVES = Pattern.compile(
            "^\\W*(?:serves|servings|serving|makes|yields?|pour|for|feeds|portions?)\\s+(.+)$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern PEOPLE_ONLY = Pattern.compile(
            "^\\W*\\d{1,3}\\s+(?:servings|personnes|portions|people|persons|parts|couverts)\\W*$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern TABLE_EDGES = Pattern.compile("^\\||\\|$");
    private static final Pattern TABLE_CELL = Pattern.compile("\\|");
    private static final Pattern FIRST_WORD = Pattern.compile("^\\S+\\s*");
    private static final Pattern APPROXIMATELY = Pattern.compile(
            "^(?i)(?:about|environ|approx\\.?|around|up to|jusqu'à)\\s+");

    private OptionalInt prep = OptionalInt.empty();
    private OptionalInt cook = OptionalInt.empty();
    private OptionalInt rest = OptionalInt.empty();
    private OptionalInt total = OptionalInt.empty();
    private OptionalInt servings = OptionalInt.empty();
    private String yield = "";

    OptionalInt prep() {
        return prep;
    }

    OptionalInt cook() {
        return cook;
    }

    OptionalInt rest() {
        return rest;
    }

    OptionalInt total() {
        return total;
    }

    OptionalInt servings() {
        return servings;
    }

    String yield() {
        return yield;
    }

    /** Reads {@code line} (plain text) when it states facts, and says whether it did; other lines are left alone. */
    boolean accept(String line) {
        if (line.length() > LONGEST_LINE || line.isBlank()) {
            return false;
        }
        String[] parts = line.startsWith("|") ? tableRow(line) : PARTS.split(line.strip());
        int read = 0;
        for (String part : parts) {
            read += acceptOne(withoutTrailingDots(part.strip())) ? 1 : 0;
        }
        // "⏱️ Prep: 20 min | 🔥 Cook: 40 min | 📊 Medium" is a line of facts even where one part is not ours.
        return parts.length == 1 ? read == 1 : read >= 2 || read == 1 && parts.length == 2;
    }

    /**
     * Reads a table of labels over one row of values ("| Serves | Prep | Time |", then "| 4 | 20 min | 1 hr |"),
     * and says whether every column stated a fact; a table with any other column is left to its section.
     */
    boolean acceptTable(List<String> lines) {
        if (lines.size() != 3 || !TableRows.isTable(lines)) {
            return false;
        }
        List<String> labels = TableRows.cells(lines.get(0));
        List<String> values = TableRows.cells(lines.get(2));
        if (labels.size() != values.size() || labels.size() > 8) {
            return false;
        }
        BodyFacts probe = new BodyFacts();
        for (int i = 0; i < labels.size(); i++) {
            if (!probe.acceptOne(labels.get(i) + ": " + values.get(i))) {
                return false;
            }
        }
        for (int i = 0; i < labels.size(); i++) {
            acceptOne(labels.get(i) + ": " + values.get(i));
        }
        return true;
    }

    /** A table row of a label and a value ("| Portions | 6 |") as one "label: value" part. */
    private static String[] tableRow(String line) {
        String[] cells = TABLE_CELL.split(TABLE_EDGES.matcher(line.strip()).replaceAll(""));
        return cells.length == 2 && !cells[0].isBlank() ? new String[] {cells[0].strip() + ": " + cells[1].strip()}
                : new String[] {line};
    }

    /** Reads a label without its value ("### Prep Time" followed by "15 minutes"), or null when it is none. */
    static Field label(String text) {
        Field field = FactKeys.scalarField(FactKeys.normalize(text));
        return isAmount(field) ? field : null;
    }

    /** Reads {@code value} as the value of a label read by {@link #label}. */
    boolean acceptValue(Field field, String value) {
        return value.length() <= LONGEST_LINE && set(field, withoutTrailingDots(value.strip()));
    }

    /** Servings or a yield in the rest of a heading: "Ingrédients (4 personnes)", "Ingredients for 6". */
    void acceptHeadingRest(String heading) {
        if (heading.chars().anyMatch(Character::isDigit)) {
            int open = heading.indexOf('(');
            String rest = open >= 0 ? heading.substring(open + 1).replace(")", "") : FIRST_WORD.matcher(heading).replaceFirst("");
            set(Field.SERVINGS, rest.strip());
        }
    }

    private boolean acceptOne(String part) {
        // Every note line comes here: the characters each pattern needs are looked for first.
        Matcher m = part.indexOf(':') >= 0 || part.indexOf('：') >= 0 ? LABEL_VALUE.matcher(part) : null;
        if ((m == null || !m.matches()) && (part.indexOf('-') >= 0 || part.indexOf('–') >= 0 || part.indexOf('—') >= 0)) {
            m = LABEL_DASH.matcher(part);
        }
        if (m != null && m.matches()) {
            Field field = label(m.group(1));
            return field != null && set(field, m.group(2).strip());
        }
        if (!hasDigit(part)) {
            return false; // both patterns below need a number
        }
        m = SERVES.matcher(part);
        if (m.matches() && Character.isDigit(firstNonSpace(m.group(1)))) {
            return set(Field.SERVINGS, m.group(1));
        }
        if (PEOPLE_ONLY.matcher(part).matches()) {
            return set(Field.SERVINGS, part);
        }
        return false;
    }

    private static boolean hasDigit(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isDigit(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** {@code text} without its trailing run of '.' and '!' (what "[.!]+$" would remove). */
    private static String withoutTrailingDots(String text) {
        int end = text.length();
        while (end > 0 && (text.charAt(end - 1) == '.' || text.charAt(end - 1) == '!')) {
            end--;
        }
        return text.substring(0, end);
    }

    private static char firstNonSpace(String text) {
        String s = APPROXIMATELY.matcher(text).replaceFirst("").strip();
        return s.isEmpty() ? ' ' : s.charAt(0);
    }

    private boolean set(Field field, String value) {
        if (field == Field.SERVINGS) {
            ServingsText.Reading reading = ServingsText.read(value);
            if (reading.servings().isPresent()) {
                servings = servings.isPresent() ? servings : reading.servings();
                return true;
            }
            if (!reading.yield().isEmpty()) {
                yield = yield.isEmpty() ? reading.yield() : yield;
                return true;
            }
            return false;
        }
        OptionalInt minutes = value.length() <= FactsReader.LONGEST_DURATION ? DurationText.minutesIn(value)
                : OptionalInt.empty();
        if (minutes.isEmpty()) {
            return false;
        }
        switch (field) {
            case PREP -> prep = prep.isPresent() ? prep : minutes;
            case COOK -> cook = cook.isPresent() ? cook : minutes;
            case REST -> rest = rest.isPresent() ? rest : minutes;
            default -> total = total.isPresent() ? total : minutes;
        }
        return true;
    }

    private static boolean isAmount(Field field) {
        return field == Field.PREP || field == Field.COOK || field == Field.REST || field == Field.TOTAL
                || field == Field.SERVINGS;
    }
}
