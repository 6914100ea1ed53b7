package dev.commis.vault;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * MkDocs Material admonitions ({@code !!!}, {@code ???}, {@code ???+}) and content tabs
 * ({@code ===}) with their four-space indented content, French and English: an admonition is a
 * readable note, never a step or an ingredient, unless it names a section; tabs read sensibly.
 */
class MkDocsBlocksTest {

    private static Recipe parse(String body) {
        return RecipeParser.parse("x.md", body.replace("\\n", "\n").getBytes(StandardCharsets.UTF_8)).recipe();
    }

    private static final String LISTS = "## Ingredients\n\n- 1 egg\n- 50 g sugar\n\n## Steps\n\n1. Beat the egg.\n2. Add the sugar.\n\n";

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "!!! tip \"Astuce\"\\n    Le beurre doit être bien froid.                     | Astuce\\nLe beurre doit être bien froid.",
            "!!! note\\n    Keeps three days in the fridge.                                 | Note\\nKeeps three days in the fridge.",
            "??? warning \"Attention\"\\n\\n    Le caramel brûle vite.                     | Attention\\nLe caramel brûle vite.",
            "???+ info \"Storage\"\\n    Freeze in portions.\\n    Thaw overnight.            | Storage\\nFreeze in portions.\\nThaw overnight.",
            "!!! tip \"Variantes\"\\n\\n    - avec des poires\\n    - avec des pommes          | Variantes\\n- avec des poires\\n- avec des pommes",
            "!!! example inline end \"Serving idea\"\\n    With a green salad.               | Serving idea\\nWith a green salad.",
    })
    void keepsAnAdmonitionAsAReadableNote(String admonition, String notes) {
        Recipe recipe = parse("# T\n\n" + LISTS + admonition + "\n");
        assertThat(recipe.notes()).isEqualTo(notes.replace("\\n", "\n"));
        assertThat(recipe.steps()).extracting(Step::text).containsExactly("Beat the egg.", "Add the sugar.");
        assertThat(recipe.ingredients()).flatExtracting(IngredientGroup::items).containsExactly("1 egg", "50 g sugar");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "## Préparation\\n\\n!!! tip \"Astuce\"\\n    Préchauffer le four à l'avance.\\n\\n1. Mélanger.\\n2. Cuire 20 minutes.",
            "## Method\\n\\n1. Mix.\\n\\n    !!! tip\\n        Sift the flour first.\\n\\n2. Bake 20 minutes.",
    })
    void neverTakesAnAdmonitionAmongTheStepsForAStep(String steps) {
        Recipe recipe = parse("# T\n\n## Ingredients\n\n- 1 egg\n\n" + steps + "\n");
        assertThat(recipe.steps()).hasSize(2);
        assertThat(recipe.steps()).extracting(Step::text).noneMatch(text -> text.contains("!!!"));
    }

    @Test
    void readsAnAdmonitionNamedAfterASectionAsThatSection() {
        Recipe recipe = parse("# T\n\n!!! note \"Ingrédients\"\n\n    - 2 œufs\n    - 1 pincée de sel\n\n"
                + "!!! abstract \"Étapes\"\n\n    1. Battre les œufs.\n    2. Saler.\n");
        assertThat(recipe.ingredients()).flatExtracting(IngredientGroup::items).containsExactly("2 œufs", "1 pincée de sel");
        assertThat(recipe.steps()).extracting(Step::text).containsExactly("Battre les œufs.", "Saler.");
        assertThat(recipe.notes()).isEmpty();
    }

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '|', value = {
            "Metric   | US",
            "Métrique | Impérial",
    })
    void readsTheFirstOfTabsInOtherUnitsAndKeepsTheOthersAsNotes(String first, String second) {
        Recipe recipe = parse("# T\n\n## Ingredients\n\n=== \"" + first + "\"\n\n    - 200 g flour\n    - 2 eggs\n\n=== \""
                + second + "\"\n\n    - 1 1/2 cups flour\n    - 2 eggs\n\n## Steps\n\n1. Mix.\n");
        assertThat(recipe.ingredients()).hasSize(1);
        assertThat(recipe.ingredients().get(0).items()).containsExactly("200 g flour", "2 eggs");
        assertThat(recipe.notes()).isEqualTo(second + "\n- 1 1/2 cups flour\n- 2 eggs");
    }

    @Test
    void readsOtherTabsAsPartsOfTheRecipe() {
        Recipe recipe = parse("# T\n\n## Ingrédients\n\n=== \"Pâte\"\n\n    - 250 g de farine\n    - 125 g de beurre\n\n"
                + "=== \"Garniture\"\n\n    - 3 pommes\n\n## Étapes\n\n=== \"Pâte\"\n\n    1. Sabler la farine et le beurre.\n\n"
                + "=== \"Garniture\"\n\n    1. Couper les pommes.\n    2. Cuire 30 minutes.\n");
        assertThat(recipe.ingredients()).extracting(IngredientGroup::name).containsExactly("Pâte", "Garniture");
        assertThat(recipe.steps()).extracting(Step::section).containsExactly("Pâte", "Garniture", "Garniture");
        assertThat(recipe.steps()).extracting(Step::number).containsExactly(1, 2, 3);
    }

    @Test
    void readsTabsNamedAfterSectionsAsThoseSections() {
        Recipe recipe = parse("# Salad\n\n=== \"Ingredients\"\n\n    - 1 lettuce\n    - 2 tomatoes\n\n"
                + "=== \"Instructions\"\n\n    1. Wash the lettuce.\n    2. Slice the tomatoes.\n");
        assertThat(recipe.ingredients()).flatExtracting(IngredientGroup::items).containsExactly("1 lettuce", "2 tomatoes");
        assertThat(recipe.steps()).extracting(Step::text).containsExactly("Wash the lettuce.", "Slice the tomatoes.");
    }
}
