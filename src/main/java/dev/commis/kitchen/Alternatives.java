package dev.commis.kitchen;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the longer alternative a step gives right after a duration, which makes it a range:
 * "at least 6 hours, ideally overnight", "30 minutes, or up to 2 hours", "au moins 1 heure et
 * jusqu'à 3 heures", "2 heures au frais (idéalement une nuit)", or a bare number in the timer's
 * own unit ("at least 2 hours and up to 24", "au moins 2 heures, idéalement 12"). The alternative
 * may be any longer time: the words say it is the high end, so the spread of an ordinary range does
 * not apply.
 */
final class Alternatives {

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final String MARKER = "(?:ideally|preferably|even|better\\h+still|idéalement|de\\h+préférence"
            + "|voire|m[eê]me|mieux|up\\h+to|jusqu['’]\\h?à|jusqu['’]\\h?a)";
    // Up to three words may come before a marker ("au frais (idéalement"); a bare "or" must follow the duration.
    private static final Pattern JOIN = Pattern.compile(
            "(?:\\h*[,(]?\\h*(?:(?:or|ou|and|et)\\h+)?" + MARKER
                    + "|(?:\\h+[\\p{L}'’]+){1,3}\\h*[,(]\\h*(?:(?:or|ou)\\h+)?" + MARKER
                    + "|\\h*[,(]?\\h*(?:or|ou)(?:\\h+(?:even|better|même|mieux))?)"
                    // "overnight, or for at least 12 hours", "ou pendant au moins 2 heures"
                    + "(?:\\h+(?:for|pendant|durant))?(?:\\h+(?:at\\h+least|au\\h+moins|au\\h+minimum))?\\h+",
            FLAGS);

    // A bare number ends the sentence or its clause: "up to 24." but not "up to 24 people".
    private static final Pattern BARE_END = Pattern.compile("\\h*(?:[.,;:!?)]|$)");

    private Alternatives() {
    }

    /**
     * The longer duration given as an alternative right after {@code end}, if any, for a timer of
     * {@code low} seconds whose number was written in a unit of {@code unit} seconds.
     */
    static Optional<DurationReader.Read> longest(String text, int end, long low, long unit) {
        Matcher join = JOIN.matcher(text).region(end, text.length());
        if (!join.lookingAt()) {
            return Optional.empty();
        }
        Optional<DurationReader.Read> read = DurationReader.read(text, join.end(), false);
        if (read.isEmpty() && unit > 0) {
            read = Numbers.digits(text, join.end())
                    .filter(number -> Scan.at(BARE_END, text, number.end()))
                    .map(number -> {
                        long seconds = Math.round(number.value() * unit);
                        return new DurationReader.Read(seconds, seconds, number.end(), unit);
                    });
        }
        return read.filter(longer -> longer.high() > low);
    }
}
