package dev.commis.vault;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Shapes real collections use beyond the basics, French and English: titles from Jekyll post and
 * Hugo bundle paths, Dataview inline fields, sub-steps in nested lists, Obsidian links and embeds
 * in ingredients and steps, facts inside an MkDocs admonition.
 */
class MoreShapesTest {

    private static Recipe parse(String path, String text) {
        return RecipeParser.parse(path, text.replace("\\n", "\n").getBytes(StandardCharsets.UTF_8)).recipe();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "_posts/2023-03-14-lemon-posset.md               | Lemon posset",
            "_posts/2022-11-02-soupe-de-potiron.markdown     | Soupe de potiron",
            "content/recettes/pain-perdu/index.md            | Pain perdu",
            "content/recipes/chili_con_carne/_index.md       | Chili con carne",
            "docs/desserts/tarte-tatin/README.md             | Tarte tatin",
            "Recettes/Pâtes au pesto.md                      | Pâtes au pesto",
            "Soups/Leek-and-Potato Soup.md                   | Leek-and-Potato Soup",
            "index.md                                        | index",
    })
    void takesATitleFromThePathWhenTheFileGivesNone(String path, String title) {
        assertThat(parse(path, "## Ingredients\n\n- 1 egg\n").title()).isEqualTo(title);
    }

    @Test
    void readsMarkdownFilesNamedDotMarkdown() {
        VaultScanner scanner = new VaultScanner("Templates");
        assertThat(scanner.isRecipeFile("_posts/2022-11-02-soupe.markdown")).isTrue();
        assertThat(scanner.isRecipeFile("_posts/notes.txt")).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "servings:: 6\\nprep-time:: 30 min\\ncook-time:: 45 min\\ncuisine:: italienne | 6 | 75 | italienne",
            "portions:: 4\\ntemps_prep:: 10\\ntemps_cuisson:: 20\\ncuisine:: française     | 4 | 30 | française",
            "Servings:: 2\\nTotal Time:: 1 hour                                           | 2 | 60 | ",
    })
    void readsDataviewInlineFieldsAsFrontMatterAndNeverAsNotes(String fields, int servings, int total, String cuisine) {
        Recipe recipe = parse("x.md", "# T\n\n" + fields + "\n\n## Ingredients\n\n- 1 egg\n\n## Steps\n\n1. Cook.\n");
        assertThat(recipe.facts().servings()).hasValue(servings);
        assertThat(recipe.facts().totalMinutes()).hasValue(total);
        assertThat(recipe.facts().cuisine()).isEqualTo(cuisine == null ? "" : cuisine);
        assertThat(recipe.notes()).doesNotContain("::");
    }

    @Test
    void letsTheFrontMatterWinOverAnInlineField() {
        Recipe recipe = parse("x.md", "---\nservings: 4\n---\n# T\n\nservings:: 8\n\n## Ingredients\n\n- 1 egg\n");
        assertThat(recipe.facts().servings()).hasValue(4);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "1. Monter les couches :\\n    - la sauce\\n    - les feuilles\\n2. Cuire.       | Monter les couches : la sauce; les feuilles",
            "1. Make the filling:\\n   1. Soften the onions.\\n   2. Add the beef.\\n2. Bake. | Make the filling: Soften the onions.; Add the beef.",
    })
    void joinsSubStepsIntoTheirStep(String steps, String first) {
        Recipe recipe = parse("x.md", "# T\n\n## Ingredients\n\n- 1 egg\n\n## Steps\n\n" + steps + "\n");
        assertThat(recipe.steps()).hasSize(2);
        assertThat(recipe.steps().get(0).text()).isEqualTo(first);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
            "- 500 g de [[Sauce bolognaise]]      # 500 g de Sauce bolognaise      # 1. Napper de [[Béchamel|béchamel]] ![[four.jpg]] # Napper de béchamel",
            "- 1 jar [[Pesto|homemade pesto]]     # 1 jar homemade pesto           # 1. Stir in the pesto. ![[pesto.png]]             # Stir in the pesto.",
    })
    void showsObsidianLinksAsPlainTextAndKeepsEmbedsAsImages(String ingredient, String ingredientText, String step,
            String stepText) {
        Recipe recipe = parse("x.md", "# T\n\n## Ingredients\n\n" + ingredient + "\n\n## Steps\n\n" + step + "\n");
        assertThat(recipe.ingredients().get(0).items()).containsExactly(ingredientText);
        assertThat(recipe.steps()).extracting(Step::text).containsExactly(stepText);
        assertThat(recipe.images()).hasSize(1);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "!!! info \"En bref\"\\n    - **Portions** : 6\\n    - **Cuisson** : 40 min | 6 | 40",
            "!!! abstract \"At a glance\"\\n    Serves 4\\n    Total Time: 1 hour     | 4 | 60",
    })
    void readsFactsInsideAnAdmonition(String admonition, int servings, int total) {
        Recipe recipe = parse("x.md", "# T\n\n" + admonition + "\n\n## Ingredients\n\n- 1 egg\n\n## Steps\n\n1. Cook.\n");
        assertThat(recipe.facts().servings()).hasValue(servings);
        assertThat(recipe.facts().totalMinutes()).hasValue(total);
        assertThat(recipe.notes()).isEmpty();
    }
}
