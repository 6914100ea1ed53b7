package dev.commis.vault;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A recipe page's buttons, copied as text by a web clipper, are no notes; a sentence that names them is. */
class PageControlsTest {

    @ParameterizedTest(name = "\"{0}\" leaves notes \"{1}\"")
    @CsvSource(delimiter = ';', value = {
            "Jump to Recipe ; ''",
            "[Jump to Recipe](#recipe) · [Print Recipe](#print) ; ''",
            "Jump to Video | Pin Recipe | Rate this recipe ; ''",
            "Aller à la recette ; ''",
            "Imprimer la recette ; ''",
            "Jump to recipe, or read how my grandmother made it. ; Jump to recipe, or read how my grandmother made it.",
            "Print it on thick paper. ; Print it on thick paper.",
            "Imprimer en deux exemplaires. ; Imprimer en deux exemplaires.",
    })
    void leavesOutTheButtonsOfTheClippedPage(String line, String notes) {
        String file = "---\ntitle: Soup\nsource: https://example.org/soup\n---\n" + line
                + "\n\n## Ingredients\n\n- 1 leek\n\n## Steps\n\n1. Cook the leek.\n";
        Recipe recipe = RecipeParser.parse("soup.md", file.getBytes(StandardCharsets.UTF_8)).recipe();
        assertThat(recipe.notes()).isEqualTo(notes);
    }
}
