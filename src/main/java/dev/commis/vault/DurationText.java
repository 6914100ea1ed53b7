package dev.commis.vault;

import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a duration as front matter writes it: minutes as a number ({@code 230}), or text such
 * as {@code 1h30}, {@code 1 h 30}, {@code 20 min}, {@code 2 heures}, {@code 1 hr 15 mins},
 * {@code 3h30min} or ISO-8601 {@code PT1H30M}.
 */
public final class DurationText {

    private static final Pattern MINUTES_ONLY = Pattern.compile("(\\d+(?:[.,]\\d+)?)");
    private static final Pattern HOURS_AND_MINUTES = Pattern.compile(
            "(?:(\\d+(?:[.,]\\d+)?)\\s*(?:h|hr|hrs|hour|hours|heure|heures)\\.?)?\\s*"
                    + "(?:(\\d+)\\s*(?:m|mn|min|mins|minute|minutes)?\\.?)?",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ISO = Pattern.compile("PT(?:(\\d+)H)?(?:(\\d+)M)?", Pattern.CASE_INSENSITIVE);

    private DurationText() {
    }

    /** The duration in whole minutes, or empty when {@code text} is not a duration. */
    public static OptionalInt minutes(String text) {
        String s = text == null ? "" : text.trim();
        if (s.isEmpty()) {
            return OptionalInt.empty();
        }
        Matcher m = MINUTES_ONLY.matcher(s);
        if (m.matches()) {
            return OptionalInt.of((int) Math.round(Double.parseDouble(m.group(1).replace(',', '.'))));
        }
        m = ISO.matcher(s);
        if (m.matches() && (m.group(1) != null || m.group(2) != null)) {
            return OptionalInt.of(intOrZero(m.group(1)) * 60 + intOrZero(m.group(2)));
        }
        m = HOURS_AND_MINUTES.matcher(s);
        if (m.matches() && (m.group(1) != null || hasMinuteUnit(s))) {
            double hours = m.group(1) == null ? 0 : Double.parseDouble(m.group(1).replace(',', '.'));
            return OptionalInt.of((int) Math.round(hours * 60) + intOrZero(m.group(2)));
        }
        return OptionalInt.empty();
    }

    private static boolean hasMinuteUnit(String s) {
        return s.chars().anyMatch(Character::isLetter);
    }

    private static int intOrZero(String digits) {
        return digits == null ? 0 : Integer.parseInt(digits);
    }
}
