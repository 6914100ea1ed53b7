package dev.commis.kitchen;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Days as a timer's unit, French and English: a long wait a cook sets a reminder for ("laisser
 * fermenter 2 jours"), the high end of a range ("or up to 2 days"); how long a dish keeps, a day
 * named without a number, a rhythm ("once a day") and a planning lead ("2 days ahead") are no timers.
 */
class DayTimersTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Laisser fermenter 2 jours à température ambiante.             | 172800",
            "Let the dough ferment for 3 days in the fridge.              | 259200",
            "Faire dégorger le concombre 1 jour au frais.                 | 86400",
            "Leave the brine to work for 1 day, then rinse.               | 86400",
            "Marinate for 2 days, turning the meat once a day.            | 172800",
            "Laisser mariner 2 à 3 jours au réfrigérateur.                | 172800-259200",
            "Cure the salmon for 2-3 days, weighted down.                 | 172800-259200",
            "Chill at least 1 hour, or up to 2 days.                      | 3600-172800",
            "Laisser reposer au moins 12 heures et jusqu'à 2 jours.       | 43200-172800",
            "Leave to cure for 48 h.                                      | 172800",
            "Keeps 3 days in the fridge.                                  | ''",
            "Se conserve 2 jours au réfrigérateur.                        | ''",
            "Store in an airtight container for 5 days.                   | ''",
            "Il se garde 4 jours dans une boîte en fer.                   | ''",
            "Make the dough 2 days ahead.                                 | ''",
            "Préparer la marinade 2 jours à l'avance.                     | ''",
            "Feed the starter once a day.                                 | ''",
            "Serve the next day.                                          | ''",
            "Conserver jusqu’à 3 jours au frais.                          | ''",
    })
    void readsDaysAsATimersUnit(String step, String timers) {
        assertThat(TimerNotation.of(StepDurations.find(step))).isEqualTo(timers);
    }
}
