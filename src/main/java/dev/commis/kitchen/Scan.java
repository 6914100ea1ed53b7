package dev.commis.kitchen;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Small steps the duration readers share: match a precompiled pattern right at a position and
 * skip spaces. Every reader works at one position of the step and moves forward, so a step is
 * read in one pass.
 */
final class Scan {

    static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    /** Where a word or a number must end: "minuteur" holds no minute. */
    static final String END = "(?![\\p{L}\\p{N}])";
    private static final Pattern SPACE = Pattern.compile("\\h*");

    private Scan() {
    }

    /** Where {@code pattern} ends when it matches right at {@code from}. */
    static Optional<Integer> after(Pattern pattern, String text, int from) {
        Matcher m = pattern.matcher(text).region(from, text.length());
        return m.lookingAt() ? Optional.of(m.end()) : Optional.empty();
    }

    /** Whether {@code pattern} matches right at {@code from}. */
    static boolean at(Pattern pattern, String text, int from) {
        return pattern.matcher(text).region(from, text.length()).lookingAt();
    }

    /** The index of the first character at or after {@code from} that is no horizontal space. */
    static int skipSpaces(String text, int from) {
        return after(SPACE, text, from).orElse(from);
    }
}
