package dev.commis.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** "/with ingredients". */
class WithIngredientsTest {

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "poireaux et lardons               | poireaux;lardons",
            "leeks and bacon                   | leeks;bacon",
            "poireaux, lardons                 | poireaux;lardons",
            "garlic, lemon; thyme + salt       | garlic;lemon;thyme;salt",
            "pommes de terre et crème fraîche  | pommes de terre;crème fraîche",
            "\"huile d'olive, ail\"            | huile d'olive;ail",
            "Bettes & Épinards                 | Bettes;Épinards",
            "mac and cheese                    | mac;cheese",
    })
    void splitsAListWrittenInFrenchOrEnglish(String list, String items) {
        assertThat(IngredientSearch.split(list)).containsExactly(items.split(";"));
    }

    @ParameterizedTest(name = "\"{0}\"")
    @CsvSource(delimiter = '|', value = {
            "poireaux et lardons",
            "leeks and bacon",
            "Poireau, Lardon",
    })
    void ranksByIngredientsUsedThenByFewestOthers(String list, @TempDir Path dir) {
        RecipeIndex index = Vaults.written(dir,
                "quiche.md", Vaults.recipe("Quiche", "", "2 poireaux", "200 g de lardons", "3 oeufs", "20 cl de crème"),
                "fondue.md", Vaults.recipe("Fondue", "", "4 poireaux", "100 g de lardons fumés"),
                "soupe.md", Vaults.recipe("Soupe", "", "3 poireaux", "2 pommes de terre"),
                "tarte.md", Vaults.recipe("Tarte", "", "1 pâte brisée", "3 pommes"));

        List<RecipeIndex.IngredientMatch> found = index.withIngredients(list);

        assertThat(found).extracting(match -> match.recipe().title()).containsExactly("Fondue", "Quiche", "Soupe");
        assertThat(found.get(2).used()).hasSize(1);
    }

    @Test
    void namesTheIngredientsUsedAsTheyWereGiven() {
        List<RecipeIndex.IngredientMatch> found = Vaults.sample().withIngredients("poireaux et lardons");

        assertThat(found).extracting(match -> match.recipe().title())
                .contains("Quiche lorraine", "Boeuf bourguignon");
        assertThat(found).allSatisfy(match -> assertThat(match.used()).containsExactly("lardons"));
    }

    @Test
    void findsFrenchIngredientsFromEnglishNames() {
        List<RecipeIndex.IngredientMatch> found = Vaults.sample().withIngredients("garlic, lemon");

        assertThat(found.get(0).used()).containsExactly("garlic", "lemon");
        assertThat(found).filteredOn(match -> match.used().size() == 2).extracting(match -> match.recipe().title())
                .contains("Houmous maison", "Poulet rôti du dimanche", "Chicken Souvlaki Wraps");
    }

    @Test
    void doesNotTakeLimeForLemon() {
        assertThat(Vaults.sample().withIngredients("garlic, lemon"))
                .filteredOn(match -> match.recipe().title().equals("Poulet yassa"))
                .allSatisfy(match -> assertThat(match.used()).doesNotContain("lemon"));
    }

    @Test
    void looksOnlyAtIngredientLines(@TempDir Path dir) {
        RecipeIndex index = Vaults.written(dir,
                "a.md", Vaults.recipe("Poireaux vinaigrette", "", "4 poireaux", "moutarde"),
                "b.md", "# Gratin\n\n## Ingrédients\n\n- 1 chou-fleur\n\n## Étapes\n\n1. Servir avec des poireaux.\n");

        assertThat(index.withIngredients("poireaux")).extracting(match -> match.recipe().title())
                .containsExactly("Poireaux vinaigrette");
    }

    @Test
    void findsNothingForAnEmptyList() {
        assertThat(Vaults.sample().withIngredients(" , et ")).isEmpty();
    }
}
