package dev.commis.search;

import static org.assertj.core.api.Assertions.assertThat;

import dev.commis.text.Folding;
import dev.commis.vault.Recipe;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** "/random" and "/quick" filters over the sample vault. */
class FilterTest {

    @Test
    void keepsOnlyPorkRecipesForPorc() {
        List<Recipe> pork = Vaults.sample().filter("porc").recipes();

        assertThat(pork).hasSize(7).allSatisfy(recipe -> assertThat(recipe.facts().protein()).isEqualTo("porc"));
    }

    @ParameterizedTest(name = "\"{0}\" filters as \"{1}\"")
    @CsvSource(delimiter = '|', value = {
            "pork                | porc",
            "chicken             | poulet",
            "Poulet              | chicken",
            "veggie dessert      | végé dessert",
            "italian             | italienne",
            "seafood             | fruits de mer",
            "main course easy    | plat principal facile",
            "plat facile         | plat-principal, facile",
            "thai                | thaïlandaise",
            "medium              | intermédiaire",
    })
    void readsFrenchAndEnglishTermsAlike(String english, String french) {
        RecipeIndex index = Vaults.sample();

        assertThat(index.filter(english).recipes()).isNotEmpty().isEqualTo(index.filter(french).recipes());
    }

    @Test
    void takesVegetarianToIncludeVeganDesserts() {
        List<Recipe> found = Vaults.sample().filter("végé dessert").recipes();

        assertThat(found).isNotEmpty().allSatisfy(recipe -> {
            assertThat(recipe.facts().type()).isEqualTo("dessert");
            assertThat(recipe.facts().protein()).isIn("végétarien", "végan");
        });
        assertThat(found).anySatisfy(recipe -> assertThat(recipe.facts().protein()).isEqualTo("végan"));
    }

    @Test
    void keepsOnlyItalianRecipesForItalienne() {
        assertThat(Vaults.sample().filter("italienne").recipes()).hasSize(4)
                .allSatisfy(recipe -> assertThat(recipe.facts().cuisine()).isEqualTo("italienne"));
    }

    @Test
    void readsFruitsDeMerAsOneTerm() {
        RecipeIndex.Filtered filtered = Vaults.sample().filter("fruits de mer");

        assertThat(filtered.terms()).containsExactly("fruits de mer");
        assertThat(filtered.recipes()).hasSize(4)
                .allSatisfy(recipe -> assertThat(recipe.facts().protein()).isEqualTo("fruits-de-mer"));
    }

    @ParameterizedTest(name = "\"{0}\" reads as {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "plat principal facile      | plat principal;facile",
            "végé et dessert            | végé;dessert",
            "  Fruits-de-mer   rapide   | Fruits-de-mer;rapide",
            "sucré-salé porc            | sucré-salé;porc",
    })
    void listsTheTermsAsTyped(String words, String terms) {
        assertThat(Vaults.sample().filter(words).terms()).containsExactly(terms.split(";"));
    }

    @Test
    void matchesAFreeWordAnywhereInTheRecipe() {
        List<Recipe> found = Vaults.sample().filter("miso").recipes();

        assertThat(Vaults.titles(found)).containsExactly(
                "Miso Soup with Tofu", "Pork Belly Burnt Ends - Miso Butterscotch Glaze");
    }

    @Test
    void matchesATagByItsLastSegment() {
        assertThat(Vaults.sample().filter("chandeleur").recipes()).extracting(Recipe::title).containsExactly("Crêpes");
    }

    @Test
    void returnsRecipesInVaultOrder() {
        List<Recipe> all = Vaults.sample().snapshot().recipes();
        List<Recipe> found = Vaults.sample().filter("facile").recipes();

        assertThat(found).isSortedAccordingTo((a, b) -> Integer.compare(all.indexOf(a), all.indexOf(b)));
    }

    @Test
    void letsEveryRecipeThroughWithoutTerms() {
        RecipeIndex.Filtered filtered = Vaults.sample().filter("  ");

        assertThat(filtered.terms()).isEmpty();
        assertThat(filtered.recipes()).isEqualTo(Vaults.sample().snapshot().recipes());
    }

    @Test
    void letsNothingThroughForAnUnknownWord() {
        assertThat(Vaults.sample().filter("porc zzkrptq").recipes()).isEmpty();
    }

    @Test
    void forgivesATypoInAFreeWord() {
        assertThat(Vaults.sample().filter("chandelleur").recipes()).extracting(Recipe::title).containsExactly("Crêpes");
    }

    @Test
    void judgesARecipeWithoutFrontMatterByItsTitle(@TempDir Path dir) {
        RecipeIndex index = Vaults.written(dir,
                "poulet.md", Vaults.recipe("Poulet rôti", "", "1 poulet"),
                "tarte.md", Vaults.recipe("Tarte aux poireaux", "", "1 poulet", "3 poireaux"),
                "porc.md", Vaults.recipe("Rôti de porc", "protéine: porc", "1 rôti de porc"));

        assertThat(index.filter("chicken").recipes()).extracting(Recipe::title).containsExactly("Poulet rôti");
    }

    @Test
    void countsAHierarchicalTagForTheFacetItNames(@TempDir Path dir) {
        RecipeIndex index = Vaults.written(dir,
                "a.md", Vaults.recipe("Bol", "tags: [\"#cuisine/coréenne\", \"#temps/moyen\"]", "riz"),
                "b.md", Vaults.recipe("Assiette", "tags: [\"#difficulté/moyen\"]", "riz"));

        assertThat(index.filter("korean").recipes()).extracting(Recipe::title).containsExactly("Bol");
        assertThat(index.filter("medium").recipes()).extracting(Recipe::title).containsExactly("Assiette");
    }

    @Test
    void foldsTermsBeforeMatching() {
        assertThat(Vaults.sample().filter("ITALIENNE").recipes()).isEqualTo(Vaults.sample().filter("italienne").recipes())
                .allSatisfy(recipe -> assertThat(Folding.fold(recipe.facts().cuisine())).isEqualTo("italienne"));
    }
}
