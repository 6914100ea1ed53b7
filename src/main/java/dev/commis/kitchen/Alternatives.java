package dev.commis.kitchen;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the longer alternative a step gives right after a duration, which makes it a range:
 * "at least 6 hours, ideally overnight", "30 minutes, or up to 2 hours", "au moins 1 heure et
 * jusqu'à 3 heures", "2 heures au frais (idéalement une nuit)". The alternative may be any longer
 * time: the words say it is the high end, so the spread of an ordinary range does not apply.
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

    private Alternatives() {
    }

    /** The longer duration given as an alternative right after {@code end}, if any, for a timer of {@code low} seconds. */
    static Optional<DurationReader.Read> longest(String text, int end, long low) {
        Matcher join = JOIN.matcher(text).region(end, text.length());
        if (!join.lookingAt()) {
            return Optional.empty();
        }
        return DurationReader.read(text, join.end(), false).filter(read -> read.high() > low);
    }
}
