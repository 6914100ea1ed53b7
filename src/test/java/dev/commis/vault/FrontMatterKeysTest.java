package dev.commis.vault;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Front matter keys as people write them: any case or separator, French, English and schema.org. */
class FrontMatterKeysTest {

    private static RecipeParser.Result parse(String frontMatter) {
        String text = "---\n" + frontMatter.replace("\\n", "\n") + "\n---\n# T\n\n## Ingredients\n\n- 1 egg\n\n## Steps\n\n1. Cook.\n";
        return RecipeParser.parse("t.md", text.getBytes(StandardCharsets.UTF_8));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "prepTime: 20                       | 20",
            "PrepTime: 20                       | 20",
            "prep-time: 20 min                  | 20",
            "Prep Time: 20 minutes              | 20",
            "prep_time: PT20M                   | 20",
            "temps_preparation: 20              | 20",
            "Temps de préparation: 20 min       | 20",
            "recipePrepTime: PT0H20M            | 20",
            "preparation: 20 min                | 20",
    })
    void readsThePreparationTime(String field, int minutes) {
        assertThat(parse(field).recipe().facts().prepMinutes()).hasValue(minutes);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "totalTime: PT1H30M                                   | 90",
            "total_time: 1h30                                     | 90",
            "duration: 90                                         | 90",
            "durée: 1 h 30                                        | 90",
            "prepTime: 10\\ncookTime: 20                          | 30",
            "temps_preparation: 10\\ncuisson: 20\\ntemps_repos: 30 | 60",
            "cook: true\\ncook_time: 2\\ncook_increment: hours    | 120",
            "cook_time: 45\\ncook_increment: minutes              | 45",
            "times:\\n  prep: 10\\n  cook: 5                      | 15",
    })
    void readsOrAddsUpTheTotalTime(String fields, int minutes) {
        assertThat(parse(fields).recipe().facts().totalMinutes()).hasValue(minutes);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "servings: 4                       | 4  | ''",
            "nbre_personne: pour 4 personnes   | 4  | ''",
            "nb_personnes: 6                   | 6  | ''",
            "personnes: 2                      | 2  | ''",
            "rendement: 8 parts                | 8  | ''",
            "recipeYield: 4 servings           | 4  | ''",
            "recipeYield: [\"12\", \"12 muffins\"] | 12 | ''",
            "yield: About 2 dozen              | 0  | About 2 dozen",
            "yield: 6 bottles                  | 0  | 6 bottles",
            "servings: 4\\nyield: 1 loaf       | 4  | 1 loaf",
            "serves: true\\nportions: 3        | 3  | ''",
    })
    void readsServingsAsPeopleAndAnythingElseAsAYield(String fields, int servings, String yield) {
        RecipeFacts facts = parse(fields).recipe().facts();
        if (servings == 0) {
            assertThat(facts.servings()).isEmpty();
        } else {
            assertThat(facts.servings()).hasValue(servings);
        }
        assertThat(facts.yieldText()).isEqualTo(yield);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "title: Tarte fine                  | Tarte fine",
            "name: Tarte fine                   | Tarte fine",
            "Title: Tarte fine                  | Tarte fine",
            "title: '{{title}}'                 | T",
            "title: ''                          | T",
    })
    void takesTheTitleFromTheFrontMatterBeforeTheHeading(String field, String title) {
        assertThat(parse(field).recipe().title()).isEqualTo(title);
    }

    @Test
    void readsIngredientsAndStepsKeptInTheFrontMatterWhenTheBodyHasNone() {
        String text = """
                ---
                title: Flapjacks
                recipeIngredient:
                  - 250 g oats
                  - 125 g butter
                recipeInstructions:
                  - "@type": HowToStep
                    text: Melt the butter.
                  - "@type": HowToStep
                    name: Into the oven
                    text: Bake 20 minutes.
                ---
                {{< recipe-card >}}
                """;
        Recipe recipe = RecipeParser.parse("f.md", text.getBytes(StandardCharsets.UTF_8)).recipe();
        assertThat(recipe.ingredients().get(0).items()).containsExactly("250 g oats", "125 g butter");
        assertThat(recipe.steps()).extracting(Step::title).containsExactly("", "Into the oven");
        assertThat(recipe.steps()).extracting(Step::text).containsExactly("Melt the butter.", "Bake 20 minutes.");
        assertThat(recipe.notes()).as("a shortcode is not content").isEmpty();
    }

    @Test
    void readsASentenceUnderPreparationAsAStepNotATime() {
        String text = "---\npreparation: Mélanger la farine et les œufs, puis cuire 20 minutes.\n---\n# Crêpes\n";
        Recipe recipe = RecipeParser.parse("c.md", text.getBytes(StandardCharsets.UTF_8)).recipe();
        assertThat(recipe.facts().prepMinutes()).isEmpty();
        assertThat(recipe.steps()).extracting(Step::text).containsExactly("Mélanger la farine et les œufs, puis cuire 20 minutes.");
    }

    @Test
    void prefersTheBodysListsToTheFrontMatters() {
        RecipeParser.Result result = parse("ingredients:\\n  - 2 eggs\\n  - salt\\nsteps: [Whisk., Fry.]");
        assertThat(result.recipe().ingredients().get(0).items()).containsExactly("1 egg");
        assertThat(result.recipe().steps()).extracting(Step::text).containsExactly("Cook.");
    }

    @Test
    void warnsAboutAKeyWrittenTwiceAndStillLoads() {
        RecipeParser.Result result = parse("portions: 4\\ntitle: Crêpes\\nportions: 6");
        assertThat(result.loaded()).isTrue();
        assertThat(result.recipe().title()).isEqualTo("Crêpes");
        assertThat(result.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.isError()).isFalse();
            assertThat(problem.line()).isEqualTo(4);
            assertThat(problem.message()).contains("'portions' twice");
        });
    }

    static Stream<Arguments> slips() {
        return Stream.of(
                Arguments.of("title:\tCrêpes\nportions:\t4", "Crêpes", "a tab after 'title:'"),
                Arguments.of("title: Crêpes\nportions: 4\n\ttemps_prep: 5", "Crêpes", "a tab used to indent"),
                Arguments.of("title: \"L\"omelette\" du chef\"\nportions: 4", "L\"omelette\" du chef",
                        "a quote inside a quoted value"),
                Arguments.of("title: 'L'omelette du chef'\nportions: 4", "L'omelette du chef", "a quote inside a quoted value"),
                Arguments.of("title: Poulet: le retour\nportions: 4", "Poulet: le retour", "': ' not in quotes"),
                Arguments.of("title: Crêpes\nportions: 4\nnote: @maman", "Crêpes", "a value starting with '@'"),
                Arguments.of("title: Crêpes\nportions: 4\nrating: ****", "Crêpes", "a value starting with '*'"));
    }

    @ParameterizedTest(name = "{2}")
    @MethodSource("slips")
    void mendsTheSlipsOtherToolsAcceptAndSaysWhere(String fields, String title, String slip) {
        RecipeParser.Result result = parse(fields);
        assertThat(result.recipe().title()).isEqualTo(title);
        assertThat(result.recipe().facts().servings()).hasValue(4);
        assertThat(result.problems()).isNotEmpty().allSatisfy(problem -> {
            assertThat(problem.isError()).isFalse();
            assertThat(problem.line()).isGreaterThan(1);
        }).anySatisfy(problem -> assertThat(problem.message()).contains(slip));
    }
}
