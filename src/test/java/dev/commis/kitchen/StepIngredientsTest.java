package dev.commis.kitchen;

import static org.assertj.core.api.Assertions.assertThat;

import dev.commis.vault.IngredientGroup;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which ingredient lines a step names, in French and in English. */
class StepIngredientsTest {

    private static final List<IngredientGroup> FRENCH = List.of(
            new IngredientGroup("", List.of("2 gousses d'ail", "4 tomates bien mûres", "200 g de feta", "1 pincée de sel")),
            new IngredientGroup("Sauce", List.of("10 cl de crème fraîche", "1 c. à soupe d'huile d'olive")));
    private static final List<IngredientGroup> ENGLISH = List.of(
            new IngredientGroup("", List.of("125 g unsalted butter, softened", "2 large eggs", "3 garlic cloves",
                    "1 cup plain flour", "a pinch of salt")));

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
            "fr | Ajoutez l’ail écrasé et les tomates.           | 2 gousses d'ail;4 tomates bien mûres",
            "fr | Émietter la feta.                               | 200 g de feta",
            "fr | Ajouter le sel, puis verser la crème et l'huile. | 1 pincée de sel;10 cl de crème fraîche;1 c. à soupe d'huile d'olive",
            "fr | Laisser reposer une heure.                      | ''",
            "fr | Préchauffer le four à 200 °C.                   | ''",
            "en | Melt the butter, then beat in the egg.          | 125 g unsalted butter, softened;2 large eggs",
            "en | Fold in the flour with a pinch of salt.         | 1 cup plain flour;a pinch of salt",
            "en | Crush the garlic.                               | 3 garlic cloves",
            "en | Rest for ten minutes.                           | ''",
    })
    void findsTheLinesTheStepNames(String lang, String step, String expected) {
        List<String> lines = StepIngredients.of(lang.equals("fr") ? FRENCH : ENGLISH, step);
        List<String> wanted = expected.isEmpty() ? List.of() : Arrays.asList(expected.split(";"));
        assertThat(lines).containsExactlyElementsOf(wanted);
    }
}
