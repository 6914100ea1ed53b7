package dev.commis.kitchen;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Tells a heading kept among the steps ("1-Minute Microwave Instructions", "Overnight Oats",
 * "For the 2-Hour Braise") from a step written in Title Case ("Bake For 25 Minutes Until
 * Golden"): a short line in title case, without a sentence's end, whose every duration names a
 * kind of recipe rather than a time to wait — a compound ("5-Minute", "2-Hour"), "Overnight"
 * before a noun, or "in 10 minutes" / "en 10 minutes" as a recipe's promise.
 */
final class Headings {

    private static final Pattern WORD = Pattern.compile("[\\p{L}][\\p{L}'’]*");
    private static final java.util.Set<String> SMALL_WORDS = java.util.Set.of("a", "an", "the", "and", "or", "of",
            "for", "to", "in", "on", "with", "de", "du", "des", "la", "le", "les", "et", "ou", "à", "au", "aux", "en",
            "pour", "min", "h", "hr", "hrs", "mn");
    private static final int MAX_WORDS = 8;
    /** "5-Minute", "2-Hour", "1-Hr": a number joined to its unit, an adjective. */
    private static final Pattern COMPOUND = Pattern.compile("^\\d+(?:[.,]\\d+)?-\\p{L}");
    /** "Overnight Oats": a night naming the dish, followed by a word. */
    private static final Pattern NIGHT_BEFORE_NOUN = Pattern.compile("^over\\h?night\\h+\\p{L}",
            Pattern.CASE_INSENSITIVE);
    /** "Pasta In 15 Minutes", "Gâteau En 10 Minutes": how fast a recipe is, in its name. */
    private static final Pattern PROMISE_BEFORE = Pattern.compile("(?:^|\\h)(?:in|en)\\h+$", Pattern.CASE_INSENSITIVE);

    private Headings() {
    }

    /** Whether {@code text}, whose durations are {@code mentions}, reads as a heading rather than a step. */
    static boolean isHeading(String text, List<Mention> mentions) {
        return isTitleCase(text) && mentions.stream().allMatch(mention -> namesAKind(text, mention));
    }

    private static boolean namesAKind(String text, Mention mention) {
        String words = text.substring(mention.start());
        return COMPOUND.matcher(words).lookingAt() || NIGHT_BEFORE_NOUN.matcher(words).lookingAt()
                || PROMISE_BEFORE.matcher(text.substring(0, mention.start())).find();
    }

    private static boolean isTitleCase(String text) {
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
