package dev.commis.search;

import dev.commis.search.Concept.Kind;
import dev.commis.text.Folding;
import dev.commis.vault.IngredientGroup;
import dev.commis.vault.Recipe;
import dev.commis.vault.RecipeFacts;
import dev.commis.vault.Step;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What one recipe puts into the index: each of its terms with the fields it is found in, and the
 * size of its title. Among the terms are the facet terms ({@link Concept#facetTerm()}, in no
 * field) of its protein, cuisine, type and difficulty, as its front matter and tags state them,
 * or for a facet they say nothing about, as its title does. Made independently per recipe, so
 * recipes are read in parallel.
 *
 * @param fields     term to {@link Field} bits
 * @param titleUnits units in the title (see {@link Query#units})
 */
record RecipeTerms(Map<String, Integer> fields, int titleUnits) {

    static RecipeTerms of(Recipe recipe) {
        Map<String, Integer> fields = new HashMap<>(256);
        RecipeFacts facts = recipe.facts();
        Map<Kind, Set<Concept>> facets = new EnumMap<>(Kind.class);

        add(recipe.title(), Field.TITLE, fields);
        for (String tag : facts.tags()) {
            addTag(tag, fields, facets);
        }
        for (String value : List.of(facts.cuisine(), facts.type(), facts.protein(), facts.difficulty(), facts.source())) {
            add(value, Field.FACT, fields);
        }
        facts.extra().values().forEach(value -> add(value, Field.FACT, fields));
        for (IngredientGroup group : recipe.ingredients()) {
            group.items().forEach(item -> add(item, Field.INGREDIENT, fields));
        }
        for (Step step : recipe.steps()) {
            add(step.title(), Field.STEP, fields);
            add(step.text(), Field.STEP, fields);
        }

        addFacet(Kind.PROTEIN, facts.protein(), facets);
        addFacet(Kind.CUISINE, facts.cuisine(), facets);
        addFacet(Kind.TYPE, facts.type(), facets);
        addFacet(Kind.DIFFICULTY, facts.difficulty(), facets);
        // A recipe silent on a facet is judged by its title: "Poulet rôti" without front matter is still chicken.
        Set<Kind> silent = EnumSet.allOf(Kind.class);
        silent.removeAll(facets.keySet());
        for (Synonyms.Match match : Synonyms.scan(Tokens.stems(recipe.title()))) {
            Kind kind = match.concept().kind();
            if (kind.isFacet() && silent.contains(kind)) {
                facets.computeIfAbsent(kind, k -> new LinkedHashSet<>()).addAll(Synonyms.withBroader(match.concept()));
            }
        }
        facets.values().forEach(concepts -> concepts.forEach(concept -> fields.put(concept.facetTerm(), 0)));
        return new RecipeTerms(fields, Query.units(recipe.title(), false).size());
    }

    /** Adds the words of {@code text} and the concepts they name, found in {@code field}. */
    private static void add(String text, Field field, Map<String, Integer> into) {
        if (text == null || text.isBlank()) {
            return;
        }
        List<String> stems = Tokens.stems(text);
        int phraseEnd = 0;
        for (int i = 0; i < stems.size(); i++) {
            String stem = stems.get(i);
            if (Tokens.isStopword(stem)) {
                continue;
            }
            into.merge(stem, field.bit, RecipeTerms::or);
            // Same phrases as Synonyms.scan finds, left to right and not overlapping, in the same pass.
            Synonyms.Match match = i >= phraseEnd ? Synonyms.longestAt(stems, i) : null;
            if (match != null) {
                phraseEnd = match.end();
                for (String term : Synonyms.termsOf(match.concept())) {
                    into.merge(term, field.bit, RecipeTerms::or);
                }
            }
        }
    }

    private static Integer or(Integer a, Integer b) {
        return a | b;
    }

    /**
     * A tag counts by its last segment ("cuisine/italienne" is "italienne"), which is also a facet
     * value when the first segment names a facet, or, for a plain tag, when it is a facet word.
     */
    private static void addTag(String tag, Map<String, Integer> fields, Map<Kind, Set<Concept>> facets) {
        int slash = tag.lastIndexOf('/');
        String last = tag.substring(slash + 1);
        add(last, Field.TAG, fields);
        Kind named = null;
        if (slash >= 0) {
            named = Kind.ofTagPrefix(Folding.fold(tag.substring(0, tag.indexOf('/')).strip())).orElse(null);
            if (named == null) {
                return;
            }
        }
        for (Synonyms.Match match : Synonyms.scan(Tokens.stems(last))) {
            Kind kind = match.concept().kind();
            if (kind.isFacet() && (named == null || named == kind)) {
                facets.computeIfAbsent(kind, k -> new LinkedHashSet<>()).addAll(Synonyms.withBroader(match.concept()));
            }
        }
    }

    private static void addFacet(Kind kind, String value, Map<Kind, Set<Concept>> facets) {
        if (value == null || value.isBlank()) {
            return;
        }
        for (Synonyms.Match match : Synonyms.scan(Tokens.stems(value))) {
            if (match.concept().kind() == kind) {
                facets.computeIfAbsent(kind, k -> new LinkedHashSet<>()).addAll(Synonyms.withBroader(match.concept()));
            }
        }
    }
}
