package dev.commis.kitchen;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Step texts in the shapes real recipe pages and vaults use (French and English), each with
 * exactly the timers a cook needs: seconds, range end and repeat; many have none.
 */
class StepTimerCorpusTest {

    record Case(String step, String timers) {
        @Override
        public String toString() {
            return step;
        }
    }

    static List<Case> corpus() throws IOException {
        try (InputStream in = StepTimerCorpusTest.class.getResourceAsStream("/steps/step-timers.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .map(line -> {
                        int bar = line.lastIndexOf('|');
                        return new Case(line.substring(0, bar).strip(), line.substring(bar + 1).strip());
                    })
                    .toList();
        }
    }

    static Stream<Case> cases() throws IOException {
        return corpus().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void readsExactlyTheTimersOfTheStep(Case c) {
        assertThat(TimerNotation.of(StepDurations.find(c.step()))).isEqualTo(c.timers());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void keepsTheStepsOwnWordsAsEachTimersText(Case c) {
        assertThat(StepDurations.find(c.step())).allSatisfy(timer -> assertThat(c.step()).contains(timer.text()));
    }

    @Test
    void coversEnoughStepsOfBothKinds() throws IOException {
        List<Case> cases = corpus();
        assertThat(cases).hasSizeGreaterThanOrEqualTo(200);
        assertThat(cases.stream().filter(c -> c.timers().isEmpty())).hasSizeGreaterThanOrEqualTo(50);
    }
}
