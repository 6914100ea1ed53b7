package dev.commis.search;

import static org.assertj.core.api.Assertions.assertThat;

import dev.commis.vault.Recipe;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A recipe's exact title always finds it; a recipe that does not exist is never stood in for by another. */
class ExactTitleTest {

    @Test
    void anExactTitleFindsItsRecipeEvenWhenAnotherHasTheSameWords(@TempDir Path dir) {
        RecipeIndex index = Vaults.written(dir,
                "a.md", Vaults.recipe("Poulet au citron", "", "1 poulet"),
                "b.md", Vaults.recipe("Citron au poulet", "", "1 citron"),
                "c.md", Vaults.recipe("Pavé de saumon à l'unilatérale, sauce vierge", "", "4 pavés de saumon"),
                "d.md", Vaults.recipe("Sauce vierge", "", "4 tomates"));
        assertThat(index.find("poulet au citron").best()).map(Recipe::title).contains("Poulet au citron");
        assertThat(index.find("CITRON AU POULET").best()).map(Recipe::title).contains("Citron au poulet");
        assertThat(index.find("pave de saumon a l’unilaterale sauce vierge").best()).map(Recipe::title)
                .contains("Pavé de saumon à l'unilatérale, sauce vierge");
        assertThat(Vaults.titles(index.titled("Pave de saumon a l'unilaterale,  sauce VIERGE")))
                .containsExactly("Pavé de saumon à l'unilatérale, sauce vierge");
    }

    @Test
    void aRecipeThatDoesNotExistIsNotAChoiceOfOne() {
        RecipeIndex.Match match = Vaults.sample().find("cheese toast");
        assertThat(match.best()).isEmpty();
        assertThat(match.close()).isFalse();
        assertThat(match.alternatives()).isNotEmpty();
    }

    @Test
    void severalRecipesWithEveryWordAreARealChoice() {
        RecipeIndex.Match match = Vaults.sample().find("chicken");
        assertThat(match.close()).isTrue();
        assertThat(match.alternatives().size()).isGreaterThan(1);
    }
}
