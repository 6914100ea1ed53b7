package dev.commis.search;

import static org.assertj.core.api.Assertions.assertThat;

import dev.commis.text.Folding;
import dev.commis.vault.Recipe;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** "/recipe name" over the sample vault. */
class FindTest {

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "burnt ends                | Pork Belly Burnt Ends - Miso Butterscotch Glaze",
            "burnt end                 | Pork Belly Burnt Ends - Miso Butterscotch Glaze",
            "pork belly                | Pork Belly Burnt Ends - Miso Butterscotch Glaze",
            "Pork Belly Burnt Ends     | Pork Belly Burnt Ends - Miso Butterscotch Glaze",
            "crepes                    | Crêpes",
            "CRÊPES                    | Crêpes",
            "risoto                    | Risotto aux champignons",
            "risotto champignons       | Risotto aux champignons",
            "boeuf bourguigon          | Boeuf bourguignon",
            "bourguignon bœuf          | Boeuf bourguignon",
            "\"soupe à l'oignon\"      | Soupe à l'oignon gratinée",
            "carbonara spaghetti       | Spaghetti alla Carbonara",
            "chiken tika masala        | Chicken Tikka Masala",
            "creme brulee              | Crème brûlée",
            "pad thai                  | Pad Thai",
            "tiramsiu                  | Tiramisu",
            "paella fruits de mer      | Paella aux fruits de mer",
            "the recipe for moussaka   | Moussaka",
    })
    void findsTheRecipeMeantDespiteAccentsCaseOrderAndTypos(String name, String title) {
        RecipeIndex.Match match = Vaults.sample().find(name);

        assertThat(match.best()).map(Recipe::title).contains(title);
        assertThat(match.alternatives()).isEmpty();
    }

    @ParameterizedTest(name = "\"{0}\" is ambiguous")
    @CsvSource(delimiter = '|', value = {
            "chicken   | chicken",
            "chocolat  | chocolat",
            "crème     | creme",
            "tacos     | taco",
    })
    void offersSeveralAlternativesWhenNoRecipeIsClearlyMeant(String name, String word) {
        RecipeIndex.Match match = Vaults.sample().find(name);

        assertThat(match.best()).isEmpty();
        assertThat(match.alternatives()).hasSizeBetween(2, NameFinder.MAX_ALTERNATIVES)
                .anySatisfy(recipe -> assertThat(Folding.fold(recipe.title())).contains(word));
    }

    @Test
    void offersAtMostFiveAlternativesClosestFirst() {
        RecipeIndex.Match match = Vaults.sample().find("chicken");

        assertThat(match.alternatives()).hasSize(5);
        assertThat(match.alternatives().get(0).title()).isEqualTo("Chicken Teriyaki");
        assertThat(match.alternatives().subList(0, 4)).allSatisfy(recipe -> assertThat(recipe.title()).contains("Chicken"));
    }

    @Test
    void offersFrenchTitlesForAnEnglishWord() {
        assertThat(Vaults.titles(Vaults.sample().find("chicken").alternatives())).contains("Poulet yassa");
    }

    @ParameterizedTest(name = "\"{0}\" finds nothing")
    @ValueSource(strings = {"zzkrptq", "xylophone quantique", "", "   ", "de la", "?!"})
    void findsNothingWhenNothingIsClose(String name) {
        RecipeIndex.Match match = Vaults.sample().find(name);

        assertThat(match.best()).isEmpty();
        assertThat(match.alternatives()).isEmpty();
    }

    @Test
    void offersAPartialMatchRatherThanTakingIt() {
        RecipeIndex.Match match = Vaults.sample().find("tarte aux pommes de mamie");

        assertThat(match.best()).isEmpty();
        assertThat(Vaults.titles(match.alternatives())).containsExactly("Tarte aux pommes");
    }

    @Test
    void completesTheLastWordTyped() {
        assertThat(Vaults.sample().find("shaksh").best()).map(Recipe::title).contains("Shakshuka");
    }

    @Test
    void takesAnExactTitleOverLongerOnesStartingTheSame(@TempDir Path dir) {
        RecipeIndex index = Vaults.written(dir,
                "a.md", Vaults.recipe("Chicken Teriyaki", "", "1 chicken"),
                "b.md", Vaults.recipe("Chicken Teriyaki Bowl", "", "1 chicken"));

        assertThat(index.find("chicken teriyaki").best()).map(Recipe::title).contains("Chicken Teriyaki");
    }
}
