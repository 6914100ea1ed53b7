package dev.commis.kitchen;

import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads the number in front of a time word: what {@link Numbers} reads (digits, decimals, ½,
 * small words), plus the round numbers cooks spell out for times ("vingt", "forty-five"), the
 * English article ("a minute", "an hour", "another minute"), "a couple of" and "une paire de" (two) and the French
 * round counts ("une dizaine de", ten).
 */
final class DurationNumbers {

    /** A number read: its value, where it ends, and whether it was spelled in words. */
    record Amount(double value, int end, boolean spoken) {
    }

    // Numbers.word stops at twelve; times go further in words, mostly in fives.
    private static final Map<String, Integer> TENS = Map.ofEntries(
            Map.entry("onze", 11), Map.entry("quinze", 15), Map.entry("vingt", 20), Map.entry("vingt-cinq", 25),
            Map.entry("trente", 30), Map.entry("quarante", 40), Map.entry("quarante-cinq", 45),
            Map.entry("cinquante", 50), Map.entry("soixante", 60), Map.entry("quatre-vingt-dix", 90),
            Map.entry("eleven", 11), Map.entry("fifteen", 15), Map.entry("twenty", 20), Map.entry("twenty-five", 25),
            Map.entry("thirty", 30), Map.entry("forty", 40), Map.entry("forty-five", 45), Map.entry("fifty", 50),
            Map.entry("sixty", 60), Map.entry("ninety", 90));
    // Longest first, so that "vingt-cinq" is not read as "vingt"; a space may stand for the hyphen.
    private static final Pattern TENS_WORD = Pattern.compile(TENS.keySet().stream()
            .sorted(Comparator.comparingInt(String::length).reversed())
            .map(key -> key.replace("-", "[-\\h]"))
            .collect(Collectors.joining("|", "(?:", ")(?!\\p{L})")), Pattern.CASE_INSENSITIVE);
    // "a minute", "another minute", "one more minute".
    private static final Pattern ARTICLE = Pattern.compile("(?:an?|another|one\\h+more)(?!\\p{L})",
            Pattern.CASE_INSENSITIVE);
    // "a couple of minutes", "une paire de minutes": two.
    private static final Pattern COUPLE = Pattern.compile(
            "a\\h+couple(?:\\h+of)?(?!\\p{L})|une\\h+paire\\h+d(?:e\\h+|['’]\\h?)", Pattern.CASE_INSENSITIVE);
    // French counts about a round number: "une dizaine de minutes", "une bonne quinzaine de minutes".
    // "Quelques", "plusieurs", "a few" and "several" are left out on purpose: they give no number a
    // reminder could ring at (see StepDurations).
    private static final Map<String, Integer> ABOUT = Map.of("dizaine", 10, "douzaine", 12, "quinzaine", 15,
            "vingtaine", 20, "trentaine", 30, "quarantaine", 40, "cinquantaine", 50, "soixantaine", 60);
    private static final Pattern ABOUT_WORD = Pattern.compile(
            "une\\h+(?:(?:bonne|petite)\\h+)?(" + String.join("|", ABOUT.keySet()) + ")\\h+d(?:e\\h+|['’]\\h?)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private DurationNumbers() {
    }

    /** The number written at {@code from}, if any. */
    static Optional<Amount> read(String text, int from) {
        Optional<Numbers.Read> digits = Numbers.digits(text, from);
        if (digits.isPresent()) {
            return Optional.of(new Amount(digits.get().value(), digits.get().end(), false));
        }
        Matcher about = ABOUT_WORD.matcher(text).region(from, text.length());
        if (about.lookingAt()) {
            return Optional.of(new Amount(ABOUT.get(about.group(1).toLowerCase(Locale.ROOT)), about.end(), true));
        }
        Matcher couple = COUPLE.matcher(text).region(from, text.length());
        if (couple.lookingAt()) {
            return Optional.of(new Amount(2, couple.end(), true));
        }
        Matcher tens = TENS_WORD.matcher(text).region(from, text.length());
        if (tens.lookingAt()) {
            String key = tens.group().toLowerCase(Locale.ROOT).replaceAll("\\h", "-");
            return Optional.of(new Amount(TENS.get(key), tens.end(), true));
        }
        Optional<Numbers.Read> word = Numbers.word(text, from);
        if (word.isPresent()) {
            return Optional.of(new Amount(word.get().value(), word.get().end(), true));
        }
        Matcher article = ARTICLE.matcher(text).region(from, text.length());
        return article.lookingAt() ? Optional.of(new Amount(1, article.end(), true)) : Optional.empty();
    }
}
