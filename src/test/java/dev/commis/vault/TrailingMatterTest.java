package dev.commis.vault;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What follows or surrounds the steps in exported recipes, FR and EN: a rule ends the steps, a bold
 * lead-in ("**Tip:** ...") is a note and not a section that swallows its text, a table of facts is
 * read only when every column is a fact. In a cell, {@code \n} is a line break and {@code ¦} a table's bar.
 */
class TrailingMatterTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            a rule then a signature (EN)   | ## Steps\\n\\n1. Squeeze.\\n2. Stir.\\n\\n---\\n\\nSigned, Grandma\\n                         | 2 | Signed, Grandma
            a rule then a signature (FR)   | ## Étapes\\n\\n1. Presser.\\n2. Mélanger.\\n\\n---\\n\\nRecette de Mamie\\n                  | 2 | Recette de Mamie
            a bold tip after steps (EN)    | ## Instructions\\n\\n- [ ] Squeeze.\\n- [ ] Stir.\\n\\n**Tip:** Chill the glasses.\\n         | 2 | Tip: Chill the glasses.
            a bold tip after steps (FR)    | ## Préparation\\n\\n1. Presser.\\n2. Mélanger.\\n\\n**Astuce :** Servir bien frais.\\n     | 2 | Astuce : Servir bien frais.
            a mixed table stays a note (EN)| ## Notes\\n\\n¦ Serves ¦ Colour ¦\\n¦ --- ¦ --- ¦\\n¦ 4 ¦ yellow ¦\\n\\n## Steps\\n\\n1. Squeeze.\\n | 1 | yellow
            steps under 'Déroulé' (FR)     | ## Déroulé\\n\\nPresser les citrons.\\n\\nAllonger d'eau.\\n                              | 2 | -
            steps under 'Pas à pas' (FR)   | ## Pas à pas\\n\\n1) Presser les citrons.\\n2) Allonger d'eau.\\n                          | 2 | -
            """)
    void keepsStepsAndNotesApart(String label, String body, int steps, String note) {
        String text = "# Citronnade\n\n## Ingredients\n\n- 4 lemons\n\n" + body.replace("\\n", "\n").replace("¦", "|");
        Recipe recipe = RecipeParser.parse("x.md", text.getBytes(StandardCharsets.UTF_8)).recipe();
        assertThat(recipe.steps()).as(label).hasSize(steps);
        if (!note.equals("-")) {
            assertThat(recipe.notes()).as(label).contains(note);
            assertThat(recipe.steps()).as(label).noneMatch(step -> step.text().contains(note));
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            EN | ¦ Serves ¦ Prep ¦ Cook ¦\\n¦ --- ¦ --- ¦ --- ¦\\n¦ 4 ¦ 20 min ¦ 1 hr ¦                 | 4 | 20 | 60
            FR | ¦ Portions ¦ Préparation ¦ Cuisson ¦\\n¦---¦---¦---¦\\n¦ 6 ¦ 15 min ¦ 1h30 ¦              | 6 | 15 | 90
            """)
    void readsATableOfFactLabelsOverOneRowOfValues(String language, String table, int servings, int prep, int cook) {
        String text = "# Plat\n\n" + table.replace("\\n", "\n").replace("¦", "|") + "\n\n## Ingredients\n\n- 1 egg\n";
        Recipe recipe = RecipeParser.parse("x.md", text.getBytes(StandardCharsets.UTF_8)).recipe();
        assertThat(recipe.facts().servings()).as(language).hasValue(servings);
        assertThat(recipe.facts().prepMinutes()).as(language).hasValue(prep);
        assertThat(recipe.facts().cookMinutes()).as(language).hasValue(cook);
        assertThat(recipe.notes()).as(language).isEmpty();
    }
}
