package dev.commis.chat;

import static org.assertj.core.api.Assertions.assertThat;

import dev.commis.text.Language;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DurationsTest {

    @ParameterizedTest(name = "{0} s to {1} s in {2} is \"{3}\"")
    @CsvSource(delimiter = '|', value = {
            "300  | 420   | EN | 5–7 min",
            "3600 | 7200  | FR | 1–2 h",
            "30   | 45    | EN | 30–45 s",
            "2700 | 3600  | EN | 45 min–1 h",
            "3600 | 5400  | EN | 1 h–1 h 30 min",
            "3600 | 5400  | FR | 1 h–1 h 30",
            "90   | 150   | EN | 1 min 30 s–2 min 30 s",
    })
    void saysARangesUnitOnceWhenBothEndsShareIt(long low, long high, Language lang, String expected) {
        assertThat(Durations.range(low, high, lang)).isEqualTo(expected);
    }
}
