package dev.commis.kitchen;

import static dev.commis.kitchen.TestRecipes.recipe;
import static org.assertj.core.api.Assertions.assertThat;

import dev.commis.kitchen.ShoppingList.Item;
import dev.commis.kitchen.ShoppingList.Portion;
import dev.commis.text.Folding;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Lines in two languages, or naming another recipe of the list: what merges and what stays apart,
 * given a synonym function (here a small stand-in for the one search gives the chat).
 */
class ShoppingListSynonymsTest {

    private static final Map<String, String> TABLE = Map.ofEntries(Map.entry("oeufs", "egg"), Map.entry("oeuf", "egg"),
            Map.entry("eggs", "egg"), Map.entry("egg", "egg"), Map.entry("sel", "salt"), Map.entry("salt", "salt"),
            Map.entry("d'ail", "garlic"), Map.entry("ail", "garlic"), Map.entry("garlic", "garlic"),
            Map.entry("of garlic", "garlic"), Map.entry("sucre", "sugar"), Map.entry("sugar", "sugar"),
            Map.entry("oignon", "onion"), Map.entry("onion", "onion"), Map.entry("onions", "onion"),
            Map.entry("tomates", "tomato"), Map.entry("tomatoes", "tomato"), Map.entry("tomato", "tomato"),
            Map.entry("creme", "cream"), Map.entry("cream", "cream"), Map.entry("huile d'olive", "olive oil"),
            Map.entry("olive oil", "olive oil"), Map.entry("de vanille", "vanilla"), Map.entry("vanilla", "vanilla"));
    private static final Function<String, Optional<String>> SYNONYMS =
            name -> Optional.ofNullable(TABLE.get(Folding.fold(name)));

    private static List<String> texts(String first, String second) {
        return ShoppingList.of(List.of(new Portion(recipe("A", first.split(";")), 1),
                        new Portion(recipe("B", second.split(";")), 1)), UnitSystem.AS_WRITTEN, SYNONYMS)
                .stream().map(Item::text).toList();
    }

    @ParameterizedTest(name = "\"{0}\" and \"{1}\" make \"{2}\"")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "8 oeufs                    | 4 very fresh eggs, separated | 12 oeufs",
            "4 very fresh eggs          | 8 oeufs                      | 12 very fresh eggs",
            "6 oeufs très frais         | 2 eggs                       | 8 oeufs très frais",
            "1 pincée de sel            | a pinch of salt              | 2 pincées sel",
            "a pinch of salt            | une pincée de sel            | 2 pinches salt",
            "1 c. à soupe d'huile d'olive | 2 tbsp olive oil           | 3 c. à soupe huile d'olive",
            "1 cuillère à café de sucre | 1 tbsp sugar                 | 4 cuillères à café sucre",
            "2 gousses d'ail            | 2 garlic cloves, crushed     | 4 gousses d'ail",
            "1 gousse d'ail             | 3 cloves of garlic           | 4 gousses d'ail",
            "1 gousse de vanille        | 1 vanilla pod                | 2 gousses de vanille",
            "2 large onions             | 1 oignon                     | 3 large onions",
            "2 ripe tomatoes            | 3 tomates bien mûres         | 5 ripe tomatoes",
            "1 ripe tomato              | 2 tomates                    | 3 ripe tomatoes",
            "1 gousse d'ail             | 1 gousse d'ail, pelée        | 2 gousses d'ail",
            "1 oeuf                     | 1 egg                        | 2 oeufs",
            "1 very fresh egg           | 3 oeufs                      | 4 very fresh eggs",
    })
    void mergesOneIngredientWrittenInTwoLanguages(String first, String second, String merged) {
        assertThat(texts(first, second)).containsExactly(merged);
    }

    @ParameterizedTest(name = "\"{0}\" and \"{1}\" stay apart")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "100 g de sucre       | 50 g de sucre glace",
            "100 g sugar          | 50 g icing sugar",
            "1 oignon             | 1 oignon rouge",
            "1 onion              | 1 red onion",
            "4 oeufs              | 2 jaunes d'oeufs",
            "20 cl de crème       | 20 cl de crème fraîche",
            "1 gousse d'ail       | 1 garlic bulb",
            "2 gousses d'ail      | 1 tsp garlic",
    })
    void keepsDifferentProductsApart(String first, String second) {
        assertThat(texts(first, second)).hasSize(2);
    }

    @ParameterizedTest(name = "\"{0}\" is left out beside the recipe \"{1}\"")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "Guacamole, to serve         | Guacamole",
            "[[Guacamole]], to serve     | Guacamole",
            "[[Guacamole]] (fait maison) | Guacamole",
            "Sauce vierge, pour servir   | Sauce vierge",
            "2 cups guacamole            | Guacamole",
    })
    void leavesOutARecipeThatIsOnTheListItself(String line, String title) {
        List<Item> items = ShoppingList.of(List.of(new Portion(recipe("Tacos", line, "1 lime"), 1),
                new Portion(recipe(title, "3 avocados"), 1)), UnitSystem.AS_WRITTEN, SYNONYMS);
        assertThat(items).extracting(Item::text).containsExactly("3 avocados", "1 lime");
    }

    @Test
    void readsALinkByItsLabel() {
        List<Item> items = ShoppingList.of(List.of(new Portion(recipe("Tacos", "[[guacamole-maison|Guacamole]], to serve"), 1),
                new Portion(recipe("Guacamole", "3 avocados"), 1)), UnitSystem.AS_WRITTEN, SYNONYMS);
        assertThat(items).extracting(Item::text).containsExactly("3 avocados");
    }

    @ParameterizedTest(name = "\"{0}\" stays when the recipe is not on the list")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "Guacamole, to serve     | Guacamole",
            "[[Guacamole]], to serve | Guacamole",
    })
    void keepsARecipeLineWhenThatRecipeIsNotOnTheList(String line, String name) {
        assertThat(ShoppingList.of(List.of(new Portion(recipe("Tacos", line), 1)), UnitSystem.AS_WRITTEN, SYNONYMS))
                .extracting(Item::text).containsExactly(name);
    }
}
