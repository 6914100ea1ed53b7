package dev.commis.kitchen;

import static dev.commis.kitchen.TestRecipes.recipe;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.commis.kitchen.ShoppingList.Item;
import dev.commis.kitchen.ShoppingList.Portion;
import dev.commis.vault.IngredientGroup;
import dev.commis.vault.Recipe;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** One list over several recipes: what merges, what stays apart, and how it reads. */
class ShoppingListTest {

    private static List<Item> list(UnitSystem system, Portion... portions) {
        return ShoppingList.of(List.of(portions), system);
    }

    private static List<String> texts(Recipe... recipes) {
        return list(UnitSystem.AS_WRITTEN, Arrays.stream(recipes).map(r -> new Portion(r, 1))
                .toArray(Portion[]::new)).stream().map(Item::text).toList();
    }

    @Test
    void mergesTheSeedForTwelveWithAnotherRecipe() {
        Recipe cookies = recipe("Miso cookies", "50 g unsalted butter", "¾ cup (150g) brown sugar",
                "1 tbsp soy sauce", "1 tsp sea salt", "2 eggs");
        List<Item> items = list(UnitSystem.AS_WRITTEN, new Portion(TestRecipes.seed(), 2), new Portion(cookies, 1));
        assertThat(items).extracting(Item::text).contains("4 kg pork belly", "300 g unsalted butter",
                "2 tbsp + 370 g brown sugar", "3 tbsp soy sauce", "5 tsp sea salt", "½ tsp chilli powder",
                "2 eggs", "kimchi mac and cheese");
        assertThat(items).filteredOn(item -> item.name().equals("unsalted butter")).singleElement()
                .satisfies(butter -> assertThat(butter.recipes())
                        .containsExactly("Pork Belly Burnt Ends - Miso Butterscotch Glaze", "Miso cookies"));
    }

    @Test
    void addsGarlicClovesWrittenInTheSingularAndThePlural() {
        assertThat(texts(recipe("Gratin", "1 gousse d'ail"), recipe("Ratatouille", "2 gousses d'ail, écrasées")))
                .containsExactly("3 gousses d'ail");
    }

    @Test
    void addsTheSameButterWrittenGluedAndSpaced() {
        assertThat(texts(recipe("Burnt ends", "125g unsalted butter"), recipe("Cookies", "50 g unsalted butter")))
                .containsExactly("175 g unsalted butter");
    }

    @Test
    void addsGramsAndKilogramsInTheLargerFittingUnit() {
        assertThat(texts(recipe("Crêpes", "500 g de farine"), recipe("Pain", "1 kg de farine")))
                .containsExactly("1,5 kg farine");
    }

    @Test
    void addsMillilitresCentilitresAndLitres() {
        assertThat(texts(recipe("A", "250 ml de lait"), recipe("B", "20 cl de lait"), recipe("C", "1 l de lait")))
                .containsExactly("1,45 l lait");
    }

    @Test
    void addsSpoonsAsSpoons() {
        assertThat(texts(recipe("A", "1 c. à soupe d'huile d'olive"), recipe("B", "1 c. à café d'huile d'olive")))
                .containsExactly("1 ⅓ c. à soupe huile d'olive");
    }

    @Test
    void addsRangesEndByEnd() {
        assertThat(texts(recipe("A", "2-3 gousses d'ail"), recipe("B", "1 gousse d'ail")))
                .containsExactly("3-4 gousses d'ail");
    }

    @Test
    void addsPackagesOfTheSameSize() {
        assertThat(texts(recipe("Chili", "2 × 400 g de tomates concassées"),
                recipe("Sauce", "1 × 400 g de tomates concassées")))
                .containsExactly("3 × 400 g tomates concassées");
    }

    @Test
    void keepsUnitsThatCannotBeAddedSideBySideOnOneLine() {
        assertThat(texts(recipe("A", "200 g sugar"), recipe("B", "2 cups sugar")))
                .containsExactly("200 g + 2 cups sugar");
    }

