package dev.commis.kitchen;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads one duration without a range at a given place in a step: a set phrase ("une
 * demi-heure"), a number and its unit ("25 minutes", "1,5 heure", "a couple of minutes", "une
 * dizaine de minutes", "one and a half hours"), with the minutes or seconds that follow
 * ("1h30", "3 min 30 s"), or the prime notation of French cards ("45'", "1'30").
 */
final class OneDuration {

    // Between the number and its unit: a space, the hyphen of "a 10-minute rest", a hedge
    // ("une bonne heure", "une petite heure", "a good hour") or "more" ("5 more minutes").
    static final Pattern GAP = Pattern.compile(
            "(?:-|\\h*)(?:(?:bonnes?|petites?|good|more|extra|further|additional|autres?)\\h+)?", Scan.FLAGS);
    private static final Pattern AND_A_HALF = Pattern.compile("\\h+and\\h+a\\h+half\\h+", Scan.FLAGS);

    private OneDuration() {
    }

    /** The duration written at {@code from}, if any. */
    static Optional<DurationReader.Single> read(String text, int from) {
        Optional<DurationReader.Single> phrase = SetPhrases.read(text, from);
        if (phrase.isPresent()) {
            return phrase;
        }
        Optional<DurationNumbers.Amount> amount = DurationNumbers.read(text, from);
        if (amount.isEmpty()) {
            return Optional.empty();
        }
        double value = amount.get().value();
        int at = amount.get().end();
        Optional<Integer> half = Scan.after(AND_A_HALF, text, at);
        if (half.isPresent()) {
            value += 0.5;
            at = half.get();
        }
        Optional<TimeWord.Match> unit = TimeWord.read(text, Scan.after(GAP, text, at).orElse(at));
        if (unit.isEmpty()) {
            return amount.get().spoken() ? Optional.empty() : PrimeNotation.read(text, amount.get());
        }
        // "a second" or "une seconde" is mostly "a second batch", "une seconde fois": never a timer;
        // a lone "s" is seconds only after digits ("30 s"), never after a word.
        if (amount.get().spoken() && (value == 1 || unit.get().written().length() == 1)
                && unit.get().word() == TimeWord.SECOND) {
            return Optional.empty();
        }
        long seconds = Math.round(value * unit.get().word().seconds());
        if (seconds < 1) {
            return Optional.empty(); // "0,2 seconde" rounds to nothing to ring for
        }
        DurationReader.Single single = new DurationReader.Single(seconds, unit.get().word(), unit.get().end());
        return Optional.of(switch (unit.get().word()) {
            case HOUR -> HoursAndMinutes.withMinutes(text, single, unit.get());
            case MINUTE -> HoursAndMinutes.withSeconds(text, single);
            case SECOND, DAY -> single;
        });
    }
}
