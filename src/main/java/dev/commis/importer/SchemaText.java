package dev.commis.importer;

import dev.commis.text.Whitespace;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.parser.Parser;

/**
 * Cleans the values recipe pages hold: HTML entities and tags inside text, {@code \r\n} and
 * no-break spaces; ISO 8601 durations ({@code PT1H30M}, {@code PT1200S}, {@code P1DT2H}); and
 * yields, telling a number of people ("4", "Serves 10 to 12", "pour 6 personnes") from a
 * quantity made ("1 loaf", "24 cookies").
 */
final class SchemaText {

    private static final Pattern ISO_DURATION = Pattern.compile(
            "P(?:(\\d+(?:[.,]\\d+)?)W)?(?:(\\d+(?:[.,]\\d+)?)D)?(?:T(?:(\\d+(?:[.,]\\d+)?)H)?(?:(\\d+(?:[.,]\\d+)?)M)?(?:(\\d+(?:[.,]\\d+)?)S)?)?",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern NUMBER = Pattern.compile("\\d+");
    private static final Pattern BARE_NUMBER = Pattern.compile("\\d+(?:\\s*(?:-|–|to|à|a)\\s*\\d+)?");
    private static final Pattern PEOPLE = Pattern.compile(
            "\\b(serves?|servings?|people|persons?|portions?|personnes?|pers\\.?|parts?|couverts?|convives?|adults?|guests?)\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private SchemaText() {
    }

    /** One tidy line of text: entities decoded, tags dropped, white space collapsed. */
    static String clean(String raw) {
        if (raw == null) {
            return "";
        }
        String text = raw;
        // Some sites encode twice ("&amp;#39;"): decode until nothing changes, at most three times.
        for (int i = 0; i < 3 && (text.indexOf('&') >= 0 || text.indexOf('<') >= 0); i++) {
            String decoded = text.indexOf('<') >= 0 ? Jsoup.parseBodyFragment(text).body().text()
                    : Parser.unescapeEntities(text, false);
            if (decoded.equals(text)) {
                break;
            }
            text = decoded;
        }
        return Whitespace.collapse(text, true);
    }

    /** Minutes in an ISO 8601 duration, rounded; empty when it is not one or is zero. */
    static OptionalInt minutes(String raw) {
        String text = raw == null ? "" : raw.strip();
        Matcher m = ISO_DURATION.matcher(text);
        if (text.length() < 2 || !m.matches()) {
            return OptionalInt.empty();
        }
        double minutes = number(m.group(1)) * 7 * 24 * 60 + number(m.group(2)) * 24 * 60 + number(m.group(3)) * 60
                + number(m.group(4)) + number(m.group(5)) / 60;
        long rounded = Math.round(minutes);
        return rounded <= 0 || rounded > 100_000 ? OptionalInt.empty() : OptionalInt.of((int) rounded);
    }

    private static double number(String group) {
        return group == null ? 0 : Double.parseDouble(group.replace(',', '.'));
    }

    /** The number of people a yield text states: a bare number, or a number with a word for people. */
    static OptionalInt people(String yield) {
        String text = clean(yield);
        if (BARE_NUMBER.matcher(text).matches() || PEOPLE.matcher(text).find()) {
            Matcher n = NUMBER.matcher(text);
            if (n.find() && n.group().length() <= 4) {
                int value = Integer.parseInt(n.group());
                return value > 0 ? OptionalInt.of(value) : OptionalInt.empty();
            }
        }
        return OptionalInt.empty();
    }

    /** The language code of a {@code lang} attribute or {@code inLanguage} value ({@code fr-FR} gives {@code fr}). */
    static String language(String raw) {
        String text = raw == null ? "" : raw.strip().toLowerCase(Locale.ROOT);
        text = text.split("[-_]", 2)[0];
        return text.matches("[a-z]{2,3}") ? text : "";
    }
}
