package dev.commis.kitchen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import dev.commis.vault.LoadProgress;
import dev.commis.vault.Recipe;
import dev.commis.vault.Step;
import dev.commis.vault.VaultLoader;
import dev.commis.vault.VaultScanner;
import dev.commis.vault.VaultSnapshot;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.OptionalLong;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Timers in the sample vault's real steps: the seed recipe step by step, and every other recipe. */
class StepDurationsVaultTest {

    private static VaultSnapshot sample;

    @BeforeAll
    static void loadTheSampleVault() throws IOException {
        sample = new VaultLoader(new VaultScanner("Templates"), Clock.systemUTC(), LoadProgress.NONE)
                .load(Path.of("recipes"));
    }

    @ParameterizedTest(name = "seed step {0} times \"{1}\"")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "1 | \"\"",
            "2 | 10800",
            "3 | \"\"",
            "4 | 1800 every 600",
    })
    void readsTheSeedStepsAsTheCookNeedsThem(int number, String timers) {
        Step step = seed().steps().get(number - 1);
        assertThat(TimerNotation.of(StepDurations.find(step.text()))).isEqualTo(timers);
    }

    @Test
    void readsTheSeedsLastStepAsOneTimerWithItsStirring() {
        assertThat(StepDurations.find(seed().steps().get(3).text())).containsExactly(new StepTimer(1800,
                OptionalLong.empty(), OptionalLong.of(600),
                "return to the smoker for 30 minutes. Stir pork every 10 minutes"));
    }

    @Test
    void neverThrowsOnAnyStepOfTheSampleVault() {
        assertThat(sample.recipes()).hasSizeGreaterThanOrEqualTo(60);
        for (Recipe recipe : sample.recipes()) {
            for (Step step : recipe.steps()) {
                assertThatCode(() -> StepDurations.find(step.text()))
                        .as("%s step %d", recipe.path(), step.number())
                        .doesNotThrowAnyException();
            }
        }
    }

    @Test
    void findsTimersInAtLeastTwelveSampleRecipes() {
        long timed = sample.recipes().stream()
                .filter(recipe -> recipe.steps().stream().anyMatch(step -> !StepDurations.find(step.text()).isEmpty()))
                .count();
        assertThat(timed).isGreaterThanOrEqualTo(12);
    }

    private static Recipe seed() {
        return sample.recipe("plats-pork-belly-burnt-ends").orElseThrow();
    }
}
