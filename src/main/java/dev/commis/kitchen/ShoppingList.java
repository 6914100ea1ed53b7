package dev.commis.kitchen;

import dev.commis.vault.Recipe;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * A shopping list over several recipes, each for its own number of servings: one line per
 * ingredient with its quantities added up. Ingredients meet when their names agree once folded,
 * stripped of "de"/"d'"/"of", of notes after a comma and of a plural s or x. Quantities that
 * cannot be added (grams and cups of the same sugar) share one line: "200 g + 2 cups". Given the
 * ingredient synonyms, names in two languages meet too ("8 oeufs" and "4 very fresh eggs"). A line
 * naming a recipe that is itself on the list is left out.
 */
public final class ShoppingList {

    private ShoppingList() {
    }

    /**
     * One recipe, its quantities multiplied by {@code factor} (wanted servings over written servings).
     *
     * @throws IllegalArgumentException when factor is not a positive finite number
     */
    public record Portion(Recipe recipe, double factor) {

        public Portion {
            Objects.requireNonNull(recipe, "recipe");
            Quantities.checkFactor(factor);
        }
    }

    /**
     * One line of the list: the ingredient's name, its merged quantity as text ("" when none), the
     * titles of the recipes that need it.
     */
    public record Item(String name, String quantity, List<String> recipes) {

        public Item {
            Objects.requireNonNull(name, "name");
            quantity = quantity == null ? "" : quantity;
            recipes = List.copyOf(recipes);
        }

        /** "750 g farine" / "2 tbsp soy sauce" / "sel" — quantity then name, as a cook writes it. */
        public String text() {
            if (quantity.isEmpty() || name.isEmpty()) {
                return quantity.isEmpty() ? name : quantity;
            }
            return quantity + " " + name;
        }
    }

    /**
     * One merged list over every ingredient of every portion: the same ingredient in compatible units
     * summed, in the given system; ordered by name (folded).
     */
    public static List<Item> of(List<Portion> portions, UnitSystem system) {
        return of(portions, system, name -> Optional.empty());
    }

    /**
     * As {@link #of(List, UnitSystem)}, two names meeting also when {@code synonyms} finds the same
     * ingredient in both ("oeufs" and "eggs" are "egg"). The synonyms come from the caller because
     * they live with search, which this package may not use (DESIGN.md §2); a function keeps the
     * one table where it is, rather than a copy here that could drift from what search knows.
     *
     * @param synonyms the key of the ingredient a whole name stands for, whatever its language, if known
     */
    public static List<Item> of(List<Portion> portions, UnitSystem system, Function<String, Optional<String>> synonyms) {
        Objects.requireNonNull(system, "system");
        Basket basket = new Basket(Objects.requireNonNull(synonyms, "synonyms"));
        portions.forEach(basket::add);
        return basket.items(system);
    }
}
