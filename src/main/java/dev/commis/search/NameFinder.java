package dev.commis.search;

import dev.commis.vault.Recipe;
import java.util.ArrayList;
import dev.commis.text.Folding;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.Optional;

/**
 * Finds a recipe by its name, as "/recipe" needs: compares the units typed with the words of
 * titles only, in any order, through synonyms and typos. A title scores by how much of the query
 * it covers (mostly) and how much of itself the query covers (so "crêpes" prefers "Crêpes" to
 * "Crêpes Suzette"). A query that is a recipe's exact title (folded for case, accents and
 * punctuation) is that recipe, whatever the others' scores. Otherwise one recipe is the answer
 * only when it has every unit typed and clearly beats the next; else the bot offers the closest
 * few, saying whether any has every unit typed.
 */
final class NameFinder {

    /** Alternatives offered at most. */
    static final int MAX_ALTERNATIVES = 5;

    /** Share of the score that comes from covering the query; the rest from covering the title. */
    private static final float QUERY_SHARE = 0.7f;

    /** Lead the closest title needs over the next to be taken without asking. */
    private static final float CLEAR_LEAD = 0.1f;

    /** A title covering less of the query than this is not close at all. */
    private static final float MIN_COVERAGE = 0.5f;

    private static final float EPSILON = 1e-4f;

    private final InvertedIndex index;
    /** The recipes of each title, by {@link Folding#key}. */
    private final Map<String, List<Recipe>> byTitle = new HashMap<>();

    NameFinder(InvertedIndex index) {
        this.index = index;
        for (int doc = 0; doc < index.size(); doc++) {
            Recipe recipe = index.recipe(doc);
            byTitle.computeIfAbsent(Folding.key(recipe.title()), key -> new ArrayList<>(1)).add(recipe);
        }
    }

    /** The recipes whose title is {@code name}, folded for case, accents and punctuation. */
    List<Recipe> titled(String name) {
        return byTitle.getOrDefault(Folding.key(name), List.of());
    }

    RecipeIndex.Match find(String name) {
        List<Recipe> sameTitle = titled(name);
        if (sameTitle.size() == 1) {
            return new RecipeIndex.Match(Optional.of(sameTitle.get(0)), List.of());
        }
        if (sameTitle.size() > 1) {
            return new RecipeIndex.Match(Optional.empty(), sameTitle.subList(0, Math.min(sameTitle.size(), MAX_ALTERNATIVES)), true);
        }
        List<Query.Unit> units = Query.units(name, false);
        if (units.isEmpty()) {
            return new RecipeIndex.Match(Optional.empty(), List.of());
        }
        int n = index.size();
        float[] sum = new float[n];
        int[] matched = new int[n];
        boolean[] inexact = new boolean[n];
        float[] best = new float[n];
        int[] touched = new int[n];
        int[] seen = new int[n];
        int seenCount = 0;
        for (int u = 0; u < units.size(); u++) {
            boolean last = u == units.size() - 1;
            int touchedCount = 0;
            for (Expansion.Candidate candidate : Expansion.of(index, units.get(u), Field.TITLE.bit, last)) {
                for (int doc : index.titleDocs(candidate.term())) {
                    if (best[doc] == 0) {
                        touched[touchedCount++] = doc;
                    }
                    best[doc] = Math.max(best[doc], candidate.quality());
                }
            }
            for (int t = 0; t < touchedCount; t++) {
                int doc = touched[t];
                if (matched[doc] == 0) {
                    seen[seenCount++] = doc;
                }
                sum[doc] += best[doc];
                matched[doc]++;
                inexact[doc] |= best[doc] < Expansion.EXACT;
                best[doc] = 0;
            }
        }
        List<Scored> scored = new ArrayList<>(seenCount);
        for (int s = 0; s < seenCount; s++) {
            int doc = seen[s];
            float queryCover = sum[doc] / units.size();
            if (queryCover + EPSILON < MIN_COVERAGE) {
                continue;
            }
            float titleCover = Math.min(1f, sum[doc] / Math.max(1, index.titleUnits(doc)));
            boolean exact = !inexact[doc] && matched[doc] == units.size() && index.titleUnits(doc) == units.size();
            scored.add(new Scored(doc, QUERY_SHARE * queryCover + (1 - QUERY_SHARE) * titleCover,
                    matched[doc] == units.size(), exact));
        }
        return decide(scored);
    }

    private RecipeIndex.Match decide(List<Scored> scored) {
        if (scored.isEmpty()) {
            return new RecipeIndex.Match(Optional.empty(), List.of());
        }
        Scored[] ranked = scored.toArray(Scored[]::new);
        Arrays.sort(ranked);
        Scored top = ranked[0];
        Scored next = ranked.length > 1 ? ranked[1] : null;
        boolean clear = next == null || top.score() - next.score() + EPSILON >= CLEAR_LEAD || top.exact() && !next.exact();
        if (top.complete() && clear) {
            return new RecipeIndex.Match(Optional.of(index.recipe(top.doc())), List.of());
        }
        List<Recipe> alternatives = new ArrayList<>(MAX_ALTERNATIVES);
        for (int i = 0; i < ranked.length && i < MAX_ALTERNATIVES; i++) {
            alternatives.add(index.recipe(ranked[i].doc()));
        }
        return new RecipeIndex.Match(Optional.empty(), List.copyOf(alternatives), top.complete() && next != null);
    }

    /**
     * A title's closeness to the query.
     *
     * @param complete every unit typed is in the title
     * @param exact    the title is the query's units, no more, each as typed
     */
    private record Scored(int doc, float score, boolean complete, boolean exact) implements Comparable<Scored> {
        @Override
        public int compareTo(Scored other) {
            int byScore = Float.compare(other.score, score);
            return byScore != 0 ? byScore : Integer.compare(doc, other.doc);
        }
    }
}
