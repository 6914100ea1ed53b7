package dev.commis.kitchen;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the minutes and seconds French recipe cards write with primes: "45'" is 45 minutes,
 * "1'30" a minute and a half, "30''" thirty seconds. The prime must touch the number and be
 * followed by no letter, so that "l'eau" or a quoted word is never a time.
 */
final class PrimeNotation {

    // Seconds first: "30''" would otherwise read as 30 minutes and a stray prime.
    private static final Pattern SECONDS = Pattern.compile("(?:''|’’|″)(?![\\p{L}\\p{N}])");
    private static final Pattern MINUTES =
            Pattern.compile("['’′](?:(\\d{2})(?:''|’’|″)?)?(?![\\p{L}\\p{N}'’])");

    private PrimeNotation() {
    }

    /** The duration written with primes right after {@code amount}, a number in digits. */
    static Optional<DurationReader.Single> read(String text, DurationNumbers.Amount amount) {
        double value = amount.value();
        if (value != Math.floor(value)) {
            return Optional.empty();
        }
        int at = amount.end();
        Optional<Integer> seconds = Scan.after(SECONDS, text, at);
        if (seconds.isPresent()) {
            return Optional.of(new DurationReader.Single(Math.round(value), TimeWord.SECOND, seconds.get()));
        }
        Matcher minutes = MINUTES.matcher(text).region(at, text.length());
        if (!minutes.lookingAt()) {
            return Optional.empty();
        }
        int extra = minutes.group(1) == null ? 0 : Integer.parseInt(minutes.group(1));
        if (extra >= 60) {
            return Optional.empty();
        }
        return Optional.of(new DurationReader.Single(Math.round(value * 60) + extra, TimeWord.MINUTE, minutes.end()));
    }
}
