package dev.commis.vault;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How one file becomes a recipe, or a problem: one rule of DESIGN §1 per test. */
class RecipeParserTest {

    @Test
    void repairsWindows1252Mojibake() {
        RecipeParser.Result result = Fixtures.parse("windows-1252-mojibake.md");
        assertThat(result.repaired()).isTrue();
        assertThat(result.problems()).singleElement().extracting(Problem::message).asString().contains("Windows-1252");
        Recipe recipe = result.recipe();
        assertThat(recipe.title()).isEqualTo("Poulet à la crème et aux champignons");
        assertThat(recipe.facts().cuisine()).isEqualTo("française");
        assertThat(recipe.facts().difficulty()).isEqualTo("facile");
        assertThat(recipe.facts().protein()).isEqualTo("poulet");
        assertThat(recipe.ingredients().get(0).items()).contains("20 cl de crème fraîche épaisse", "½ bouquet de persil");
        assertThat(recipe.steps()).extracting(Step::title).containsExactly("Dorer le poulet", "Sauce");
    }

    @Test
    void readsAFileThatIsNotUtf8AsWindows1252AndSaysSo() {
        RecipeParser.Result result = Fixtures.parse("latin1-encoded.md");
        assertThat(result.recipe().title()).isEqualTo("Poulet à la crème et aux champignons");
        assertThat(result.repaired()).isTrue();
        assertThat(result.problems()).singleElement().extracting(Problem::message).asString()
                .contains("not saved as UTF-8");
    }

    @Test
    void readsWindowsLineEndingsAndAByteOrderMark() {
        RecipeParser.Result result = Fixtures.parse("crlf-with-bom.md");
        assertThat(result.problems()).isEmpty();
        assertThat(result.repaired()).isFalse();
        assertThat(result.recipe().facts().cuisine()).isEqualTo("française");
        assertThat(result.recipe().steps()).hasSize(2);
    }

    @Test
    void leavesGoodUnicodeAlone() {
        String text = "# Crème brûlée ⏱️ 🔥\n\n## Ingrédients\n\n- « œufs » — ½ l de lait\n\n## Étapes\n\n1. Cuire.\n";
        RecipeParser.Result result = RecipeParser.parse("creme.md", text.getBytes(StandardCharsets.UTF_8));
        assertThat(result.repaired()).isFalse();
        assertThat(result.problems()).isEmpty();
        assertThat(result.recipe().title()).isEqualTo("Crème brûlée ⏱️ 🔥");
        assertThat(result.recipe().ingredients().get(0).items()).containsExactly("« œufs » — ½ l de lait");
    }

    @Test
    void loadsARecipeWhoseFrontMatterIsBrokenFromItsBodyAndReportsAnErrorWithItsLine() {
        RecipeParser.Result result = Fixtures.parse("broken-yaml.md");
        assertThat(result.loaded()).isTrue();
        assertThat(result.recipe().title()).isEqualTo("Tarte cassée");
        assertThat(result.recipe().ingredients().get(0).items()).containsExactly("1 pâte");
        assertThat(result.recipe().facts()).isEqualTo(RecipeFacts.NONE);
        assertThat(result.problems()).filteredOn(Problem::isError).singleElement().satisfies(problem -> {
            assertThat(problem.file()).isEqualTo("broken-yaml.md");
            assertThat(problem.line()).as("the line where the list opens").isEqualTo(5);
            assertThat(problem.message()).startsWith(
                    "loaded without its front matter: the front matter is not valid YAML: a list opened with '[' is not closed");
        });
    }

    @Test
    void readsAValueHoldingAnUnquotedColonAndSaysWhere() {
        RecipeParser.Result result = RecipeParser.parse("x.md", "---\ntitle: Poulet: le retour\n---\n# P\n".getBytes(StandardCharsets.UTF_8));
        assertThat(result.recipe().title()).isEqualTo("Poulet: le retour");
        assertThat(result.problems()).filteredOn(problem -> problem.line() == 2).singleElement().satisfies(problem -> {
            assertThat(problem.isError()).isFalse();
            assertThat(problem.message()).contains("a value holding ': ' not in quotes");
        });
    }

    @Test
    void explainsAFrontMatterThatCannotBeMended() {
        RecipeParser.Result result = RecipeParser.parse("x.md", "---\ntitle: [Poulet\n---\n# P\n".getBytes(StandardCharsets.UTF_8));
        assertThat(result.recipe().title()).isEqualTo("P");
        assertThat(result.problems()).filteredOn(Problem::isError).singleElement().satisfies(problem -> {
            assertThat(problem.line()).isEqualTo(2);
            assertThat(problem.message()).contains("loaded without its front matter").contains("'[' is not closed");
        });
    }

