package dev.commis.search;

import dev.commis.vault.Recipe;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Full-text search, as "/search" needs: every recipe having every unit typed, anywhere (title,
 * tags, front matter, ingredients, steps), through synonyms and typos. When no recipe has them
 * all, the recipes having the most of them answer, so one word the vault does not know does not
 * empty the answer. Ranked by the weight of the fields each unit was found in ({@link Field}),
 * then in vault order.
 */
final class TextSearch {

    private final InvertedIndex index;

    TextSearch(InvertedIndex index) {
        this.index = index;
    }

    List<Recipe> search(String words) {
        List<Query.Unit> units = Query.units(words, false);
        if (units.isEmpty()) {
            return List.of();
        }
        int n = index.size();
        float[] score = new float[n];
        int[] covered = new int[n];
        float[] best = new float[n];
        int[] touched = new int[n];
        int maxCovered = 0;
        for (int u = 0; u < units.size(); u++) {
            boolean last = u == units.size() - 1;
            int touchedCount = 0;
            for (Expansion.Candidate candidate : Expansion.of(index, units.get(u), Field.all(), last)) {
                int[] docs = index.docs(candidate.term());
                byte[] fields = index.fields(candidate.term());
                for (int i = 0; i < docs.length; i++) {
                    int doc = docs[i];
                    float s = candidate.quality() * Field.weight(fields[i]);
                    if (best[doc] == 0) {
                        touched[touchedCount++] = doc;
                    }
                    if (s > best[doc]) {
                        best[doc] = s;
                    }
                }
            }
            for (int t = 0; t < touchedCount; t++) {
                int doc = touched[t];
                score[doc] += best[doc];
                maxCovered = Math.max(maxCovered, ++covered[doc]);
                best[doc] = 0;
            }
        }
        return ranked(score, covered, maxCovered);
    }

    /** The recipes covering {@code maxCovered} units, best score first, then in vault order. */
    private List<Recipe> ranked(float[] score, int[] covered, int maxCovered) {
        if (maxCovered == 0) {
            return List.of();
        }
        long[] keys = new long[score.length];
        int count = 0;
        for (int doc = 0; doc < score.length; doc++) {
            if (covered[doc] == maxCovered) {
                // Scores are positive, so their float bits sort as the floats do; inverted, they sort best first.
                keys[count++] = (long) (Integer.MAX_VALUE - Float.floatToIntBits(score[doc])) << 32 | doc;
            }
        }
        Arrays.sort(keys, 0, count);
        List<Recipe> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            out.add(index.recipe((int) keys[i]));
        }
        return out;
    }
}
