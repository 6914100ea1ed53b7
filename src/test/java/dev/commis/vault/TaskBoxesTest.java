package dev.commis.vault;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Obsidian task boxes of every kind, as themes with custom checkboxes write them ({@code - [/]}
 * half done, {@code - [-]} dropped, {@code - [>]} moved, {@code - [!]}, {@code - [?]},
 * {@code - [#]}…): the box is a mark, never part of an ingredient, a step or a fact.
 */
class TaskBoxesTest {

    private static Recipe parse(String body) {
        return RecipeParser.parse("x.md", body.replace("\\n", "\n").getBytes(StandardCharsets.UTF_8)).recipe();
    }

    @ParameterizedTest(name = "[{0}] {1}")
    @CsvSource(delimiter = '|', value = {
            "' '| 200 g de farine         | Mélanger la farine et le lait.",
            "x  | 200 g flour             | Whisk the flour into the milk.",
            "X  | 2 œufs                  | Battre les œufs.",
            "/  | 1 pinch of salt         | Fold in the egg whites gently.",
            "-  | 50 g de beurre fondu    | Faire fondre le beurre.",
            ">  | 1 lemon, zested         | Zest the lemon over the bowl.",
            "!  | 3 pommes                | Éplucher les pommes.",
            "?  | 1 tsp vanilla           | Add the vanilla if you like.",
            "#  | 1 cuil. à soupe de sucre | Sucrer à votre goût.",
            "*  | 100 ml cream            | Whip the cream to soft peaks.",
            "i  | 1 oignon                | Émincer l'oignon.",
    })
    void readsIngredientsAndStepsWhateverTheBox(String box, String ingredient, String step) {
        String mark = "- [" + box + "] ";
        Recipe recipe = parse("# T\n\n## Ingrédients\n\n" + mark + ingredient + "\n" + mark + "1 l milk\n\n## Étapes\n\n"
                + mark + step + "\n" + mark + "Serve.\n");
        assertThat(recipe.ingredients()).flatExtracting(IngredientGroup::items).containsExactly(ingredient, "1 l milk");
        assertThat(recipe.steps()).extracting(Step::text).containsExactly(step, "Serve.");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "- [#] 4 servings                    | 4",
            "- [i] Pour 6 personnes              | 6",
            "- [*] Servings: 2                   | 2",
    })
    void readsAFactWrittenAsATask(String line, int servings) {
        Recipe recipe = parse("# T\n\n" + line + "\n\n## Ingredients\n\n- 1 egg\n\n## Steps\n\n1. Cook.\n");
        assertThat(recipe.facts().servings()).hasValue(servings);
        assertThat(recipe.notes()).doesNotContain("[");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "- [/] Reste du bouillon pour demain",
            "- [?] Try it with brown butter next time",
    })
    void keepsATaskInTheNotesWithoutItsBox(String line) {
        Recipe recipe = parse("# T\n\n## Ingredients\n\n- 1 egg\n\n## Steps\n\n1. Cook.\n\n## Notes\n\n" + line + "\n");
        assertThat(recipe.notes()).isEqualTo("- " + line.substring(6));
    }
}
