package dev.commis.kitchen;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Repeated actions inside a timer ("stir every 10 minutes") and the timer they belong to. */
class StepRepeatsTest {

    @ParameterizedTest(name = "\"{0}\" times {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "Return to the smoker for 30 minutes. Stir pork every 10 minutes to mix through glaze. | 1800 every 600",
            "Laisser mijoter 45 minutes à couvert, à feu doux, en remuant toutes les 10 minutes. | 2700 every 600",
            "Laisser mijoter 3 heures (ou enfourner à 150°C, th. 5), en remuant toutes les 30 minutes. | 10800 every 1800",
            "Simmer for 20 mins, stirring every 5 minutes, until thick and jammy. | 1200 every 300",
            "Cook on a hot barbecue for 10-12 minutes, turning every 3 minutes, until charred. | 600-720 every 180",
            "Laisser mijoter 1h30 à couvert, en remuant toutes les 20 minutes. | 5400 every 1200",
            "Enfourner pour 2 heures. Une croûte se forme : l'enfoncer dans les haricots toutes les 30 minutes. | 7200 every 1800",
            "Cuire 30 minutes en remuant toutes les 5 min.                    | 1800 every 300",
            "Bake for 40 minutes, basting every half hour.                    | 2400 every 1800",
            "Cuire 2 heures, arroser toutes les heures.                       | 7200 every 3600",
            "Cuire 1 heure en retournant tous les quarts d'heure.             | 3600 every 900",
            "Remuer toutes les deux minutes pendant 10 minutes.               | 600 every 120",
            "Fry for 3-4 minutes a side, turning every minute.                | 180-240 every 60",
            "Bake 1 hour, turning every 10 to 15 minutes.                     | 3600 every 600",
            "Bake 1 hour, basting every 20 minutes; rest 15 minutes.          | 3600 every 1200, 900",
            "Brown the lamb for 10 minutes. Simmer for 30 minutes, stirring every 10 minutes. | 600, 1800 every 600",
    })
    void attachesARepeatToTheClosestTimerBeforeIt(String step, String timers) {
        assertThat(TimerNotation.of(StepDurations.find(step))).isEqualTo(timers);
    }

    @ParameterizedTest(name = "\"{0}\" times {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "En remuant toutes les 5 min, laisser mijoter 30 minutes.   | 1800 every 300",
            "Stir every 5 minutes and simmer for 20 minutes.            | 1200 every 300",
            "Toutes les 10 minutes, arroser ; cuire 1 heure puis 10 minutes. | 3600 every 600, 600",
    })
    void attachesARepeatWithNoTimerBeforeItToTheNextTimer(String step, String timers) {
        assertThat(TimerNotation.of(StepDurations.find(step))).isEqualTo(timers);
    }

    @ParameterizedTest(name = "\"{0}\" has no timer")
    @ValueSource(strings = {
            "Arroser toutes les 15 minutes avec le jus du plat ; ajouter un peu d'eau si le fond attache.",
            "Stir every 10 minutes.",
            "Retourner les morceaux toutes les 5 min.",
            "Baste every half hour with the pan juices.",
    })
    void dropsARepeatWithNoTimer(String step) {
        assertThat(StepDurations.find(step)).isEmpty();
    }

    @Test
    void keepsTheFirstRepeatGivenToATimer() {
        String step = "Cuire 30 min, remuer toutes les 10 min, puis toutes les 5 min.";
        assertThat(TimerNotation.of(StepDurations.find(step))).isEqualTo("1800 every 600");
    }

    @Test
    void runsTheTimerTextThroughItsRepeatWhenTheyAreClose() {
        assertThat(StepDurations.find("Toss the pork gently to combine, then return to the smoker for 30 minutes. "
                + "Stir pork every 10 minutes to mix through glaze."))
                .singleElement().extracting(StepTimer::text)
                .isEqualTo("return to the smoker for 30 minutes. Stir pork every 10 minutes");
    }

    @Test
    void keepsOnlyTheTimerWordsWhenItsRepeatIsFar() {
        assertThat(StepDurations.find("Enfourner pour 2 heures sans couvrir. Une croûte dorée se forme : la "
                + "casser à la cuillère et l'enfoncer dans les haricots toutes les 30 minutes "
                + "(la tradition dit 7 fois)."))
                .singleElement().extracting(StepTimer::text)
                .isEqualTo("Enfourner pour 2 heures");
    }
}
