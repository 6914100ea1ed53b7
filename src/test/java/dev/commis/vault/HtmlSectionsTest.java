package dev.commis.vault;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** A recipe written in HTML inside its Markdown, as blog exports are, reads like one written in Markdown. */
class HtmlSectionsTest {

    private static RecipeParser.Result read(String body) {
        return RecipeParser.parse("r.md", ("---\ntitle: R\n---\n" + body).getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void readsHtmlHeadingsListsAndParagraphs() {
        RecipeParser.Result result = read("""
                <p>A soup for the end of summer.</p>
                <h2>Ingrédients</h2>
                <ul>
                  <li>2 courgettes</li>
                  <li>200 g de <strong>haricots blancs</strong></li>
                </ul>
                <h2>Préparation</h2>
                <ol>
                <li>Couper les légumes.</li>
                <li>Cuire 30 minutes.</li>
                </ol>
                """);
        Recipe recipe = result.recipe();
        assertThat(recipe.ingredients()).singleElement().satisfies(group ->
                assertThat(group.items()).containsExactly("2 courgettes", "200 g de haricots blancs"));
        assertThat(recipe.steps()).extracting(Step::text).containsExactly("Couper les légumes.", "Cuire 30 minutes.");
        assertThat(recipe.notes()).isEqualTo("A soup for the end of summer.");
        assertThat(result.problems()).isEmpty();
    }

    @Test
    void readsHtmlInsideAWrapperAndMarkdownAroundIt() {
        Recipe recipe = read("""
                ## Ingredients

                - 1 leek
                - 1 potato

                <div class="method">
                <h3>Method</h3>
                <ol><li>Sweat the leek.</li><li>Add the potato and simmer for 20 minutes.</li></ol>
                </div>

                Serve hot.
                """).recipe();
        assertThat(recipe.ingredients().get(0).items()).containsExactly("1 leek", "1 potato");
        assertThat(recipe.steps()).extracting(Step::text)
                .containsExactly("Sweat the leek.", "Add the potato and simmer for 20 minutes.");
    }

    @Test
    void leavesOtherHtmlAndInlineTagsAlone() {
        Recipe recipe = read("""
                ## Ingredients

                - 2 eggs <br> (or 3 small ones)

                ## Steps

                1. Boil the eggs for <b>7 minutes</b>.

                <iframe src="https://video.example/x"></iframe>
                """).recipe();
        assertThat(recipe.ingredients().get(0).items()).hasSize(1);
        assertThat(recipe.steps()).singleElement().extracting(Step::text).asString().contains("7 minutes");
    }
}
