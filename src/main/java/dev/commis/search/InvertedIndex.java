package dev.commis.search;

import dev.commis.vault.Recipe;
import java.util.List;

/**
 * The built index, read-only: for every term the recipes (as their place in the vault) that use
 * it and in which fields (none, for facet terms), the same restricted to titles, and the few
 * numbers per recipe that ranking needs. Postings are sorted by recipe. Built by
 * {@link IndexBuilder}; never changed afterwards, so any number of threads may read it.
 */
final class InvertedIndex {

    private static final int[] NONE = new int[0];

    private final List<Recipe> recipes;
    private final Dictionary dictionary;
    private final int[][] docs;
    private final byte[][] fields;
    private final byte[] termFields;
    private final int[][] titleDocs;
    private final int[] titleUnits;
    private final int[] ingredientCounts;

    InvertedIndex(List<Recipe> recipes, Dictionary dictionary, int[][] docs, byte[][] fields, int[][] titleDocs,
                  int[] titleUnits) {
        this.recipes = recipes;
        this.dictionary = dictionary;
        this.docs = docs;
        this.fields = fields;
        this.titleDocs = titleDocs;
        this.titleUnits = titleUnits;
        this.termFields = new byte[docs.length];
        for (int term = 0; term < docs.length; term++) {
            int mask = 0;
            for (byte b : fields[term]) {
                mask |= b;
            }
            termFields[term] = (byte) mask;
        }
        this.ingredientCounts = recipes.stream().mapToInt(Recipe::ingredientCount).toArray();
    }

    int size() {
        return recipes.size();
    }

    Recipe recipe(int doc) {
        return recipes.get(doc);
    }

    Dictionary dictionary() {
        return dictionary;
    }

    /** The id of {@code term} when some recipe uses it in one of the fields of {@code scope}, else -1. */
    int termIn(String term, int scope) {
        int id = dictionary.id(term);
        return id >= 0 && inScope(id, scope) ? id : -1;
    }

    /** Whether some recipe uses term {@code id} in one of the fields of {@code scope}. */
    boolean inScope(int id, int scope) {
        return (termFields[id] & scope) != 0;
    }

    /** Recipes using term {@code id}, ascending. */
    int[] docs(int id) {
        return docs[id];
    }

    /** For each of {@link #docs(int)}, the fields the term is in, as {@link Field} bits. */
    byte[] fields(int id) {
        return fields[id];
    }

    /** Recipes whose title has term {@code id}, ascending. */
    int[] titleDocs(int id) {
        return titleDocs[id];
    }

    /** Recipes stating {@code concept} as their protein, cuisine, type or difficulty, ascending. */
    int[] facet(Concept concept) {
        int id = dictionary.id(concept.facetTerm());
        return id < 0 ? NONE : docs[id];
    }

    /** How many units (words or known phrases, stopwords aside) the title of {@code doc} has. */
    int titleUnits(int doc) {
        return titleUnits[doc];
    }

    /** How many ingredient lines {@code doc} has. */
    int ingredientCount(int doc) {
        return ingredientCounts[doc];
    }
}
