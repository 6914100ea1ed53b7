package dev.commis.search;

import java.util.Optional;
import java.util.Set;

/**
 * One thing a recipe can be about, whatever the language it is named in: "porc" and "pork" are
 * the concept {@code pork}. The index stores a concept named in a recipe's text as the term
 * {@link #term()}, and a facet value stated in its front matter or tags as {@link #facetTerm()};
 * no word can collide with either.
 *
 * @param key     a short English name, unique in the table
 * @param kind    what the concept describes; the first four kinds are front matter facets
 * @param broader the key of a concept this one is a case of ("vegan" is "vegetarian"), or ""
 */
record Concept(String key, Kind kind, String broader) {

    /** What a concept describes. */
    enum Kind {
        PROTEIN("proteine", "protein"),
        CUISINE("cuisine"),
        TYPE("type", "course", "category", "categorie"),
        DIFFICULTY("difficulte", "difficulty", "niveau", "level"),
        INGREDIENT,
        DISH;

        private final Set<String> tagPrefixes;

        Kind(String... tagPrefixes) {
            this.tagPrefixes = Set.of(tagPrefixes);
        }

        /** Whether recipes are filtered on this kind through their front matter rather than their text. */
        boolean isFacet() {
            return !tagPrefixes.isEmpty();
        }

        /** The facet a hierarchical tag's first segment names ("protéine" in "protéine/porc"), folded. */
        static Optional<Kind> ofTagPrefix(String foldedPrefix) {
            for (Kind kind : values()) {
                if (kind.tagPrefixes.contains(foldedPrefix)) {
                    return Optional.of(kind);
                }
            }
            return Optional.empty();
        }
    }

    /** The index term standing for this concept. */
    String term() {
        return term(key);
    }

    /** The index term standing for the concept {@code key}. */
    static String term(String key) {
        return "=" + key;
    }

    /** The index term of the recipes that state this concept as their protein, cuisine, type or difficulty. */
    String facetTerm() {
        return "@" + key;
    }
}
