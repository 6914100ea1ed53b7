package dev.commis.search;

/**
 * How far apart two words are, in the edits a hurried typist makes: a letter left out, added,
 * replaced, or two neighbours swapped (Damerau-Levenshtein, optimal string alignment). Distances
 * are bounded: past the bound the exact value is of no use, so the computation stops early.
 */
final class Fuzzy {

    /** Shortest word allowed one typo, and shortest allowed two. */
    static final int ONE_EDIT_FROM = 4;
    static final int TWO_EDITS_FROM = 8;

    private Fuzzy() {
    }

    /** Typos tolerated in a word of {@code length} letters: none under 4, one up to 7, two from 8. */
    static int maxEdits(int length) {
        return length < ONE_EDIT_FROM ? 0 : length < TWO_EDITS_FROM ? 1 : 2;
    }

    /** Whether {@code candidate} is within the typos tolerated for {@code typed}. */
    static boolean matches(String typed, String candidate) {
        int max = maxEdits(typed.length());
        return distance(typed, candidate, max) <= max;
    }

    /**
     * The edit distance between {@code a} and {@code b} when it is at most {@code max}, else
     * {@code max + 1}.
     */
    static int distance(String a, String b, int max) {
        int n = a.length();
        int m = b.length();
        if (Math.abs(n - m) > max) {
            return max + 1;
        }
        if (n == 0 || m == 0) {
            return Math.max(n, m);
        }
        int[] beforePrevious = new int[m + 1];
        int[] previous = new int[m + 1];
        int[] current = new int[m + 1];
        for (int j = 0; j <= m; j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= n; i++) {
            current[0] = i;
            int rowMin = i;
            char ai = a.charAt(i - 1);
            for (int j = 1; j <= m; j++) {
                char bj = b.charAt(j - 1);
                int cost = ai == bj ? 0 : 1;
                int d = Math.min(Math.min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && ai == b.charAt(j - 2) && a.charAt(i - 2) == bj) {
                    d = Math.min(d, beforePrevious[j - 2] + 1);
                }
                current[j] = d;
                rowMin = Math.min(rowMin, d);
            }
            if (rowMin > max) {
                return max + 1;
            }
            int[] spare = beforePrevious;
            beforePrevious = previous;
            previous = current;
            current = spare;
        }
        return Math.min(previous[m], max + 1);
    }

    /**
     * The letters of {@code word} as a bit set: a word {@code k} edits away can differ from it by
     * at most {@code k} letters each way, which rules most of a dictionary out in one instruction.
     */
    static long letters(String word) {
        long mask = 0;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            int bit = c >= 'a' && c <= 'z' ? c - 'a' : c >= '0' && c <= '9' ? 26 + c - '0' : 36 + c % 28;
            mask |= 1L << bit;
        }
        return mask;
    }

    /** Whether two letter sets are close enough for words {@code max} edits apart. */
    static boolean lettersWithin(long a, long b, int max) {
        return Long.bitCount(a & ~b) <= max && Long.bitCount(b & ~a) <= max;
    }
}
