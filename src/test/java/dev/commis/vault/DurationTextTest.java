package dev.commis.vault;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.OptionalInt;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Front matter durations, as people write them. */
class DurationTextTest {

    @ParameterizedTest(name = "\"{0}\" is {1} minutes")
    @CsvSource(delimiter = '|', value = {
            "230        | 230",
            "20         | 20",
            "12.5       | 13",
            "20 min     | 20",
            "20min      | 20",
            "20 mn      | 20",
            "45 minutes | 45",
            "1h         | 60",
            "1h30       | 90",
            "1 h 30     | 90",
            "1h 30 min  | 90",
            "3h30min    | 210",
            "2 heures   | 120",
            "1 heure 15 | 75",
            "1 hr 15 mins | 75",
            "2 hours    | 120",
            "1.5 h      | 90",
            "1,5 h      | 90",
            "PT1H30M    | 90",
            "pt45m      | 45",
    })
    void readsDurations(String text, int minutes) {
        assertThat(DurationText.minutes(text)).hasValue(minutes);
    }

    @ParameterizedTest(name = "\"{0}\" is not a duration")
    @ValueSource(strings = {"", "  ", "a while", "long", "h", "min", "1 jour", "20 min ou plus", "PT", "-5"})
    void refusesWhatIsNotADuration(String text) {
        assertThat(DurationText.minutes(text)).isEqualTo(OptionalInt.empty());
    }
}
