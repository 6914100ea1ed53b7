package dev.commis.search;

import dev.commis.search.Concept.Kind;
import java.util.Optional;

/**
 * The ingredient a whole name stands for in the French/English synonym table, so that other
 * layers can tell that "oeufs" and "eggs", "sel" and "salt" are one thing: "sucre" is
 * {@code sugar}, "sucre glace" is nothing (the table does not know it as a whole, so it is not
 * sugar). Only whole names are recognised, never a part of one: a word that changes the product
 * ("oignon rouge", "jaunes d'oeufs") keeps the name apart. Immutable; safe from any thread.
 */
public final class IngredientSynonyms {

    private IngredientSynonyms() {
    }

    /** The English key of the ingredient the whole of {@code name} names ("œufs" → "egg"), if the table knows it. */
    public static Optional<String> keyOf(String name) {
        if (name == null || name.isBlank()) {
            return Optional.empty();
        }
        return Synonyms.lookup(name).filter(concept -> concept.kind() == Kind.INGREDIENT).map(Concept::key);
    }
}
