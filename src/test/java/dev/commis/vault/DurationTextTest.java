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

    @ParameterizedTest(name = "\"{0}\" reads as {1} minutes in front matter or a body line")
    @CsvSource(delimiter = '|', value = {
            "PT20M                      | 20",
            "P0DT1H30M                  | 90",
            "PT1H15M30S                 | 76",
            "1:30                       | 90",
            "1 hour                     | 60",
            "1 hour 30 minutes          | 90",
            "1 hour and 15 minutes      | 75",
            "about 45 minutes           | 45",
            "environ 20 min             | 20",
            "10-15 minutes              | 10",
            "10 à 15 min                | 10",
            "20 min ou plus             | 20",
            "1 heure et demie           | 90",
            "une demi-heure             | 30",
            "an hour                    | 60",
            "1 day                      | 1440",
            "2 jours                    | 2880",
            "1 h 30                     | 90",
            "3 hours                    | 180",
            "90 seconds                 | 2",
            "30 minutes (plus cooling)  | 30",
            "20 min (+ 1 hour marinating) | 20",
            "(45 min)                   | 45",
    })
    void readsLongerDurationTexts(String text, int minutes) {
        assertThat(DurationText.minutesIn(text)).hasValue(minutes);
    }

    @ParameterizedTest(name = "\"{0}\" is no duration, even in a longer text")
    @ValueSource(strings = {"", "a while", "true", "Serves 4", "2 medium onions", "PT", "about an"})
    void findsNoDurationWhereThereIsNone(String text) {
        assertThat(DurationText.minutesIn(text)).isEqualTo(OptionalInt.empty());
    }
}
