package dev.commis.kitchen;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads what may follow a number of hours or minutes inside one duration: the minutes of "1h30",
 * "1 h 15", "1 hr. 10 min", "1 hour and 30 minutes", "une heure et demie", "deux heures et quart",
 * and the seconds of "1 minute 30 seconds", "3 min 30 s", "2 min 30".
 */
final class HoursAndMinutes {

    private static final Pattern HALF_PAST =
            Pattern.compile("\\h*½|\\h+(?:et|and)\\h+(?:demie?|a\\h+half)" + Scan.END, Scan.FLAGS);
    private static final Pattern QUARTER_PAST =
            Pattern.compile("\\h+(?:et|and)\\h+(?:quart|a\\h+quarter)" + Scan.END, Scan.FLAGS);
    private static final Pattern JOIN = Pattern.compile("\\h*(?:(?:et|and)\\h+)?", Scan.FLAGS);
    // "1 hr. 10 min": the dot of an abbreviation, when minutes follow with their own unit.
    private static final Pattern ABBREVIATION_DOT = Pattern.compile("\\.");
    private static final Pattern COMPACT_MINUTES = Pattern.compile("m(?!\\p{L})", Scan.FLAGS);
    // "3 min 30 s": after minutes, a lone "s" is seconds.
    private static final Pattern COMPACT_SECONDS = Pattern.compile("\\h*s(?![\\p{L}\\p{N}])", Scan.FLAGS);
    // A bare number after "1 h" is not its minutes when a measure follows: "2 h 30 g", "1 h 15 cm".
    private static final Pattern MEASURE_AFTER = Pattern.compile(
            "\\h*(?:[°%×/]|[.,]\\d|x\\h|(?:cm|mm|fois|times)(?!\\p{L}))", Scan.FLAGS);

    private HoursAndMinutes() {
    }

    /** {@code hours}, with the minutes written after it added when there are any. */
    static DurationReader.Single withMinutes(String text, DurationReader.Single hours, TimeWord.Match unit) {
        Optional<Integer> half = Scan.after(HALF_PAST, text, hours.end());
        if (half.isPresent()) {
            return new DurationReader.Single(hours.seconds() + 1800, hours.lead(), half.get());
        }
        Optional<Integer> quarter = Scan.after(QUARTER_PAST, text, hours.end());
        if (quarter.isPresent()) {
            return new DurationReader.Single(hours.seconds() + 900, hours.lead(), quarter.get());
        }
        int from = hours.end();
        boolean dotted = unit.abbreviated() && Scan.at(ABBREVIATION_DOT, text, from);
        int joined = Scan.after(JOIN, text, dotted ? from + 1 : from).orElse(from);
        boolean bareAllowed = !dotted && joined == Scan.skipSpaces(text, from) && unit.takesBareMinutes();
        Optional<DurationNumbers.Amount> minutes = DurationNumbers.read(text, joined);
        if (minutes.isEmpty() || minutes.get().value() >= 60
                || minutes.get().value() != Math.floor(minutes.get().value())) {
            return hours;
        }
        int afterNumber = minutes.get().end();
        Optional<TimeWord.Match> minuteWord = TimeWord.read(text, Scan.skipSpaces(text, afterNumber))
                .filter(match -> match.word() == TimeWord.MINUTE);
        long total = hours.seconds() + Math.round(minutes.get().value() * 60);
        if (minuteWord.isPresent()) {
            return new DurationReader.Single(total, hours.lead(), minuteWord.get().end());
        }
        Optional<Integer> compact = Scan.after(COMPACT_MINUTES, text, afterNumber);
        if (compact.isPresent() && !dotted) {
            return new DurationReader.Single(total, hours.lead(), compact.get());
        }
        // Bare minutes are written with two digits ("1 h 15", "1 h 05") or spelled from ten on ("une
        // heure trente"); "reposer 1 heure 4 fois" holds no minutes.
        boolean twoDigits = !minutes.get().spoken() && afterNumber - joined == 2;
        boolean bare = bareAllowed && (twoDigits || minutes.get().spoken() && minutes.get().value() >= 10)
                && nothingMeasuredAfter(text, afterNumber);
        return bare ? new DurationReader.Single(total, hours.lead(), afterNumber) : hours;
    }

    /** {@code minutes}, with the seconds written after it added when there are any. */
    static DurationReader.Single withSeconds(String text, DurationReader.Single minutes) {
        int joined = Scan.after(JOIN, text, minutes.end()).orElse(minutes.end());
        if (joined == minutes.end()) {
            return minutes;
        }
        Optional<DurationNumbers.Amount> seconds = DurationNumbers.read(text, joined);
        if (seconds.isEmpty() || seconds.get().value() >= 60) {
            return minutes;
        }
        long total = minutes.seconds() + Math.round(seconds.get().value());
        Optional<Integer> compact = Scan.after(COMPACT_SECONDS, text, seconds.get().end());
        if (compact.isPresent()) {
            return new DurationReader.Single(total, minutes.lead(), compact.get());
        }
        Optional<DurationReader.Single> said = TimeWord.read(text, Scan.skipSpaces(text, seconds.get().end()))
                .filter(match -> match.word() == TimeWord.SECOND)
                .map(match -> new DurationReader.Single(total, minutes.lead(), match.end()));
        if (said.isPresent()) {
            return said.get();
        }
        // French writes "1 minute 30" and "2 min 30" for a minute and a half, two and a half: bare
        // seconds in two digits or spelled from ten on, as bare minutes after hours.
        int afterNumber = seconds.get().end();
        boolean twoDigits = !seconds.get().spoken() && afterNumber - joined == 2;
        boolean bare = joined == Scan.skipSpaces(text, minutes.end())
                && (twoDigits || seconds.get().spoken() && seconds.get().value() >= 10)
                && seconds.get().value() == Math.floor(seconds.get().value())
                && nothingMeasuredAfter(text, afterNumber);
        return bare ? new DurationReader.Single(total, minutes.lead(), afterNumber) : minutes;
    }

    /** Whether no unit, measure or spelled unit follows a bare number: then it belongs to the duration. */
    private static boolean nothingMeasuredAfter(String text, int afterNumber) {
        int next = Scan.skipSpaces(text, afterNumber);
        return TimeWord.read(text, next).isEmpty()
                && Scan.after(MEASURE_AFTER, text, afterNumber).isEmpty()
                && Spelling.read(text, next).isEmpty();
    }
}
