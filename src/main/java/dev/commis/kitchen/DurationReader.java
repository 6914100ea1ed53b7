package dev.commis.kitchen;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads one duration written at a given place in a step, or a range of two ("25-30 minutes",
 * "2 à 3 min", "30 secondes à 1 minute"), in French or English: digits and decimals ("1,5 heure"),
 * fractions ("1 ½ hours"), compounds ("1h30", "1 hr 15 mins", "une heure et demie") and set
 * phrases ("un quart d'heure", "half an hour").
 */
final class DurationReader {

    /** A duration read: its ends in seconds (equal when it is no range) and the index just after its words. */
    record Read(long low, long high, int end) {
    }

    /** One duration without a range: its seconds, its first unit ({@code null} for a set phrase), its end. */
    private record Single(long seconds, TimeWord lead, int end) {
    }

    private record Phrase(Pattern pattern, long seconds) {
    }

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    /** A night: "overnight", "toute la nuit", "la veille". */
    static final long NIGHT = 8 * 3600;
    private static final String END = "(?![\\p{L}\\p{N}])";
    private static final List<Phrase> PHRASES = List.of(
            phrase("une\\h+(?:(?:bonne|petite)\\h+)?demie?[-\\h]heure", 1800),
            phrase("(?:un|1)\\h+(?:(?:bon|petit)\\h+)?quart\\h+d['’]\\h?heure", 900),
            phrase("(?:trois|3)\\h+quarts\\h+d['’]\\h?heure", 2700),
            phrase("(?:a\\h+(?:good\\h+)?)?half(?:[-\\h]an)?[-\\h]hour", 1800),
            phrase("(?:a\\h+)?quarter(?:\\h+of)?(?:\\h+an)?[-\\h]hour", 900),
            phrase("three[-\\h]quarters(?:\\h+of)?(?:\\h+an)?[-\\h]hour", 2700),
            // A night is eight hours, the time to set when a step says to leave something overnight.
            phrase("over\\h?night|all\\h+night(?:\\h+long)?|the\\h+night\\h+before"
                    + "|(?:toute\\h+)?(?:la|une)\\h+(?:nuit(?:\\h+enti[eè]re)?|veille)", NIGHT));