    @Test
    void readsAFrontMatterThatIsNeverClosedUpToWhereTheBodyPlainlyStarts() {
        RecipeParser.Result result = Fixtures.parse("unclosed-front-matter.md");
        assertThat(result.loaded()).isTrue();
        Recipe recipe = result.recipe();
        assertThat(recipe.title()).isEqualTo("Tarte sans fin");
        assertThat(recipe.facts().cuisine()).isEqualTo("française");
        assertThat(recipe.ingredients().get(0).items()).containsExactly("1 pâte");
        assertThat(result.problems()).filteredOn(problem -> problem.message().contains("front matter")).singleElement()
                .satisfies(problem -> {
                    assertThat(problem.severity()).isEqualTo(Problem.Severity.ERROR);
                    assertThat(problem.line()).isEqualTo(1);
                    assertThat(problem.message()).contains("never closed").contains("read up to line 3")
                            .contains("add a line '---' there");
                });
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            a comment between the fields (EN)     | ---\\ntitle: Soup\\n# times, in minutes\\nprep_time: 10\\ncook_time: 20\\n\\n## Ingredients\\n\\n- 1 leek\\n | Soup    | 30 | 5
            two comments before a field (FR)      | ---\\ntitle: Soupe\\n# temps\\n## en minutes\\ntemps_prep: 15\\n\\n## Ingrédients\\n\\n- 1 poireau\\n | Soupe   | 15 | 5
            a heading right after the fields (FR) | ---\\ntemps_prep: 5\\n# Velouté\\n\\n## Ingrédients\\n\\n- 1 poireau\\n     | Velouté | 5  | 2
            """)
    void readsAnUnclosedFrontMatterPastItsCommentLines(String label, String text, String title, int total, int lastField) {
        RecipeParser.Result result = RecipeParser.parse("x.md", text.replace("\\n", "\n").getBytes(StandardCharsets.UTF_8));
        assertThat(result.loaded()).as(label).isTrue();
        assertThat(result.recipe().title()).as(label).isEqualTo(title);
        assertThat(result.recipe().facts().totalMinutes()).as(label).hasValue(total);
        assertThat(result.recipe().ingredients()).as(label).singleElement().satisfies(group -> assertThat(group.items()).hasSize(1));
        assertThat(result.problems()).as(label).filteredOn(Problem::isError).singleElement().extracting(Problem::message)
                .asString().contains("never closed").contains("read up to line " + lastField + ":");
    }

    @Test
    void readsAJsonFrontMatterAndSaysWhereABrokenOneIsWrong() {
        RecipeParser.Result good = RecipeParser.parse("tea.md", "{\n  \"title\": \"Thé glacé\",\n  \"portions\": 4,\n  \"tags\": [\"boisson\"]\n}\n\n## Ingrédients\n\n- 1 l d'eau\n".getBytes(StandardCharsets.UTF_8));
        assertThat(good.recipe().title()).isEqualTo("Thé glacé");
        assertThat(good.recipe().facts().servings()).hasValue(4);
        assertThat(good.recipe().facts().tags()).containsExactly("boisson");
        assertThat(good.recipe().notes()).doesNotContain("title");

        RecipeParser.Result bad = RecipeParser.parse("tea.md", "{\n  \"title\": \"Tea\",\n  \"servings\": 4,,\n}\n# Tea\n\n- 1 l water\n".getBytes(StandardCharsets.UTF_8));
        assertThat(bad.recipe().title()).isEqualTo("Tea");
        assertThat(bad.problems()).filteredOn(Problem::isError).singleElement().satisfies(problem -> {
            assertThat(problem.line()).isEqualTo(3);
            assertThat(problem.message()).startsWith("loaded without its front matter: the front matter is not valid YAML");
        });

        RecipeParser.Result open = RecipeParser.parse("tea.md", "{\n\"title\": \"Tea\"\n\n# Tea\n\n- 1 l water\n".getBytes(StandardCharsets.UTF_8));
        assertThat(open.recipe().title()).as("a brace never closed is body text").isEqualTo("Tea");
        assertThat(open.recipe().ingredients()).isNotEmpty();
    }

    @Test
    void failsAFileCaughtHalfWrittenInItsFrontMatter() {
        RecipeParser.Result result = RecipeParser.parse("a.md", "---\ntitle: Tarte\ncuisine: fran".getBytes(
                java.nio.charset.StandardCharsets.UTF_8));
        assertThat(result.loaded()).isFalse();
        assertThat(result.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.line()).isEqualTo(1);
            assertThat(problem.message()).contains("never closed").contains("add a line '---' after its last field");
        });
    }

    @Test
    void refusesBinaryFiles() {
        RecipeParser.Result result = RecipeParser.parse("photo.md", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 1, (byte) 0xFF});
        assertThat(result.loaded()).isFalse();
        assertThat(result.problems()).singleElement().extracting(Problem::message).asString().contains("not a text file");
    }

    @Test
    void loadsAFileWithoutFrontMatterFromItsBody() {
        Recipe recipe = Fixtures.recipe("no-front-matter.md");
        assertThat(recipe.title()).isEqualTo("Salade de tomates");
        assertThat(recipe.facts()).isEqualTo(RecipeFacts.NONE);
        assertThat(recipe.ingredients().get(0).items()).containsExactly("4 tomates", "1 c. à soupe d'huile d'olive", "sel, poivre");
        assertThat(recipe.steps()).extracting(Step::text)
                .containsExactly("Couper les tomates en quartiers.", "Assaisonner et servir.");
    }

    @Test
    void acceptsEnglishKeysAndHeadings() {
        RecipeParser.Result result = Fixtures.parse("english-keys.md");
        assertThat(result.problems()).isEmpty();
        Recipe recipe = result.recipe();
        RecipeFacts facts = recipe.facts();
        assertThat(facts.cuisine()).isEqualTo("italian");
        assertThat(facts.type()).isEqualTo("main");
        assertThat(facts.prepMinutes()).hasValue(15);
        assertThat(facts.cookMinutes()).hasValue(75);
        assertThat(facts.totalMinutes()).as("prep + cook when no total is given").hasValue(90);
        assertThat(facts.servings()).hasValue(4);
        assertThat(facts.difficulty()).isEqualTo("easy");
        assertThat(facts.protein()).isEqualTo("chicken");
        assertThat(facts.url()).isEqualTo("https://example.org/cacciatore");
        assertThat(facts.dateAdded()).isEqualTo("2026-01-05");
        assertThat(facts.tags()).containsExactly("quick", "cuisine/italian");
        assertThat(facts.extra()).containsEntry("rating", "5");
        assertThat(recipe.ingredients().get(0).items()).containsExactly("8 chicken thighs", "1 tin (400 g) chopped tomatoes");
        assertThat(recipe.steps()).extracting(Step::text).containsExactly("Brown the chicken for 10 minutes.", "Simmer for 1 hour.");
        assertThat(recipe.notes()).isEqualTo("Better the next day.");
    }

    @Test
    void acceptsInstructionsAndStepsHeadings() {
        assertThat(Fixtures.recipe("instructions-heading.md").steps()).hasSize(2);
        assertThat(Fixtures.recipe("instructions-heading.md").ingredients().get(0).items()).containsExactly("1 ½ cups flour", "2 eggs");
        assertThat(Fixtures.recipe("steps-heading.md").steps()).extracting(Step::text).containsExactly("Toast the bread.");
    }

    @Test
    void startsIngredientGroupsAtSubHeadingsBoldLinesAndColonLines() {
        Recipe recipe = Fixtures.recipe("groups.md");
        assertThat(recipe.ingredients()).extracting(IngredientGroup::name)
                .containsExactly("", "Pour la crème", "Pour le dessus", "Pour servir");
        assertThat(recipe.ingredients().get(2).items()).as("task boxes are not part of the line")
                .containsExactly("500 g de fraises", "1 c. à soupe de gelée");
        assertThat(recipe.ingredients().get(3).items()).as("nested items are lines of their own")
                .containsExactly("1 boule de glace vanille", "ou de la chantilly");
    }

    @Test
    void readsStepTitlesWrittenInSeveralWays() {
        Recipe recipe = Fixtures.recipe("groups.md");
        assertThat(recipe.steps()).extracting(Step::title).containsExactly("Cuire la pâte", "Crème", "Monter", "");
        assertThat(recipe.steps()).extracting(Step::text).containsExactly(
                "enfourner 20 minutes.", "porter le lait à ébullition.", "Garnir la pâte.",
                "Servir bien frais, avec les fraises.");
    }

    @Test
    void takesParagraphsAsStepsWhenThereIsNoList() {
        assertThat(Fixtures.recipe("paragraph-steps.md").steps()).extracting(Step::text)
                .containsExactly("Rincer le riz.", "Cuire 12 minutes à couvert.");
    }

    @Test
    void turnsObsidianLinksIntoTextAndKeepsImagesApart() {
        Recipe recipe = Fixtures.recipe("obsidian.md");
        assertThat(recipe.steps()).extracting(Step::text).containsExactly(
                "Rincer les lentilles (voir Riz basmati pour le riz).",
                "Cuire 20 minutes et servir avec un naan à l'ail ou du riz.");
        assertThat(recipe.links()).containsExactly("Riz basmati", "Garlic Naan", "Carnet");
        assertThat(recipe.images()).containsExactly("dal-photo.jpg", "images/dal-servi.png");
        assertThat(recipe.facts().url()).as("the Source section's link").isEqualTo("https://example.org/dal");
        assertThat(recipe.facts().tags()).containsExactly("protéine/végan", "type/plat-principal", "rapide");
    }

    @Test
    void toleratesBadlyTypedFieldsWithWarnings() {
        RecipeParser.Result result = Fixtures.parse("bad-values.md");
        assertThat(result.loaded()).isTrue();
        RecipeFacts facts = result.recipe().facts();
        assertThat(facts.prepMinutes()).isEmpty();
        assertThat(facts.cookMinutes()).hasValue(45);
        assertThat(facts.totalMinutes()).hasValue(45);
        assertThat(facts.servings()).isEmpty();
        assertThat(facts.difficulty()).isEmpty();
        assertThat(facts.protein()).as("a list where one value was expected").isEqualTo("porc, boeuf");
        assertThat(result.problems()).extracting(Problem::message).satisfiesExactlyInAnyOrder(
                m -> assertThat(m).contains("'temps_prep'").contains("\"a while\"").contains("1h30"),
                m -> assertThat(m).contains("'portions'").contains("\"plenty\""),
                m -> assertThat(m).contains("'difficulté'").contains("single value"));
        assertThat(result.problems()).allMatch(problem -> !problem.isError());
    }

    @Test
    void saysAFileWithNeitherIngredientsNorStepsIsLeftOutOfTheRecipes() {
        RecipeParser.Result result = RecipeParser.parse("notes/idea.md", "# Une idée\n\nPenser à tester.\n".getBytes(StandardCharsets.UTF_8));
        assertThat(result.loaded()).isTrue();
        assertThat(result.recipe().title()).isEqualTo("Une idée");
        assertThat(result.recipe().isRecipe()).isFalse();
        assertThat(result.problems()).extracting(Problem::message).singleElement().asString()
                .startsWith("left out of the recipes: it has no ingredients and no steps").contains("'## Ingredients'");
    }

    @Test
    void warnsWhenIngredientsOrStepsAreMissing() {
        RecipeParser.Result noSteps = RecipeParser.parse("a.md", "# A\n\n## Ingredients\n\n- salt\n".getBytes(StandardCharsets.UTF_8));
        assertThat(noSteps.recipe().isRecipe()).isTrue();
        assertThat(noSteps.problems()).extracting(Problem::message).singleElement().asString().startsWith("no steps");
        RecipeParser.Result noIngredients = RecipeParser.parse("b.md", "# B\n\n## Steps\n\n1. Boil.\n".getBytes(StandardCharsets.UTF_8));
        assertThat(noIngredients.recipe().isRecipe()).isTrue();
        assertThat(noIngredients.problems()).extracting(Problem::message).singleElement().asString().startsWith("no ingredients");
    }

    @Test
    void readsMarkdownEscapesAndEntitiesAsTheCharactersTheyStandFor() {
        String text = "# Fish \\& chips\n\n## Ingredients\n\n- 2 \\* 200 g cod &amp; `a\\*b`\n\n## Steps\n\n1. Fry.\n";
        Recipe recipe = RecipeParser.parse("fish.md", text.getBytes(StandardCharsets.UTF_8)).recipe();
        assertThat(recipe.title()).isEqualTo("Fish & chips");
        assertThat(recipe.ingredients().get(0).items()).containsExactly("2 * 200 g cod & a\\*b");
    }

    @Test
    void takesTheFileNameAsTitleWhenThereIsNoHeading() {
        RecipeParser.Result result = RecipeParser.parse("desserts/Île flottante.md",
                "## Ingrédients\n\n- 4 oeufs\n\n## Étapes\n\n1. Battre.\n".getBytes(StandardCharsets.UTF_8));
        assertThat(result.recipe().title()).isEqualTo("Île flottante");
        assertThat(result.recipe().id()).isEqualTo("desserts-ile-flottante");
    }
}
