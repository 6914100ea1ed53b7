package dev.commis.vault;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Groups written as an item over a nested list, and steps that carry their own "Step 1:" label. */
class ListShapesTest {

    private static Recipe read(String body) {
        return RecipeParser.parse("r.md", ("---\ntitle: R\n---\n" + body).getBytes(StandardCharsets.UTF_8)).recipe();
    }

    @Test
    void anItemOverANestedListNamesAGroup() {
        Recipe recipe = read("## Ingredients\n- For the ragù:\n    - 500 g minced beef\n    - 1 onion\n"
                + "- For the béchamel:\n    - 50 g butter\n    - 500 ml milk\n- salt and pepper\n\n## Method\n1. Cook.\n");
        assertThat(recipe.ingredients()).extracting(IngredientGroup::name).containsExactly("For the ragù", "For the béchamel", "");
        assertThat(recipe.ingredients()).extracting(IngredientGroup::items).containsExactly(
                List.of("500 g minced beef", "1 onion"), List.of("50 g butter", "500 ml milk"), List.of("salt and pepper"));
    }

    @Test
    void aFrenchGroupNeedsNoColon() {
        Recipe recipe = read("## Ingrédients\n\n- Pâte\n  - 250 g de farine\n  - 125 g de beurre\n- Garniture\n"
                + "  - 4 pommes\n\n## Étapes\n\n1. Cuire.\n");
        assertThat(recipe.ingredients()).extracting(IngredientGroup::name).containsExactly("Pâte", "Garniture");
        assertThat(recipe.ingredients().get(1).items()).containsExactly("4 pommes");
    }

    @Test
    void aDeeperItemOverItsOwnListKeepsItsText() {
        Recipe recipe = read("## Ingredients\n\n- For the sauce:\n  - Tomato base\n    - 2 tomatoes\n  - 1 tsp sugar\n\n"
                + "## Steps\n\n1. Cook.\n");
        assertThat(recipe.ingredients()).singleElement().satisfies(group -> {
            assertThat(group.name()).isEqualTo("For the sauce");
            assertThat(group.items()).containsExactly("Tomato base", "2 tomatoes", "1 tsp sugar");
        });
    }

    @Test
    void anIngredientWithANoteBelowItStaysAnIngredient() {
        Recipe recipe = read("## Ingredients\n\n- 2 onions\n  - or 3 shallots\n- 1 leek\n\n## Steps\n\n1. Cook.\n");
        assertThat(recipe.ingredients()).singleElement().satisfies(group -> {
            assertThat(group.name()).isEmpty();
            assertThat(group.items()).containsExactly("2 onions", "or 3 shallots", "1 leek");
        });
    }

    @ParameterizedTest(name = "\"{0}\" is the step \"{1}\" titled \"{2}\"")
    @CsvSource(delimiter = ';', value = {
            "Step 1: Make the ragù and simmer it for 1 hour. ; Make the ragù and simmer it for 1 hour. ; ''",
            "STEP 2 - Make the béchamel. ; Make the béchamel. ; ''",
            "Étape 3 : Monter les couches. ; Monter les couches. ; ''",
            "Etape 4. Enfourner 40 minutes. ; Enfourner 40 minutes. ; ''",
            "Step 5 Layer and bake. ; Layer and bake. ; ''",
            "Step 2 eggs into the bowl. ; Step 2 eggs into the bowl. ; ''",
            "**Step 1:** Brown the beef. ; Brown the beef. ; ''",
            "**Brown:** Brown the beef. ; Brown the beef. ; Brown",
            "Steps matter: go slowly. ; Steps matter: go slowly. ; ''",
    })
    void leavesOutAStepsOwnNumberLabel(String written, String text, String title) {
        Recipe recipe = read("## Ingredients\n\n- 1 egg\n\n## Steps\n\n1. " + written + "\n");
        assertThat(recipe.steps()).singleElement().satisfies(step -> {
            assertThat(step.text()).isEqualTo(text);
            assertThat(step.title()).isEqualTo(title);
        });
    }

    @Test
    void paragraphStepsLoseTheirLabelsToo() {
        Recipe recipe = read("## Ingredients\n\n- 1 egg\n\n## Method\n\nStep 1: Whisk the egg.\n\nStep 2: Cook it gently.\n");
        assertThat(recipe.steps()).extracting(Step::text).containsExactly("Whisk the egg.", "Cook it gently.");
    }
}
