package dev.commis.kitchen;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The units a step times in, with their French and English spellings. Days count: a ferment, a
 * cure or a marinade of "2 jours" is worth a reminder ({@link Surroundings} leaves out how long a
 * dish keeps and how far ahead to plan); a night is a set phrase of {@link DurationReader}.
 */
enum TimeWord {
    // "h" may touch the minutes that follow ("1h30"); every other spelling ends where its word ends,
    // so that "minuteur" holds no minute, "3 hommes" no hour and "journée" no day.
    DAY(86_400, "(?:jours?|days?)(?![\\p{L}\\p{N}])"),
    HOUR(3600, "(?:heures?|hours?|hrs?|h)(?!\\p{L})"),
    MINUTE(60, "(?:minutes?|mins?|mns?)(?![\\p{L}\\p{N}])"),
    // A lone "s" is seconds ("30 s") when a space, a stop or the end follows, never in "s&p" or "s.v.p.";
    // OneDuration takes it after digits only.
    SECOND(1, "(?:secondes?|seconds?|secs?)(?![\\p{L}\\p{N}])|s(?=\\h|[,;:!?)]|\\.(?!\\p{L})|$)");

    /** A unit found in a step: which one, the spelling as written, and the index just after it. */
    record Match(TimeWord word, String written, int end) {

        /** Whether minutes may follow as a bare number, as French writes "1 h 15" or "1 heure 30". */
        boolean takesBareMinutes() {
            String w = written.toLowerCase(Locale.ROOT);
            return w.equals("h") || w.startsWith("heure");
        }

        /** Whether the unit is an abbreviation ("hr", "hrs", "h") that a dot may close ("1 hr. 10 min"). */
        boolean abbreviated() {
            String w = written.toLowerCase(Locale.ROOT);
            return w.equals("h") || w.startsWith("hr");
        }
    }

    private final long seconds;
    private final Pattern pattern;

    TimeWord(long seconds, String regex) {
        this.seconds = seconds;
        this.pattern = Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    long seconds() {
        return seconds;
    }

    /** The unit written at {@code from} in {@code text}, if any. */
    static Optional<Match> read(String text, int from) {
        for (TimeWord word : values()) {
            Matcher m = word.pattern.matcher(text).region(from, text.length());
            if (m.lookingAt()) {
                return Optional.of(new Match(word, m.group(), m.end()));
            }
        }
        return Optional.empty();
    }
}
