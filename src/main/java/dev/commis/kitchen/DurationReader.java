package dev.commis.kitchen;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads one duration written at a given place in a step, or a range of two ("25-30 minutes",
 * "2 à 3 min", "30 secondes à 1 minute", "1 1/2 to 2 hours", "a minute or two"), in French or
 * English. One duration is read by {@link OneDuration}; this class joins two into a range. A
 * range is reminded at its low end and keeps its high end, so that the cook is called to check
 * first and knows how much longer it may take.
 */
final class DurationReader {

    /**
     * A duration read: its ends in seconds (equal when it is no range), the index just after its
     * words, and the seconds of the unit its last number was written in (0 for a set phrase such
     * as "overnight"), so that "then 5 more" can borrow it.
     */
    record Read(long low, long high, int end, long unit) {
    }

    /** One duration without a range: its seconds, its first unit ({@code null} for a set phrase), its end. */
    record Single(long seconds, TimeWord lead, int end) {

        long unitSeconds() {
            return lead == null ? 0 : lead.seconds();
        }
    }

    private static final Pattern RANGE_MARK =
            Pattern.compile("\\h*[-–—]\\h*|\\h+(?:à|to|ou|or)\\h+", Scan.FLAGS);
    /**
     * A range's high end is at most this many times its low end; past that, the second number is a
     * clock time ("reposer 1 heure à 19h"), not the top of a range ("30 minutes to 4 hours" is 8).
     */
    static final int RANGE_SPREAD = 12;
    // "a minute or two", "une heure ou deux": the high end is a small number in the low end's unit.
    private static final Pattern OR_SPOKEN = Pattern.compile("\\h+(?:or|ou)\\h+(?=\\p{L})", Scan.FLAGS);
    private static final Pattern OR_SO = Pattern.compile("\\h+or\\h+so(?!\\p{L})", Scan.FLAGS);
    // "25/30 minutes", "2/3 min": two whole numbers, a range unless they make a cook's fraction ("1/2 heure").
    private static final Pattern SLASHED = Pattern.compile("(\\d{1,3})\\h?[/⁄]\\h?(\\d{1,3})(?!\\d)");
    private static final Pattern BETWEEN_MARK =
            Pattern.compile("\\h*[-–—]\\h*|\\h+(?:à|to|ou|or|et|and)\\h+", Scan.FLAGS);

    private DurationReader() {
    }

    /**
     * The duration or range written at {@code from}, if any. {@code between} says the words
     * before were "entre" or "between", so that "et" and "and" join the ends of a range.
     */
    static Optional<Read> read(String text, int from, boolean between) {
        Pattern mark = between ? BETWEEN_MARK : RANGE_MARK;
        Optional<Read> slashed = slashed(text, from);
        if (slashed.isPresent()) {
            return slashed;
        }
        Optional<Single> first = OneDuration.read(text, from);
        if (first.isPresent()) {
            Single low = first.get();
            Optional<Read> orSpoken = orSpoken(text, low);
            if (orSpoken.isPresent()) {
                return orSpoken;
            }
            Optional<Single> high = Scan.after(mark, text, low.end()).flatMap(at -> OneDuration.read(text, at));
            if (high.isPresent() && spans(low.seconds(), high.get().seconds())) {
                return Optional.of(new Read(low.seconds(), high.get().seconds(), high.get().end(),
                        high.get().unitSeconds()));
            }
            return Optional.of(new Read(low.seconds(), low.seconds(), low.end(), low.unitSeconds()));
        }
        // "25-30 minutes": the first end is a bare number in the unit of the second.
        Optional<DurationNumbers.Amount> bare = DurationNumbers.read(text, from);
        if (bare.isEmpty()) {
            return Optional.empty();
        }
        Optional<Single> high = Scan.after(mark, text, bare.get().end()).flatMap(at -> OneDuration.read(text, at));
        if (high.isEmpty() || high.get().lead() == null) {
            return Optional.empty();
        }
        long low = Math.round(bare.get().value() * high.get().lead().seconds());
        return spans(low, high.get().seconds())
                ? Optional.of(new Read(low, high.get().seconds(), high.get().end(), high.get().unitSeconds()))
                : Optional.empty();
    }

    /** "25/30 minutes" as a range; "1/2 heure" and "3/4 hour" stay fractions, read by {@link OneDuration}. */
    private static Optional<Read> slashed(String text, int from) {
        Matcher m = SLASHED.matcher(text).region(from, text.length());
        if (!m.lookingAt()) {
            return Optional.empty();
        }
        int low = Integer.parseInt(m.group(1));
        int high = Integer.parseInt(m.group(2));
        Optional<TimeWord.Match> unit = TimeWord.read(text, Scan.after(OneDuration.GAP, text, m.end()).orElse(m.end()));
        if (unit.isEmpty() || low == 0 || low >= high) {
            return Optional.empty();
        }
        String written = unit.get().written().toLowerCase(Locale.ROOT);
        boolean plural = written.length() > 1 && written.endsWith("s");
        boolean fraction = high <= 4 && !(plural && high == low + 1);
        if (fraction) {
            return Optional.empty();
        }
        long seconds = unit.get().word().seconds();
        return spans(low * seconds, high * seconds)
                ? Optional.of(new Read(low * seconds, high * seconds, unit.get().end(), seconds))
                : Optional.empty();
    }

    /** "a minute or two", "une heure ou deux"; "a minute or so" is a minute. */
    private static Optional<Read> orSpoken(String text, Single low) {
        Optional<Integer> orSo = Scan.after(OR_SO, text, low.end());
        if (orSo.isPresent()) {
            return Optional.of(new Read(low.seconds(), low.seconds(), orSo.get(), low.unitSeconds()));
        }
        Optional<Integer> or = Scan.after(OR_SPOKEN, text, low.end());
        if (or.isEmpty() || low.lead() == null) {
            return Optional.empty();
        }
        Optional<Numbers.Read> high = Numbers.word(text, or.get());
        if (high.isEmpty() || TimeWord.read(text, Scan.skipSpaces(text, high.get().end())).isPresent()) {
            return Optional.empty(); // "une minute ou deux minutes" is an ordinary range, read by the caller
        }
        long top = Math.round(high.get().value() * low.lead().seconds());
        return spans(low.seconds(), top) && top > low.seconds()
                ? Optional.of(new Read(low.seconds(), top, high.get().end(), low.unitSeconds()))
                : Optional.empty();
    }

    private static boolean spans(long low, long high) {
        return low > 0 && low <= high && high <= low * RANGE_SPREAD;
    }
}
