package dev.commis.search;

import java.util.Arrays;
import java.util.Map;

/**
 * The distinct terms of one index, numbered, with two ways in besides the exact one: words within
 * a few typos (grouped by length, each with its letter set, so a lookup compares only words of a
 * near length that share nearly all letters) and words starting with a prefix (a sorted array).
 * Concept and facet terms and words with digits take part in exact lookups only. Immutable.
 */
final class Dictionary {

    /** Receives the words found near a typed one. */
    @FunctionalInterface
    interface Near {
        void accept(int term, int distance);
    }

    /** Completions kept for one prefix, the most used first: enough to find what is meant. */
    static final int PREFIX_LIMIT = 40;

    /** Shortest prefix that is completed. */
    static final int MIN_PREFIX = 3;

    private final String[] terms;
    private final Map<String, Integer> ids;
    private final int[] weights;
    private final int[][] byLength;
    private final long[][] lettersByLength;
    private final String[] sorted;
    private final int[] sortedIds;

    /**
     * @param terms   every term by id
     * @param weights how many recipes use each term
     * @param ids     the id of every term, the inverse of {@code terms}
     */
    Dictionary(String[] terms, int[] weights, Map<String, Integer> ids) {
        this.terms = terms;
        this.weights = weights;
        this.ids = ids;
        int longest = 0;
        int words = 0;
        int[] perLength = new int[64];
        for (int id = 0; id < terms.length; id++) {
            if (isWord(terms[id])) {
                words++;
                int length = Math.min(terms[id].length(), perLength.length - 1);
                perLength[length]++;
                longest = Math.max(longest, length);
            }
        }
        byLength = new int[longest + 1][];
        lettersByLength = new long[longest + 1][];
        for (int length = 0; length <= longest; length++) {
            byLength[length] = new int[perLength[length]];
            lettersByLength[length] = new long[perLength[length]];
        }
        int[] filled = new int[longest + 1];
        sorted = new String[words];
        int w = 0;
        for (int id = 0; id < terms.length; id++) {
            if (isWord(terms[id])) {
                int length = Math.min(terms[id].length(), perLength.length - 1);
                byLength[length][filled[length]] = id;
                lettersByLength[length][filled[length]++] = Fuzzy.letters(terms[id]);
                sorted[w++] = terms[id];
            }
        }
        Arrays.sort(sorted);
        sortedIds = new int[words];
        for (int i = 0; i < words; i++) {
            sortedIds[i] = ids.get(sorted[i]);
        }
    }

    /** The id of {@code term}, or -1. */
    int id(String term) {
        Integer id = ids.get(term);
        return id == null ? -1 : id;
    }

    String term(int id) {
        return terms[id];
    }

    /** Calls {@code near} for every word other than {@code word} itself within {@code maxEdits} typos of it. */
    void near(String word, int maxEdits, Near near) {
        if (maxEdits <= 0) {
            return;
        }
        long letters = Fuzzy.letters(word);
        int from = Math.max(1, word.length() - maxEdits);
        int to = Math.min(byLength.length - 1, word.length() + maxEdits);
        for (int length = from; length <= to; length++) {
            int[] bucket = byLength[length];
            long[] bucketLetters = lettersByLength[length];
            for (int i = 0; i < bucket.length; i++) {
                if (Fuzzy.lettersWithin(letters, bucketLetters[i], maxEdits)) {
                    String candidate = terms[bucket[i]];
                    int distance = Fuzzy.distance(word, candidate, maxEdits);
                    if (distance <= maxEdits && distance > 0) {
                        near.accept(bucket[i], distance);
                    }
                }
            }
        }
    }

    /** Words longer than {@code prefix} that start with it, at most {@link #PREFIX_LIMIT}, the most used first. */
    int[] completions(String prefix) {
        if (prefix.length() < MIN_PREFIX) {
            return new int[0];
        }
        int first = lowerBound(prefix);
        int end = first;
        while (end < sorted.length && sorted[end].startsWith(prefix)) {
            end++;
        }
        int[] found = new int[end - first];
        int count = 0;
        for (int i = first; i < end; i++) {
            if (sorted[i].length() > prefix.length()) {
                found[count++] = sortedIds[i];
            }
        }
        if (count <= PREFIX_LIMIT) {
            return Arrays.copyOf(found, count);
        }
        return Arrays.stream(found, 0, count).boxed()
                .sorted((a, b) -> Integer.compare(weights[b], weights[a]))
                .limit(PREFIX_LIMIT).mapToInt(Integer::intValue).toArray();
    }

    private int lowerBound(String key) {
        int low = 0;
        int high = sorted.length;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (sorted[mid].compareTo(key) < 0) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    /** Whether {@code term} is a plain word, open to typo and prefix lookups. */
    private static boolean isWord(String term) {
        if (term.isEmpty() || term.charAt(0) == '=' || term.charAt(0) == '@') {
            return false;
        }
        for (int i = 0; i < term.length(); i++) {
            if (Character.isDigit(term.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
