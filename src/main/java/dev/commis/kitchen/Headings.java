package dev.commis.kitchen;

import java.util.regex.Pattern;

/**
 * Tells a heading kept among the steps ("1-Minute Microwave Instructions", "Overnight Oats",
 * "For the 2-Hour Braise") from a step: a short line in title case, without a sentence's end,
 * whose duration names a kind of recipe rather than a time to wait.
 */
final class Headings {

    private static final Pattern WORD = Pattern.compile("[\\p{L}][\\p{L}'’]*");
    private static final java.util.Set<String> SMALL_WORDS = java.util.Set.of("a", "an", "the", "and", "or", "of",
            "for", "to", "in", "on", "with", "de", "du", "des", "la", "le", "les", "et", "ou", "à", "au", "aux", "en",
            "pour", "min", "h", "hr", "hrs", "mn");
    private static final int MAX_WORDS = 8;

    private Headings() {
    }

    /** Whether {@code text} reads as a heading rather than a step. */
    static boolean isHeading(String text) {
        String line = text.strip();
        if (line.indexOf('\n') >= 0 || line.isEmpty() || ".!?:;,".indexOf(line.charAt(line.length() - 1)) >= 0) {
            return false;
        }
        var words = WORD.matcher(line).results().map(java.util.regex.MatchResult::group).toList();
        if (words.size() < 2 || words.size() > MAX_WORDS) {
            return false;
        }
        long capitalised = words.stream().filter(word -> Character.isUpperCase(word.charAt(0))).count();
        boolean titleCase = words.stream()
                .allMatch(word -> Character.isUpperCase(word.charAt(0)) || SMALL_WORDS.contains(word.toLowerCase()));
        return titleCase && capitalised >= 2;
    }
}
