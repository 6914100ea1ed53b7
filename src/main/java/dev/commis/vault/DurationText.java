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

    private static final Pattern ISO_FULL = Pattern.compile(
            "P(?:(\\d+)D)?(?:T(?:(\\d+(?:\\.\\d+)?)H)?(?:(\\d+(?:\\.\\d+)?)M)?(?:(\\d+(?:\\.\\d+)?)S)?)?",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern CLOCK = Pattern.compile("(\\d{1,2}):([0-5]\\d)");
    /** "10-15 min", "10 à 15 min", "10 to 15 minutes": the lower end stands. */
    private static final Pattern RANGE = Pattern.compile(
            "(\\d+(?:[.,]\\d+)?)\\s*(?:-|–|—|to|à|a|or|ou)\\s*\\d+(?:[.,]\\d+)?\\s*(?=\\p{L})");
    /** One part of a duration: an amount and its unit, hours perhaps followed by bare minutes ("1h30"). */
    private static final Pattern PART = Pattern.compile(
            "(?<![\\p{L}\\d])(?:(\\d+(?:[.,]\\d+)?|½|(?:an|a|one|une|un)(?=\\s))\\s*"
                    + "(jours?|days?|j|d|heures?|hours?|hrs?|h|minutes?|mins?|mn|m|secondes?|seconds?|secs?|s)"
                    + "(?:\\.|\\b|(?=\\d))(?:\\s*(?:et|and)?\\s*(\\d{1,2})(?!\\d)(?!\\s*(?:[.,]\\d|h|d|j|s\\b|sec|min|mn|m\\b)))?"
                    + "|(demi-heure|demi heure|half an hour|half hour))",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** "1 heure et demie", "an hour and a half": the half after hours. */
    private static final Pattern HALF = Pattern.compile("(?:heures?|h)\\s+et\\s+demie|(?:hours?|hrs?)\\s+and\\s+a\\s+half");

    private static final Pattern ASIDE = Pattern.compile("\\([^)]*\\)|\\[[^\\]]*\\]");

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

    /**
     * The duration a longer text gives, in whole minutes: what {@link #minutes} reads, plus ISO
     * 8601 with days or seconds ({@code P0DT1H20M}), {@code 1:30}, a sum of parts in any words
     * ({@code 1 hour and 15 minutes}, {@code 1 heure et demie}, {@code about 45 min}), the lower
     * end of a range ({@code 10-15 minutes}), and days. Empty when no part is found.
     */
    public static OptionalInt minutesIn(String text) {
        OptionalInt strict = minutes(text);
        if (strict.isPresent() || text == null) {
            return strict;
        }
        String s = text.trim();
        Matcher m = ISO_FULL.matcher(s);
        if (m.matches() && s.length() > 1 && !s.equalsIgnoreCase("PT")) {
            double total = number(m.group(1)) * 1440 + number(m.group(2)) * 60 + number(m.group(3))
                    + number(m.group(4)) / 60;
            return OptionalInt.of((int) Math.round(total));
        }
        m = CLOCK.matcher(s);
        if (m.matches()) {
            return OptionalInt.of(Integer.parseInt(m.group(1)) * 60 + Integer.parseInt(m.group(2)));
        }
        // "20 min (+ 1 hour marinating)": what the brackets add is another time, unless it is all there is.
        String outside = ASIDE.matcher(s).replaceAll(" ");
        String lower = RANGE.matcher((outside.isBlank() ? s : outside).toLowerCase(java.util.Locale.ROOT)).replaceAll("$1 ");
        double total = 0;
        boolean found = false;
        m = PART.matcher(lower);
        while (m.find()) {
            found = true;
            double amount = m.group(1) != null ? amount(m.group(1)) : 0;
            String unit = m.group(2);
            if (m.group(4) != null) {
                total += 30; // "une demi-heure", "half an hour"
            } else if (unit.startsWith("j") || unit.startsWith("d")) {
                total += amount * 1440;
            } else if (unit.startsWith("h")) {
                total += amount * 60 + (m.group(3) != null ? Integer.parseInt(m.group(3)) : 0);
            } else if (unit.startsWith("s")) {
                total += amount / 60;
            } else {
                total += amount;
            }
        }
        if (HALF.matcher(lower).find()) {
            found = true;
            total += 30;
        }
        return found ? OptionalInt.of((int) Math.round(total)) : OptionalInt.empty();
    }

    private static double amount(String written) {
        return switch (written) {
            case "a", "an", "one", "un", "une" -> 1;
            case "½" -> 0.5;
            default -> Double.parseDouble(written.replace(',', '.'));
        };
    }

    private static double number(String digits) {
        return digits == null ? 0 : Double.parseDouble(digits);
    }

    private static boolean hasMinuteUnit(String s) {
        return s.chars().anyMatch(Character::isLetter);
    }

    private static int intOrZero(String digits) {
        return digits == null ? 0 : Integer.parseInt(digits);
    }
}
