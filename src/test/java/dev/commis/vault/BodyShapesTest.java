package dev.commis.vault;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What a recipe's body says in the shapes real files use: fact lines, sections by meaning, steps of every kind. */
class BodyShapesTest {

    private static Recipe parse(String body) {
        return RecipeParser.parse("x.md", body.replace("\\n", "\n").getBytes(StandardCharsets.UTF_8)).recipe();
    }

    private static final String LISTS = "\n\n## Ingredients\n\n- 1 egg\n\n## Steps\n\n1. Cook.\n";

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Servings: 8                         | 8",
            "Serves 4.                           | 4",
            "- 🍽️ Servings: 8                    | 8",
            "- **Servings**: 8                   | 8",
            "Pour 4 personnes.                   | 4",
            "Portions : 6                        | 6",
            "Nombre de personnes : 6             | 6",
            "4 servings                          | 4",
            "Yield: 4 servings                   | 4",
            "## Servings: 3                      | 3",
            "### Servings\\n\\n5                 | 5",
    })
    void readsServingsWrittenInTheBody(String line, int servings) {
        assertThat(parse("# T\n\n" + line + LISTS).facts().servings()).hasValue(servings);
    }

    @Test
    void readsServingsInATableRow() {
        assertThat(parse("# T\n\n| | |\n|---|---|\n| Portions | 6 |\n" + LISTS).facts().servings()).hasValue(6);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Total Time: 1 hour                                    | 60",
            "- **Prep Time**: 30 minutes                           | 30",
            "Temps de préparation : 20 min                         | 20",
            "### Preparation Time: 15 minutes                      | 15",
            "Prep: 10 min · Cook: 20 min                           | 30",
            "Prep: 10 min, Cook: 20 min                            | 30",
            "Préparation : 15 min\\nCuisson : 30 min\\nRepos : 1 h | 105",
            "- ⏱️ Temps total : 3h                                 | 180",
            "**Cook time:** 45 minutes                             | 45",
            "Temps de cuisson - 25 minutes                         | 25",
            "⏱️ Prep: 20 min (+ 1 hour marinating) · 🔥 Cook: 40 min · 📊 Medium | 60",
    })
    void readsTimesWrittenInTheBody(String lines, int total) {
        assertThat(parse("# T\n\n" + lines + LISTS).facts().totalMinutes()).hasValue(total);
    }

    @Test
    void readsAQuickFactsLineWithoutKeepingItAsNotes() {
        Recipe recipe = parse("# T\n\n## Informations rapides\n\n⏱️ Préparation : 20 min | 🔥 Cuisson : 3h30 | 🍽️ Portions : 6 | 📊 Difficulté : Intermédiaire" + LISTS);
        assertThat(recipe.facts().totalMinutes()).hasValue(230);
        assertThat(recipe.facts().servings()).hasValue(6);
        assertThat(recipe.notes()).isEmpty();
    }

    @Test
    void letsTheFrontMatterWinOverTheBody() {
        RecipeFacts facts = parse("---\nservings: 2\nprep_time: 5\n---\n# T\n\nServings: 8\nPrep Time: 30 minutes\nCook Time: 10 min" + LISTS).facts();
        assertThat(facts.servings()).hasValue(2);
        assertThat(facts.prepMinutes()).hasValue(5);
        assertThat(facts.cookMinutes()).as("the body fills what the front matter leaves out").hasValue(10);
        assertThat(facts.totalMinutes()).hasValue(15);
    }

    @Test
    void readsServingsInTheIngredientsHeading() {
        assertThat(parse("# T\n\n## Ingrédients (4 personnes)\n\n- 1 œuf\n\n## Étapes\n\n1. Cuire.\n").facts().servings()).hasValue(4);
        assertThat(parse("# T\n\n## Ingredients for 6\n\n- 1 egg\n\n## Steps\n\n1. Cook.\n").facts().servings()).hasValue(6);
    }

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '|', value = {
            "## Ingredients List:           | ## Directions",
            "## Ingrédients (4 personnes)   | ## Préparation",
            "### 🥕 Ingrédients :           | ### Deroulement",
            "**Ingredients**                | **Method**",
            "Ingrédients :                  | Recette :",
            "# Ingredients                  | # Instructions:",
            "#### What you'll need          | #### How to make it",
    })
    void findsSectionsByTheirFirstWords(String ingredients, String steps) {
        Recipe recipe = parse("# T\n\n" + ingredients + "\n\n- 1 egg\n- salt\n\n" + steps + "\n\n1. Whisk.\n2. Fry.\n");
        assertThat(recipe.ingredients().get(0).items()).containsExactly("1 egg", "salt");
        assertThat(recipe.steps()).extracting(Step::text).containsExactly("Whisk.", "Fry.");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "1. Whisk.\\n2. Fry.",
            "- Whisk.\\n- Fry.",
            "* Whisk.\\n* Fry.",
            "- [ ] Whisk.\\n- [x] Fry.",
            "Whisk.\\n\\nFry.",
            "Whisk.\\nFry.",
    })
    void readsStepsInEveryShape(String steps) {
        assertThat(parse("# T\n\n## Ingredients\n\n- 1 egg\n\n## Method\n\n" + steps + "\n").steps())
                .extracting(Step::text).containsExactly("Whisk.", "Fry.");
    }

    @Test
    void readsOneStepPerHeading() {
        Recipe recipe = parse("# T\n\n## Ingrédients\n\n- 1 œuf\n\n## Étape 1 : La pâte\n\nFouetter.\n\n## Étape 2 : Cuisson\n\nCuire 2 minutes.\n");
        assertThat(recipe.steps()).extracting(Step::title).containsExactly("La pâte", "Cuisson");
        assertThat(recipe.steps()).extracting(Step::text).containsExactly("Fouetter.", "Cuire 2 minutes.");
    }

    @Test
    void keepsAnUnknownSectionAndCalloutsAsNotesAndSkipsCodeCommentsAndTemplates() {
        Recipe recipe = parse("""
                # T

                > [!tip] Astuce
                > Beurre demi-sel.

                ```dataview
                TABLE servings FROM #recette
                ```

                <!-- brouillon -->

                {% include header.html %}

                ## Ingrédients

                - 1 œuf

                ## Étapes

                1. Cuire.

                ## Accords vins

                Un blanc sec.
                """);
        assertThat(recipe.notes()).isEqualTo("Astuce\nBeurre demi-sel.\nAccords vins\nUn blanc sec.");
        assertThat(recipe.ingredients().get(0).items()).containsExactly("1 œuf");
        assertThat(recipe.steps()).extracting(Step::text).containsExactly("Cuire.");
    }

    @Test
    void readsListsWithoutAnyHeadingAsIngredientsThenSteps() {
        Recipe recipe = parse("- 2 eggs\n- 1 pinch of salt\n\n1. Beat the eggs.\n2. Cook them.\n");
        assertThat(recipe.ingredients().get(0).items()).containsExactly("2 eggs", "1 pinch of salt");
        assertThat(recipe.steps()).extracting(Step::text).containsExactly("Beat the eggs.", "Cook them.");
        assertThat(recipe.notes()).isEmpty();
    }

    @Test
    void takesTheFirstLevelOneHeadingAsTitleEvenWhenItBeginsWithASectionWord() {
        assertThat(parse("# Recette des crêpes" + LISTS).title()).isEqualTo("Recette des crêpes");
        assertThat(parse("# Ingredients\n\n- 1 egg\n").title()).as("a heading that is only a section word").isEqualTo("x");
    }
}