    // Between the number and its unit: a space, the hyphen of "a 10-minute rest", a hedge
    // ("une bonne heure", "une petite heure", "a good hour") or "more" ("5 more minutes").
    private static final Pattern GAP = Pattern.compile(
            "(?:-|\\h*)(?:(?:bonnes?|petites?|good|more|extra|further|additional|autres?)\\h+)?",
            FLAGS);
    private static final Pattern AND_A_HALF = Pattern.compile("\\h+and\\h+a\\h+half\\h+", FLAGS);
    private static final Pattern HALF_PAST =
            Pattern.compile("\\h*½|\\h+(?:et|and)\\h+(?:demie?|a\\h+half)" + END, FLAGS);
    private static final Pattern QUARTER_PAST =
            Pattern.compile("\\h+(?:et|and)\\h+(?:quart|a\\h+quarter)" + END, FLAGS);
    private static final Pattern JOIN = Pattern.compile("\\h*(?:(?:et|and)\\h+)?", FLAGS);
    private static final Pattern SPACE = Pattern.compile("\\h*");
    private static final Pattern COMPACT_MINUTES = Pattern.compile("m(?!\\p{L})", FLAGS);
    // "3 min 30 s": after minutes, a lone "s" is seconds.
    private static final Pattern COMPACT_SECONDS = Pattern.compile("\\h*s(?![\\p{L}\\p{N}])", FLAGS);
    // A bare number after "1 h" is not its minutes when a measure follows: "2 h 30 g", "1 h 15 cm".
    private static final Pattern MEASURE_AFTER = Pattern.compile(
            "\\h*(?:[°%×/]|[.,]\\d|x\\h|(?:cm|mm|fois|times)(?!\\p{L}))", FLAGS);
    private static final Pattern RANGE_MARK = Pattern.compile("\\h*[-–—]\\h*|\\h+(?:à|to|ou|or)\\h+", FLAGS);
    /**
     * A range's high end is at most this many times its low end; past that, the second number is a
     * clock time ("reposer 1 heure à 19h"), not the top of a range ("30 minutes to 4 hours" is 8).
     */
    static final int RANGE_SPREAD = 12;
    // "a minute or two", "une heure ou deux": the high end is a small number in the low end's unit.
    private static final Pattern OR_SPOKEN = Pattern.compile("\\h+(?:or|ou)\\h+(?=\\p{L})", FLAGS);
    private static final Pattern OR_SO = Pattern.compile("\\h+or\\h+so(?!\\p{L})", FLAGS);
    // "25/30 minutes", "2/3 min": two whole numbers, a range unless they make a cook's fraction ("1/2 heure").
    private static final Pattern SLASHED = Pattern.compile("(\\d{1,3})\\h?[/⁄]\\h?(\\d{1,3})(?!\\d)");
    private static final Pattern BETWEEN_MARK =
            Pattern.compile("\\h*[-–—]\\h*|\\h+(?:à|to|ou|or|et|and)\\h+", FLAGS);

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
        Optional<Single> first = single(text, from);
        if (first.isPresent()) {
            Single low = first.get();
            Optional<Read> orSpoken = orSpoken(text, low);
            if (orSpoken.isPresent()) {
                return orSpoken;
            }
            Optional<Single> high = after(mark, text, low.end()).flatMap(at -> single(text, at));
            if (high.isPresent() && spans(low.seconds(), high.get().seconds())) {
                return Optional.of(new Read(low.seconds(), high.get().seconds(), high.get().end()));
            }
            return Optional.of(new Read(low.seconds(), low.seconds(), low.end()));
        }
        // "25-30 minutes": the first end is a bare number in the unit of the second.
        Optional<DurationNumbers.Amount> bare = DurationNumbers.read(text, from);
        if (bare.isEmpty()) {
            return Optional.empty();
        }
        Optional<Single> high = after(mark, text, bare.get().end()).flatMap(at -> single(text, at));
        if (high.isEmpty() || high.get().lead() == null) {
            return Optional.empty();
        }
        long low = Math.round(bare.get().value() * high.get().lead().seconds());
        return spans(low, high.get().seconds())
                ? Optional.of(new Read(low, high.get().seconds(), high.get().end()))
                : Optional.empty();
    }

    /** "25/30 minutes" as a range; "1/2 heure" and "3/4 hour" stay fractions, read by {@link #single}. */
    private static Optional<Read> slashed(String text, int from) {
        Matcher m = SLASHED.matcher(text).region(from, text.length());
        if (!m.lookingAt()) {
            return Optional.empty();
        }
        int low = Integer.parseInt(m.group(1));
        int high = Integer.parseInt(m.group(2));
        Optional<TimeWord.Match> unit = TimeWord.read(text, after(GAP, text, m.end()).orElse(m.end()));
        if (unit.isEmpty() || low == 0 || low >= high) {
            return Optional.empty();
        }
        boolean plural = unit.get().written().length() > 1 && unit.get().written().toLowerCase(Locale.ROOT).endsWith("s");
        boolean fraction = high <= 4 && !(plural && high == low + 1);
        if (fraction) {
            return Optional.empty();
        }
        long seconds = unit.get().word().seconds();
        return spans(low * seconds, high * seconds)
                ? Optional.of(new Read(low * seconds, high * seconds, unit.get().end()))
                : Optional.empty();
    }

    /** "a minute or two", "une heure ou deux"; "a minute or so" is a minute. */
    private static Optional<Read> orSpoken(String text, Single low) {
        Optional<Integer> orSo = after(OR_SO, text, low.end());
        if (orSo.isPresent()) {
            return Optional.of(new Read(low.seconds(), low.seconds(), orSo.get()));
        }
        Optional<Integer> or = after(OR_SPOKEN, text, low.end());
        if (or.isEmpty() || low.lead() == null) {
            return Optional.empty();
        }
        Optional<Numbers.Read> high = Numbers.word(text, or.get());
        if (high.isEmpty() || TimeWord.read(text, skipSpaces(text, high.get().end())).isPresent()) {
            return Optional.empty(); // "une minute ou deux minutes" is an ordinary range, read by the caller
        }
        long top = Math.round(high.get().value() * low.lead().seconds());
        return spans(low.seconds(), top) && top > low.seconds()
                ? Optional.of(new Read(low.seconds(), top, high.get().end()))
                : Optional.empty();
    }

    private static Optional<Single> single(String text, int from) {
        for (Phrase phrase : PHRASES) {
            Matcher m = phrase.pattern().matcher(text).region(from, text.length());
            if (m.lookingAt()) {
                return Optional.of(new Single(phrase.seconds(), null, m.end()));
            }
        }
        Optional<DurationNumbers.Amount> amount = DurationNumbers.read(text, from);
        if (amount.isEmpty()) {
            return Optional.empty();
        }
        double value = amount.get().value();
        int at = amount.get().end();
        Optional<Integer> half = after(AND_A_HALF, text, at);
        if (half.isPresent()) {
            value += 0.5;
            at = half.get();
        }
        Optional<TimeWord.Match> unit = TimeWord.read(text, after(GAP, text, at).orElse(at));
        // "a second" or "une seconde" is mostly "a second batch", "une seconde fois": never a timer.
        if (unit.isEmpty() || amount.get().spoken() && value == 1 && unit.get().word() == TimeWord.SECOND) {
            return Optional.empty();
        }
        long seconds = Math.round(value * unit.get().word().seconds());
        if (seconds < 1) {
            return Optional.empty(); // "0,2 seconde" rounds to nothing to ring for
        }
        Single single = new Single(seconds, unit.get().word(), unit.get().end());
        return Optional.of(switch (unit.get().word()) {
            case HOUR -> withMinutes(text, single, unit.get());
            case MINUTE -> withSeconds(text, single);
            case SECOND, DAY -> single;
        });
    }

    /** "1h30", "1 h 15", "1 hr 15 mins", "1 hour and 30 minutes", "une heure et demie", "deux heures et quart". */
    private static Single withMinutes(String text, Single hours, TimeWord.Match unit) {
        Optional<Integer> half = after(HALF_PAST, text, hours.end());
        if (half.isPresent()) {
            return new Single(hours.seconds() + 1800, hours.lead(), half.get());
        }
        Optional<Integer> quarter = after(QUARTER_PAST, text, hours.end());
        if (quarter.isPresent()) {
            return new Single(hours.seconds() + 900, hours.lead(), quarter.get());
        }
        int joined = after(JOIN, text, hours.end()).orElse(hours.end());
        boolean bareAllowed = joined == skipSpaces(text, hours.end()) && unit.takesBareMinutes();
        Optional<DurationNumbers.Amount> minutes = DurationNumbers.read(text, joined);
        if (minutes.isEmpty() || minutes.get().value() >= 60
                || minutes.get().value() != Math.floor(minutes.get().value())) {
            return hours;
        }
        int afterNumber = minutes.get().end();
        Optional<TimeWord.Match> minuteWord = TimeWord.read(text, skipSpaces(text, afterNumber))
                .filter(match -> match.word() == TimeWord.MINUTE);
        long total = hours.seconds() + Math.round(minutes.get().value() * 60);
        if (minuteWord.isPresent()) {
            return new Single(total, hours.lead(), minuteWord.get().end());
        }
        Optional<Integer> compact = after(COMPACT_MINUTES, text, afterNumber);
        if (compact.isPresent()) {
            return new Single(total, hours.lead(), compact.get());
        }
        // Bare minutes are written with two digits ("1 h 15", "1 h 05") or spelled from ten on ("une
        // heure trente"); "reposer 1 heure 4 fois" holds no minutes.
        boolean twoDigits = !minutes.get().spoken() && afterNumber - joined == 2;
        boolean bare = bareAllowed && (twoDigits || minutes.get().spoken() && minutes.get().value() >= 10)
                && TimeWord.read(text, skipSpaces(text, afterNumber)).isEmpty()
                && after(MEASURE_AFTER, text, afterNumber).isEmpty()
                && Spelling.read(text, skipSpaces(text, afterNumber)).isEmpty();
        return bare ? new Single(total, hours.lead(), afterNumber) : hours;
    }

    /** "1 minute 30 seconds", "2 min et 30 secondes", "3 min 30 s", "1 minute 30". */
    private static Single withSeconds(String text, Single minutes) {
        int joined = after(JOIN, text, minutes.end()).orElse(minutes.end());
        if (joined == minutes.end()) {
            return minutes;
        }
        Optional<DurationNumbers.Amount> seconds = DurationNumbers.read(text, joined);
        if (seconds.isEmpty() || seconds.get().value() >= 60) {
            return minutes;
        }
        long total = minutes.seconds() + Math.round(seconds.get().value());
        Optional<Integer> compact = after(COMPACT_SECONDS, text, seconds.get().end());
        if (compact.isPresent()) {
            return new Single(total, minutes.lead(), compact.get());
        }
        Optional<Single> said = TimeWord.read(text, skipSpaces(text, seconds.get().end()))
                .filter(match -> match.word() == TimeWord.SECOND)
                .map(match -> new Single(total, minutes.lead(), match.end()));
        if (said.isPresent()) {
            return said.get();
        }
        // French writes "1 minute 30" and "2 min 30" for a minute and a half, two and a half: bare
        // seconds in two digits or spelled from ten on, as bare minutes after hours.
        int afterNumber = seconds.get().end();
        boolean twoDigits = !seconds.get().spoken() && afterNumber - joined == 2;
        boolean bare = joined == skipSpaces(text, minutes.end())
                && (twoDigits || seconds.get().spoken() && seconds.get().value() >= 10)
                && seconds.get().value() == Math.floor(seconds.get().value())
                && TimeWord.read(text, skipSpaces(text, afterNumber)).isEmpty()
                && after(MEASURE_AFTER, text, afterNumber).isEmpty()
                && Spelling.read(text, skipSpaces(text, afterNumber)).isEmpty();
        return bare ? new Single(total, minutes.lead(), afterNumber) : minutes;
    }

    private static boolean spans(long low, long high) {
        return low > 0 && low <= high && high <= low * RANGE_SPREAD;
    }

    /** Where {@code pattern} ends when it matches right at {@code from}. */
    private static Optional<Integer> after(Pattern pattern, String text, int from) {
        Matcher m = pattern.matcher(text).region(from, text.length());
        return m.lookingAt() ? Optional.of(m.end()) : Optional.empty();
    }

    private static int skipSpaces(String text, int from) {
        return after(SPACE, text, from).orElse(from);
    }

    private static Phrase phrase(String regex, long seconds) {
        return new Phrase(Pattern.compile(regex + END, FLAGS), seconds);
    }
}
