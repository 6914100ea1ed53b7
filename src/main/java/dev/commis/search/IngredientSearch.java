package dev.commis.search;

import dev.commis.vault.Recipe;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Ranks recipes by the ingredients they use out of a list, as "/with" needs: most used first,
 * then fewest other ingredients first (the recipe that needs the least shopping), then vault
 * order. Only ingredient lines count: "poireaux" in a step's serving suggestion does not. A
 * given ingredient of several words ("crème fraîche") is used when all its words are in the
 * recipe's ingredients, or the concept it names is ("pommes de terre" finds "potatoes").
 */
final class IngredientSearch {

    /** What separates the ingredients of a list: commas and the like, or "and" / "et" / "with" / "avec". */
    private static final Pattern SEPARATOR = Pattern.compile(
            "\\s*(?:[,;+&/\\n]|(?<![\\p{L}\\p{N}])(?:et|and|avec|with)(?![\\p{L}\\p{N}]))\\s*",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** Ingredients read from one list at most (one bit each). */
    static final int MAX_INGREDIENTS = 64;

    private final InvertedIndex index;

    IngredientSearch(InvertedIndex index) {
        this.index = index;
    }

    /** The ingredients of a list as written, trimmed, in order. */
    static List<String> split(String ingredients) {
        if (ingredients == null) {
            return List.of();
        }
        return Arrays.stream(SEPARATOR.split(ingredients))
                .map(String::strip)
                .filter(item -> !Query.units(item, false).isEmpty())
                .distinct()
                .limit(MAX_INGREDIENTS)
                .toList();
    }

    List<RecipeIndex.IngredientMatch> withIngredients(String ingredients) {
        List<String> items = split(ingredients);
        long[] used = new long[index.size()];
        for (int i = 0; i < items.size(); i++) {
            boolean[] uses = uses(items.get(i));
            for (int doc = 0; doc < used.length; doc++) {
                if (uses[doc]) {
                    used[doc] |= 1L << i;
                }
            }
        }
        List<Integer> docs = new ArrayList<>();
        for (int doc = 0; doc < used.length; doc++) {
            if (used[doc] != 0) {
                docs.add(doc);
            }
        }
        docs.sort((a, b) -> {
            int byUsed = Integer.compare(Long.bitCount(used[b]), Long.bitCount(used[a]));
            if (byUsed != 0) {
                return byUsed;
            }
            int byOthers = Integer.compare(others(a, used[a]), others(b, used[b]));
            return byOthers != 0 ? byOthers : Integer.compare(a, b);
        });
        List<RecipeIndex.IngredientMatch> out = new ArrayList<>(docs.size());
        for (int doc : docs) {
            List<String> names = new ArrayList<>();
            for (int i = 0; i < items.size(); i++) {
                if ((used[doc] & 1L << i) != 0) {
                    names.add(items.get(i));
                }
            }
            out.add(new RecipeIndex.IngredientMatch(index.recipe(doc), List.copyOf(names)));
        }
        return List.copyOf(out);
    }

    /** Ingredient lines of {@code doc} not accounted for by the ingredients given. */
    private int others(int doc, long used) {
        return Math.max(0, index.ingredientCount(doc) - Long.bitCount(used));
    }

    /** Which recipes use {@code item}: every unit of it in their ingredient lines. */
    private boolean[] uses(String item) {
        boolean[] uses = new boolean[index.size()];
        Arrays.fill(uses, true);
        for (Query.Unit unit : Query.units(item, false)) {
            boolean[] found = new boolean[index.size()];
            for (Expansion.Candidate candidate : Expansion.of(index, unit, Field.INGREDIENT.bit, false)) {
                int[] docs = index.docs(candidate.term());
                byte[] fields = index.fields(candidate.term());
                for (int i = 0; i < docs.length; i++) {
                    if ((fields[i] & Field.INGREDIENT.bit) != 0) {
                        found[docs[i]] = true;
                    }
                }
            }
            for (int doc = 0; doc < uses.length; doc++) {
                uses[doc] &= found[doc];
            }
        }
        return uses;
    }
}
