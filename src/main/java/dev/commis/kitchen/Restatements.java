package dev.commis.kitchen;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the same duration said again right after a timer, in other units or more precisely:
 * "1 1/2 hours (90 minutes)", "1h30 environ, soit 90 minutes", "overnight (8 to 12 hours)". The
 * two are one wait, so they make one timer whose ends cover both; a second duration that does not
 * overlap the first ("10 minutes (20 minutes if frozen)") is another timer and is left alone.
 */
final class Restatements {

    private static final Pattern JOIN = Pattern.compile(
            // "1h30 environ, soit 90 minutes": French puts its hedge after the number.
            "(?:\\h+(?:environ|or\\h+so))?\\h*"
                    + "(?:\\(\\h*|,?\\h*(?:soit|i\\.\\h?e\\.,?|that\\h+is,?|c['’]est-à-dire)\\h+)"
                    + "(?:(?:about|around|approx(?:imately|\\.)?|environ|ca\\.|~)\\h*)?",
            Scan.FLAGS);
    private static final Pattern CLOSE = Pattern.compile("\\h*\\)");

    private Restatements() {
    }

    /** The timer from {@code low} to {@code high} ending at {@code end}, stretched over the restatement after it. */
    static Optional<DurationReader.Read> restated(String text, long low, long high, int end) {
        Matcher join = JOIN.matcher(text).region(end, text.length());
        if (!join.lookingAt()) {
            return Optional.empty();
        }
        Optional<DurationReader.Read> again = DurationReader.read(text, join.end(), false)
                .filter(read -> read.low() <= high && read.high() >= low);
        return again.map(read -> new DurationReader.Read(Math.min(low, read.low()), Math.max(high, read.high()),
                Scan.after(CLOSE, text, read.end()).orElse(read.end()), read.unit()));
    }
}
