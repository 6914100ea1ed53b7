package dev.commis.importer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.commis.vault.IngredientGroup;
import dev.commis.vault.Recipe;
import dev.commis.vault.RecipeParser;
import dev.commis.vault.Step;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What is written for a page reads back, through the vault's own parser, as exactly what the page said. */
class MarkdownRoundTripTest {

    private static final LocalDate ADDED = LocalDate.of(2026, 12, 6);

    @ParameterizedTest
    @ValueSource(strings = {"graph-yoast.html", "sections-array.html", "microdata-only.html", "tarte-francaise.html",
            "markdown-hostile.html"})
    void readsBackWhatThePageSaid(String fixture) {
        PageRecipe page = RecipePageReader.read(Pages.page(fixture, "https://site.example/p?id=1_2")).orElseThrow();
        String markdown = RecipeMarkdown.of(page, ADDED);

        RecipeParser.Result result = RecipeParser.parse("Imports/x.md", markdown.getBytes(StandardCharsets.UTF_8));

        assertThat(result.problems()).as(markdown).isEmpty();
        Recipe recipe = result.recipe();
        assertThat(recipe.title()).isEqualTo(page.title());
        assertThat(recipe.ingredients()).as(markdown).isEqualTo(page.ingredients().stream()
                .map(g -> new IngredientGroup(g.name(), g.items())).toList());
        assertThat(recipe.steps()).extracting(Step::title).containsOnly("");
        assertThat(recipe.steps()).extracting(Step::text).as(markdown)
                .isEqualTo(page.steps().stream().flatMap(g -> g.items().stream()).toList());
        assertThat(recipe.facts().servings()).isEqualTo(page.servings());
        assertThat(recipe.facts().prepMinutes()).isEqualTo(page.prepMinutes());
        assertThat(recipe.facts().cookMinutes()).isEqualTo(page.cookMinutes());
        assertThat(recipe.facts().totalMinutes()).isEqualTo(page.totalMinutes());
        assertThat(recipe.facts().url()).isEqualTo(page.url());
        assertThat(recipe.facts().source()).isEqualTo(page.site());
        assertThat(recipe.facts().dateAdded()).isEqualTo("2026-12-06");
        assertThat(recipe.facts().cuisine()).isEqualTo(page.cuisine());
        assertThat(recipe.facts().type()).isEqualTo(page.category());
        assertThat(recipe.images()).as("a web image is not a vault attachment").isEmpty();
        assertThat(recipe.links()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"*bold* and _it_", "[[Other recipe]] and [x](http://y)", "<b>tag</b> &amp; &copy;",
            "1. not a list", "2) nor this", "- nor this", "+ nor this", "# nor a heading", "> nor a quote",
            "== mark == ~~gone~~ $math$ %%comment%% ^block", "back\\slash `code`", "a | b", "**Title** - text",
            "![[photo.jpg]] ![alt](p.png)", "line ending with hashes ##", "100 % sûr, l’été « chaud »", "3 < 4 > 2",
            "=== setext?", "***", "---", "1986. A year", "tab\tinside"})
    void escapesEveryLineSoThatItReadsBackAsWritten(String text) {
        String clean = dev.commis.text.Whitespace.collapse(text);
        PageRecipe page = new PageRecipe(clean, "en", List.of(new PageRecipe.Group(clean, List.of(clean))),
                List.of(new PageRecipe.Group("", List.of(clean, "second"))), OptionalInt.empty(), "",
                OptionalInt.empty(), OptionalInt.empty(), OptionalInt.empty(), clean, clean, List.of(clean), "", clean,
                "https://site.example/a_b*c", clean);

        Recipe recipe = RecipeParser.parse("Imports/x.md", RecipeMarkdown.of(page, ADDED).getBytes(StandardCharsets.UTF_8))
                .recipe();

        List<String> steps = new ArrayList<>();
        recipe.steps().forEach(step -> steps.add(step.text()));
        assertThat(recipe.title()).isEqualTo(clean);
        assertThat(recipe.ingredients()).containsExactly(new IngredientGroup(clean, List.of(clean)));
        assertThat(steps).containsExactly(clean, "second");
        assertThat(recipe.facts().cuisine()).isEqualTo(clean);
        assertThat(recipe.facts().url()).isEqualTo("https://site.example/a_b*c");
        assertThat(recipe.images()).isEmpty();
        assertThat(recipe.links()).isEmpty();
    }
}
