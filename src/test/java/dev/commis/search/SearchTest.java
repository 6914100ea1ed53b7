package dev.commis.search;

import static org.assertj.core.api.Assertions.assertThat;

import dev.commis.vault.Recipe;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** "/search words" over the sample vault. */
class SearchTest {

    @ParameterizedTest(name = "\"{0}\" finds {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "choclat                   | Fondant au chocolat",
            "pork                      | Porc au caramel",
            "porc                      | Pork Gyoza",
            "seafood                   | Paella aux fruits de mer",
            "smoker                    | Pork Belly Burnt Ends - Miso Butterscotch Glaze",
            "instagram                 | Pork Belly Burnt Ends - Miso Butterscotch Glaze",
            "chandeleur                | Crêpes",
            "festif                    | Pork Belly Burnt Ends - Miso Butterscotch Glaze",
            "américaine                | Pork Belly Burnt Ends - Miso Butterscotch Glaze",
            "potatoes                  | Gratin dauphinois",
            "lemongrass                | Tom Yum Goong",
    })
    void findsWordsInTitlesTagsFrontMatterIngredientsAndStepsInEitherLanguage(String words, String title) {
        assertThat(Vaults.titles(Vaults.sample().search(words))).contains(title);
    }

    @Test
    void ranksATitleHitAboveAnIngredientOnlyHit() {
        List<String> found = Vaults.titles(Vaults.sample().search("garlic"));

        assertThat(found.get(0)).isEqualTo("Garlic Naan");
        assertThat(found.indexOf("Garlic Naan"))
                .isLessThan(found.indexOf("Pork Belly Burnt Ends - Miso Butterscotch Glaze"));
    }

    @Test
    void ranksTitleHitsFirst() {
        assertThat(Vaults.titles(Vaults.sample().search("chocolat")).subList(0, 4)).containsExactlyInAnyOrder(
                "Fondant au chocolat", "Mousse au chocolat", "Churros et chocolat chaud", "Chocolate Chip Cookies");
    }

    @Test
    void keepsOnlyRecipesHavingEveryWord() {
        List<Recipe> found = Vaults.sample().search("mousse chocolat");

        assertThat(Vaults.titles(found)).containsExactly("Mousse au chocolat");
    }

    @Test
    void fallsBackToTheRecipesHavingMostWordsWhenNoneHasAll() {
        assertThat(Vaults.titles(Vaults.sample().search("miso zzkrptq"))).containsExactlyInAnyOrder(
                "Miso Soup with Tofu", "Pork Belly Burnt Ends - Miso Butterscotch Glaze");
    }

    @Test
    void doesNotCompleteAWordTheVaultKnows() {
        assertThat(Vaults.titles(Vaults.sample().search("lait"))).doesNotContain("Taboulé libanais");
    }

    @Test
    void completesTheLastWordTyped() {
        assertThat(Vaults.titles(Vaults.sample().search("lamb kof"))).containsExactly("Lamb Kofta");
    }

    @ParameterizedTest(name = "\"{0}\" finds nothing")
    @ValueSource(strings = {"zzkrptq", "", "  ", "!!"})
    void findsNothingForWordsNoRecipeHas(String words) {
        assertThat(Vaults.sample().search(words)).isEmpty();
    }

    @Test
    void breaksTiesInVaultOrder(@TempDir Path dir) {
        RecipeIndex index = Vaults.written(dir,
                "b.md", Vaults.recipe("Soupe au potiron", "", "1 potiron"),
                "a.md", Vaults.recipe("Soupe aux poireaux", "", "3 poireaux"));

        assertThat(Vaults.titles(index.search("soupe"))).containsExactly("Soupe aux poireaux", "Soupe au potiron");
    }
}
