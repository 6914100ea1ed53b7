package dev.commis.kitchen;

import static org.assertj.core.api.Assertions.assertThat;

import dev.commis.vault.RecipeParser;
import dev.commis.vault.Step;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Steps written in Title Case, as some sites and clippers capitalise every word, are steps with
 * their timers; a heading kept among the steps ("5-Minute Mug Cake", "Overnight Oats") still
 * gives none. French and English.
 */
class TitleCaseStepsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Bake For 25 Minutes Until Golden                  | 1500",
            "Simmer For 45 Minutes                             | 2700",
            "Rest The Dough 1 Hour                             | 3600",
            "Chill Overnight                                   | 28800",
            "Microwave For 90 Seconds                          | 90",
            "Laisser Reposer 30 Minutes                        | 1800",
            "Cuire 20 Minutes À 180 °C                         | 1200",
            "Faire Mijoter Pendant 2 Heures                    | 7200",
            "Réfrigérer Toute La Nuit                          | 28800",
            "Preheat The Oven To 200°C And Line A Tray         | ''",
            "1-Minute Microwave Instructions                   | ''",
            "5-Minute Chocolate Mug Cake                       | ''",
            "Overnight Oats                                    | ''",
            "For the 2-Hour Braise                             | ''",
            "Gâteau Express En 10 Minutes                      | ''",
            "Pasta In 15 Minutes                               | ''",
    })
    void readsTheTimersOfTitleCaseStepsButNotOfHeadings(String step, String timers) {
        assertThat(TimerNotation.of(StepDurations.find(step))).isEqualTo(timers);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "## Steps\\n\\n1. Preheat The Oven To 200°C And Line A Tray\\n2. Bake For 25 Minutes Until Golden",
            "## Étapes\\n\\n- Préchauffer Le Four À 200 °C\\n- Cuire 25 Minutes Jusqu'à Ce Que Ce Soit Doré",
            "## Method\\n\\nPreheat The Oven To 200°C And Line A Tray\\n\\nBake For 25 Minutes Until Golden",
    })
    void keepsTitleCaseStepsAsStepsOfTheRecipe(String steps) {
        var recipe = RecipeParser.parse("x.md", ("# T\n\n## Ingredients\n\n- 1 egg\n\n" + steps.replace("\\n", "\n") + "\n")
                .getBytes(StandardCharsets.UTF_8)).recipe();
        assertThat(recipe.steps()).hasSize(2);
        assertThat(recipe.steps()).extracting(Step::title).containsOnly("");
        assertThat(Timeline.of(recipe).steps().get(1).timers()).extracting(StepTimer::seconds).containsExactly(1500L);
    }
}
