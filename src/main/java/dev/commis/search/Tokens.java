package dev.commis.search;

import dev.commis.text.Folding;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Cuts text into words and reduces each to the form the index compares: folded (lower case, no
 * accents, ligatures spelled out) and without a French or English plural {@code s} or {@code x}.
 * Index and queries go through the same reduction, so "Crêpes", "crepe" and "CRÊPE" meet.
 */
final class Tokens {

    /** One word of a query, with where it sits in the text as typed (for messages). */
    record Word(String stem, int start, int end, boolean joinedToPrevious) {
    }

    /**
     * Plurals whose singular means something else: "pâtes" are pasta, "pâte" is dough. Kept
     * whole so that the synonym table can tell them apart.
     */
    private static final Set<String> KEEP_PLURAL = Set.of("pates");

    /** Function words, French and English, that say nothing about a recipe. */
    private static final Set<String> STOPWORDS = Stream.of(
                    "le", "la", "les", "l", "de", "du", "des", "d", "un", "une", "et", "ou", "a", "au", "aux", "en",
                    "avec", "pour", "sur", "par", "dans", "ce", "cet", "cette", "ces", "son", "sa", "ses", "mon", "ma",
                    "mes", "ton", "ta", "tes", "notre", "votre", "leur", "leurs", "qu", "que", "qui", "y", "s", "j",
                    "recette", "recettes",
                    "the", "an", "and", "or", "of", "with", "for", "to", "in", "on", "at", "by", "from", "my", "your",
                    "our", "recipe", "recipes")
            .map(Tokens::stem)
            .collect(Collectors.toUnmodifiableSet());

    private Tokens() {
    }

    /** Receives the words of a text. */
    @FunctionalInterface
    private interface WordSink {
        void accept(String stem, int start, int end);
    }

    /** The stems of every word of {@code text}, stopwords included (phrases such as "pomme de terre" need them). */
    static List<String> stems(String text) {
        List<String> out = new ArrayList<>();
        scan(text, (stem, start, end) -> out.add(stem));
        return out;
    }

    /** The words of a query with their place in it; a word right after a hyphen or apostrophe is joined. */
    static List<Word> words(String text) {
        List<Word> out = new ArrayList<>();
        scan(text, (stem, start, end) -> {
            int previousEnd = out.isEmpty() ? -1 : out.get(out.size() - 1).end();
            boolean joined = previousEnd >= 0 && start - previousEnd == 1 && isJoiner(text.charAt(previousEnd));
            out.add(new Word(stem, start, end, joined));
        });
        return out;
    }

    /**
     * Finds the words of {@code text} and hands each on, reduced. This runs over every word of
     * every recipe when an index is built, so plain ASCII words, most of them, are lowered here in
     * one pass; only words with other characters go through {@link Folding}.
     */
    private static void scan(String text, WordSink sink) {
        if (text == null) {
            return;
        }
        int n = text.length();
        int i = 0;
        while (i < n) {
            while (i < n && !isWordChar(text.charAt(i))) {
                i++;
            }
            int start = i;
            boolean ascii = true;
            while (i < n) {
                char c = text.charAt(i);
                if (c < 0x80) {
                    if (!isAsciiWordChar(c)) {
                        break;
                    }
                } else if (isWordChar(c)) {
                    ascii = false;
                } else {
                    break;
                }
                i++;
            }
            if (i == start) {
                continue;
            }
            String stem = reduce(text, start, i, ascii);
            if (!stem.isEmpty()) {
                sink.accept(stem, start, i);
            }
        }
    }

    /** The stem of the word {@code text[start, end)}, or "" when folding leaves nothing. */
    private static String reduce(String text, int start, int end, boolean ascii) {
        String folded;
        if (ascii) {
            char[] lowered = new char[end - start];
            for (int k = start; k < end; k++) {
                char c = text.charAt(k);
                lowered[k - start] = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
            }
            folded = new String(lowered);
        } else {
            folded = Folding.fold(text.substring(start, end));
        }
        return folded.isEmpty() ? folded : stem(folded);
    }

    /**
     * Drops one plural mark from a folded word: a final {@code s} (not {@code ss}) or the
     * {@code x} of {@code -aux}, {@code -eux}, {@code -oux}; words under four letters are kept.
     */
    static String stem(String folded) {
        int n = folded.length();
        if (n < 4 || KEEP_PLURAL.contains(folded)) {
            return folded;
        }
        char last = folded.charAt(n - 1);
        char before = folded.charAt(n - 2);
        if (last == 's' && before != 's' || last == 'x' && before == 'u') {
            return folded.substring(0, n - 1);
        }
        return folded;
    }

    /** Whether {@code stem} is a function word. */
    static boolean isStopword(String stem) {
        return STOPWORDS.contains(stem);
    }

    private static boolean isWordChar(char c) {
        if (c < 0x80) {
            return isAsciiWordChar(c);
        }
        return Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK;
    }

    private static boolean isAsciiWordChar(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
    }

    private static boolean isJoiner(char c) {
        return c == '-' || c == '\'' || c == '’' || c == '‑';
    }
}
