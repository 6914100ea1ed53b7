package dev.commis.search;

import dev.commis.vault.Recipe;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Filters recipes on terms, as "/random" and "/quick" need: a recipe passes when it matches every
 * term. A protein, cuisine, type or difficulty ("porc", "italienne", "plat", "facile", in French
 * or English) is looked up in the recipe's front matter and tags, where it is stated, not in its
 * text, where "porc" may only be a side ingredient (a recipe silent on it is judged by its
 * title). Vegetarian includes vegan. Any other term (a tag, a free word) is looked
 * up anywhere in the recipe, typos forgiven when the vault does not know the word.
 */
final class RecipeFilter {

    private final InvertedIndex index;

    RecipeFilter(InvertedIndex index) {
        this.index = index;
    }

    RecipeIndex.Filtered filter(String words) {
        List<Query.Unit> units = Query.units(words, true);
        List<String> terms = units.stream().map(Query.Unit::text).toList();
        boolean[] keep = new boolean[index.size()];
        Arrays.fill(keep, true);
        for (Query.Unit unit : units) {
            boolean[] matches = matches(unit);
            for (int doc = 0; doc < keep.length; doc++) {
                keep[doc] &= matches[doc];
            }
        }
        List<Recipe> recipes = new ArrayList<>();
        for (int doc = 0; doc < keep.length; doc++) {
            if (keep[doc]) {
                recipes.add(index.recipe(doc));
            }
        }
        return new RecipeIndex.Filtered(terms, List.copyOf(recipes));
    }

    private boolean[] matches(Query.Unit unit) {
        boolean[] matches = new boolean[index.size()];
        Concept concept = unit.concept();
        if (concept != null && concept.kind().isFacet()) {
            for (int doc : index.facet(concept)) {
                matches[doc] = true;
            }
            return matches;
        }
        if (concept != null && !unit.isWord()) {
            markAll(Expansion.of(index, unit, Field.all(), false), matches);
            return matches;
        }
        // Several words joined by hyphens ("sucré-salé"): each must be there.
        Arrays.fill(matches, true);
        for (String stem : unit.stems()) {
            boolean[] word = new boolean[index.size()];
            Concept named = unit.isWord() ? concept : Synonyms.wordConcept(stem);
            markAll(Expansion.ofWord(index, stem, named, Field.all(), false), word);
            for (int doc = 0; doc < matches.length; doc++) {
                matches[doc] &= word[doc];
            }
        }
        return matches;
    }

    private void markAll(List<Expansion.Candidate> candidates, boolean[] into) {
        for (Expansion.Candidate candidate : candidates) {
            for (int doc : index.docs(candidate.term())) {
                into[doc] = true;
            }
        }
    }
}
