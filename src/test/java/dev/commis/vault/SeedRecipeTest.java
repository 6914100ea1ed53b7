package dev.commis.vault;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The seed recipe, exactly as a user sent it (Mac Roman mojibake included), loads with every value right. */
class SeedRecipeTest {

    private final RecipeParser.Result result = Fixtures.parse("seed-recipe.md");
    private final Recipe seed = result.recipe();

    @Test
    void loadsAndIsReportedAsRepaired() {
        assertThat(result.loaded()).isTrue();
        assertThat(result.repaired()).isTrue();
        assertThat(result.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.isError()).isFalse();
            assertThat(problem.message()).contains("Mac Roman");
        });
    }

    @Test
    void readsTheTitleFromTheFirstHeading() {
        assertThat(seed.title()).isEqualTo("Pork Belly Burnt Ends - Miso Butterscotch Glaze");
    }

    @Test
    void readsTheFrenchFrontMatterWithAccentsRepaired() {
        RecipeFacts facts = seed.facts();
        assertThat(facts.cuisine()).isEqualTo("américaine");
        assertThat(facts.type()).isEqualTo("plat-principal");
        assertThat(facts.protein()).isEqualTo("porc");
        assertThat(facts.difficulty()).isEqualTo("intermédiaire");
        assertThat(facts.servings()).hasValue(6);
        assertThat(facts.prepMinutes()).hasValue(20);
        assertThat(facts.cookMinutes()).hasValue(210);
        assertThat(facts.totalMinutes()).hasValue(230);
        assertThat(facts.source()).isEqualTo("Instagram");
        assertThat(facts.dateAdded()).isEqualTo("2025-10-12");
        assertThat(facts.tags()).contains("cuisine/américaine", "protéine/porc", "saveur/sucré-salé").hasSize(8);
    }

    @Test
    void keepsTheSourceLink() {
        assertThat(seed.facts().url()).isEqualTo("https://www.instagram.com/reel/DQDuWQZAaoP/?igsh=MTJiYmFhcXNxaTF0dg==");
    }

    @Test
    void readsEightMainIngredientsAndSixInTheMisoButterGroup() {
        assertThat(seed.ingredients()).extracting(IngredientGroup::name).containsExactly("", "Miso butter");
        assertThat(seed.ingredients().get(0).items()).hasSize(8)
                .startsWith("2kg pork belly, skin removed")
                .contains("¼ tsp chilli powder");
        assertThat(seed.ingredients().get(1).items()).hasSize(6)
                .contains("110g (½ cup) brown sugar", "125g unsalted butter");
    }

    @Test
    void readsFourTitledSteps() {
        assertThat(seed.steps()).extracting(Step::title)
                .containsExactly("Prep the pork", "Cook the pork", "Make the glaze", "Finish and serve");
        assertThat(seed.steps()).extracting(Step::number).containsExactly(1, 2, 3, 4);
        assertThat(seed.steps().get(1).text())
                .startsWith("Preheat a smoker to 120°C (250°F)")
                .contains("cook for 3 hours with the lid closed");
        assertThat(seed.steps().get(3).text()).contains("Stir pork every 10 minutes");
    }

    @Test
    void getsAnIdFromItsPath() {
        assertThat(seed.id()).isEqualTo("seed-recipe");
        assertThat(seed.links()).isEqualTo(List.of());
        assertThat(seed.images()).isEmpty();
    }
}
