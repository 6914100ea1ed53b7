package dev.commis.search;

import dev.commis.vault.Recipe;
import dev.commis.vault.VaultSnapshot;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The search index over one immutable vault snapshot; built once per snapshot, then read-only and
 * thread-safe. Every lookup folds case and accents, reads French and English alike ("porc" is
 * "pork"), ignores word order and forgives typos in words the vault does not know.
 */
public final class RecipeIndex {

    private final VaultSnapshot snapshot;
    private final NameFinder names;
    private final TextSearch text;
    private final RecipeFilter filters;
    private final IngredientSearch ingredients;

    private RecipeIndex(VaultSnapshot snapshot, InvertedIndex index) {
        this.snapshot = snapshot;
        this.names = new NameFinder(index);
        this.text = new TextSearch(index);
        this.filters = new RecipeFilter(index);
        this.ingredients = new IngredientSearch(index);
    }

    /** Indexes every recipe of {@code snapshot}, reading them on all cores. */
    public static RecipeIndex of(VaultSnapshot snapshot) {
        Objects.requireNonNull(snapshot, "snapshot");
        return new RecipeIndex(snapshot, IndexBuilder.build(snapshot.recipes()));
    }

    /** The snapshot this index was built over. */
    public VaultSnapshot snapshot() {
        return snapshot;
    }

    /**
     * For "/recipe <name>": tolerant of accents, case, word order and typos ("risoto", "crepes", "burnt end",
     * "boeuf bourguigon"). best is present when one recipe is clearly the closest; otherwise alternatives holds the
     * few (at most 5) about-as-close recipes, closest first, so the bot can offer a choice instead of guessing wrong;
     * both empty when nothing is close.
     */
    public Match find(String name) {
        return names.find(name == null ? "" : name);
    }

    /** The recipes whose title is exactly {@code name}, folded for case, accents and punctuation; usually one or none. */
    public List<Recipe> titled(String name) {
        return names.titled(name == null ? "" : name);
    }

    /**
     * The answer to {@link #find}: one recipe, or a few to choose from, or nothing.
     *
     * @param best         the recipe meant, when it is clear
     * @param alternatives when it is not: the closest recipes, closest first, at most 5; else empty
     * @param close        whether several alternatives each have every word asked (a real choice), rather than
     *                     the recipe asked not existing and these being merely the closest
     */
    public record Match(Optional<Recipe> best, List<Recipe> alternatives, boolean close) {
        public Match {
            Objects.requireNonNull(best, "best");
            alternatives = List.copyOf(alternatives);
            close = close && alternatives.size() > 1;
        }

        /** A match that is not a choice among close recipes. */
        public Match(Optional<Recipe> best, List<Recipe> alternatives) {
            this(best, alternatives, false);
        }
    }

    /**
     * For "/search <words>": every recipe that matches, best first, over titles (weighted most), tags, front matter
     * values, ingredients and step text; typo-tolerant. A recipe matches when it has every word; when none has them
     * all, the recipes having the most of them answer.
     */
    public List<Recipe> search(String words) {
        return text.search(words == null ? "" : words);
    }

    /**
     * For "/random" and "/quick": recipes matching every filter term, in vault order. A term is a protein, cuisine, type,
     * difficulty, tag or free word, in French or English ("porc" = "pork", "poulet" = "chicken", "végé" = "vegetarian",
     * "italienne" = "italian", "dessert", "plat" = main course, "facile" = "easy"); multi-word terms such as
     * "fruits de mer" or "plat principal" stay one term. terms lists the terms as read (for messages).
     * No term at all lets every recipe through.
     */
    public Filtered filter(String words) {
        return filters.filter(words == null ? "" : words);
    }

    /**
     * The answer to {@link #filter}.
     *
     * @param terms   the terms read, as typed ({@code fruits de mer}, {@code végé})
     * @param recipes the recipes matching all of them, in vault order
     */
    public record Filtered(List<String> terms, List<Recipe> recipes) {
        public Filtered {
            terms = List.copyOf(terms);
            recipes = List.copyOf(recipes);
        }
    }

    /**
     * For "/with <ingredients>": recipes ranked by how many of the given ingredients they use (most first, then fewer
     * other ingredients first). The list may be written "leeks and bacon", "poireaux, lardons", "poireaux et lardons".
     * used names the given ingredients each recipe uses.
     */
    public List<IngredientMatch> withIngredients(String ingredients) {
        return this.ingredients.withIngredients(ingredients == null ? "" : ingredients);
    }

    /**
     * One recipe of {@link #withIngredients}.
     *
     * @param recipe the recipe
     * @param used   the given ingredients it uses, as they were written, in the order given
     */
    public record IngredientMatch(Recipe recipe, List<String> used) {
        public IngredientMatch {
            Objects.requireNonNull(recipe, "recipe");
            used = List.copyOf(used);
        }
    }
}
