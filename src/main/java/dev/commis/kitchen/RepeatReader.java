package dev.commis.kitchen;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a repeated action's period: "every 10 minutes", "toutes les 5 min", "toutes les
 * heures", "tous les quarts d'heure", "every half hour", "at 10-minute intervals", "à intervalles
 * de 10 minutes". Without a number ("de temps en temps", "occasionally", "every so often") there is
 * no period to ring at, so no repeat: the cook keeps an eye on the pot. A range ("every 10 to 15 minutes") repeats
 * at its low end, as a timer reminds at its low end.
 */
final class RepeatReader {

    /** A period read: its seconds and the index just after its words. */
    record Read(long seconds, int end) {
    }

    private record BareUnit(Pattern pattern, long seconds) {
    }

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final String END = "(?![\\p{L}\\p{N}])";
    private static final Pattern EVERY = Pattern.compile(
            "(?:every|toutes\\h+les|tous\\h+les|at\\h+intervals\\h+of|à\\h+intervalles\\h+de)\\h+", FLAGS);
    // "stir at 10-minute intervals": the period comes between "at" and "intervals".
    private static final Pattern AT = Pattern.compile("at\\h+", FLAGS);
    private static final Pattern INTERVALS = Pattern.compile("\\h+intervals(?!\\p{L})", FLAGS);
    // "every other minute": every second one, twice the period.
    private static final Pattern OTHER = Pattern.compile("other\\h+", FLAGS);
    // Without a number the unit itself is the period: "every hour", "toutes les minutes".
    private static final List<BareUnit> BARE_UNITS = List.of(
            bare("(?:demie?s?[-\\h]heures?|half[-\\h]hour|half\\h+an\\h+hour)", 1800),
            bare("(?:quarts?\\h+d['’]\\h?heure|quarter[-\\h]hour|quarter\\h+of\\h+an\\h+hour)", 900),
            bare("(?:heures?|hour)", 3600),
            bare("minutes?", 60));

    private RepeatReader() {
    }

    /** The repeat written at {@code from} ("every ..."), if any. */
    static Optional<Read> read(String text, int from) {
        Matcher every = EVERY.matcher(text).region(from, text.length());
        if (!every.lookingAt()) {
            return atIntervals(text, from);
        }
        int at = every.end();
        Matcher other = OTHER.matcher(text).region(at, text.length());
        if (other.lookingAt()) {
            return period(text, other.end()).map(read -> new Read(read.seconds() * 2, read.end()));
        }
        return period(text, at);
    }

    /** "at 10-minute intervals", "at 5 minute intervals". */
    private static Optional<Read> atIntervals(String text, int from) {
        if (!text.regionMatches(true, from, "at", 0, 2)) {
            return Optional.empty(); // this runs at every word: no matcher unless the word is "at"
        }
        Matcher at = AT.matcher(text).region(from, text.length());
        if (!at.lookingAt()) {
            return Optional.empty();
        }
        return DurationReader.read(text, at.end(), false).flatMap(period ->
                Scan.after(INTERVALS, text, period.end()).map(end -> new Read(period.low(), end)));
    }

    private static Optional<Read> period(String text, int at) {
        Optional<DurationReader.Read> period = DurationReader.read(text, at, false);
        if (period.isPresent()) {
            return Optional.of(new Read(period.get().low(), period.get().end()));
        }
        for (BareUnit unit : BARE_UNITS) {
            Matcher m = unit.pattern().matcher(text).region(at, text.length());
            if (m.lookingAt()) {
                return Optional.of(new Read(unit.seconds(), m.end()));
            }
        }
        return Optional.empty();
    }

    private static BareUnit bare(String regex, long seconds) {
        return new BareUnit(Pattern.compile(regex + END, FLAGS), seconds);
    }
}