    @Test
    void countsABracketedEquivalentWhereItAddsUp() {
        assertThat(texts(recipe("A", "110g (½ cup) brown sugar"), recipe("B", "¾ cup (150g) brown sugar")))
                .containsExactly("260 g brown sugar");
    }

    @Test
    void listsALineWithoutQuantityOnce() {
        List<Item> items = list(UnitSystem.AS_WRITTEN, new Portion(recipe("Gratin", "sel, poivre"), 1),
                new Portion(recipe("Ratatouille", "sel, poivre"), 2));
        assertThat(items).containsExactly(new Item("sel, poivre", "", List.of("Gratin", "Ratatouille")));
    }

    @Test
    void givesALineWithoutQuantityTheQuantityAnotherRecipeAsksFor() {
        assertThat(texts(recipe("A", "sel"), recipe("B", "une pincée de sel")))
                .containsExactly("1 pincée sel");
    }

    @Test
    void ordersItemsByFoldedName() {
        assertThat(list(UnitSystem.AS_WRITTEN, new Portion(recipe("A", "2 Échalotes", "1 zeste de citron",
                "20 g de beurre", "1 gousse d'ail", "Ail des ours"), 1)))
                .extracting(Item::name)
                .containsExactly("Ail des ours", "beurre", "Échalotes", "gousse d'ail", "zeste de citron");
    }

    @Test
    void scalesEachPortionByItsOwnFactor() {
        assertThat(list(UnitSystem.AS_WRITTEN, new Portion(recipe("A", "100 g de beurre"), 2),
                new Portion(recipe("B", "100 g de beurre"), 0.5)))
                .extracting(Item::text).containsExactly("250 g beurre");
    }

    @Test
    void namesARecipeOnceWhenTwoOfItsGroupsNeedTheSameIngredient() {
        Recipe ramen = TestRecipes.withGroups("Ramen", new IngredientGroup("Broth", List.of("1 tbsp soy sauce")),
                new IngredientGroup("Tare", List.of("1 tbsp soy sauce")));
        assertThat(list(UnitSystem.AS_WRITTEN, new Portion(ramen, 1)))
                .containsExactly(new Item("soy sauce", "2 tbsp", List.of("Ramen")));
    }

    @Test
    void writesTheListInMetric() {
        assertThat(list(UnitSystem.METRIC, new Portion(recipe("A", "1 cup milk", "8 oz (225g) dark chocolate"), 1),
                new Portion(recipe("B", "100 ml milk"), 1)))
                .extracting(Item::text).containsExactly("225 g dark chocolate", "340 ml milk");
    }

    @Test
    void writesTheListInImperial() {
        assertThat(list(UnitSystem.IMPERIAL, new Portion(TestRecipes.seed(), 2)))
                .extracting(Item::text)
                .contains("8 ¾ lb pork belly", "9 oz unsalted butter", "1 ¼ cups brown sugar",
                        "6 ½ fl oz thickened cream", "½ tsp chilli powder");
    }

    @Test
    void givesAnEmptyListForNoPortions() {
        assertThat(ShoppingList.of(List.of(), UnitSystem.AS_WRITTEN)).isEmpty();
    }

    @Test
    void refusesAPortionWithoutAPositiveFactor() {
        assertThatThrownBy(() -> new Portion(recipe("A", "2 eggs"), 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest(name = "\"{0}\" and \"{1}\" read \"{2}\"")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "farine      | 750 g   | 750 g farine",
            "soy sauce   | 2 tbsp  | 2 tbsp soy sauce",
            "sel         | \"\"    | sel",
            "gousses d'ail | 3     | 3 gousses d'ail",
    })
    void writesAnItemAsQuantityThenName(String name, String quantity, String text) {
        assertThat(new Item(name, quantity, List.of("A")).text()).isEqualTo(text);
    }
}
