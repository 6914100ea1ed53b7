package dev.commis.kitchen;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Repeats with no timer to belong to ("stir every 5 minutes until it thickens"): their period and words. */
class OpenRepeatTest {

    @ParameterizedTest(name = "\"{0}\" repeats every {1} s")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "Cook, stirring every 5 minutes, until the sauce thickens.                 | 300  | stirring every 5 minutes",
            "Remuer toutes les 10 minutes jusqu'à ce que la sauce nappe la cuillère.    | 600  | Remuer toutes les 10 minutes",
            "Stir every 10 minutes.                                                    | 600  | Stir every 10 minutes",
            "Baste every half hour with the pan juices.                                | 1800 | Baste every half hour",
            "Arroser toutes les 15 minutes avec le jus du plat.                        | 900  | Arroser toutes les 15 minutes",
            "Retourner les morceaux tous les quarts d'heure, jusqu'à ce qu'ils dorent. | 900  | Retourner les morceaux tous les quarts d'heure",
            "Keep warm over low heat, whisking every other minute.                     | 120  | whisking every other minute",
            "Fouetter à intervalles de 2 minutes jusqu'à ce que la crème épaississe.   | 120  | Fouetter à intervalles de 2 minutes",
            "Turn the skewers every 3 to 4 minutes until charred all over.             | 180  | Turn the skewers every 3 to 4 minutes",
            "Mélanger toutes les 5 min, puis toutes les 10 min quand ça épaissit.      | 300  | Mélanger toutes les 5 min",
    })
    void readsARepeatWithNoTimerAsOpen(String step, long every, String words) {
        assertThat(StepDurations.openRepeat(step)).contains(new OpenRepeat(every, words));
        assertThat(StepDurations.find(step)).as("an open repeat is no timer").isEmpty();
    }

    @ParameterizedTest(name = "\"{0}\" has no open repeat")
    @ValueSource(strings = {
            "Simmer for 20 mins, stirring every 5 minutes, until thick and jammy.",
            "Laisser mijoter 45 minutes à couvert, en remuant toutes les 10 minutes.",
            "Stir every 5 minutes and simmer for 20 minutes.",
            "En remuant toutes les 5 min, laisser mijoter 30 minutes.",
            "Cook, stirring occasionally, until the sauce thickens.",
            "Remuer de temps en temps jusqu'à ce que la sauce nappe la cuillère.",
            "Baste every so often with the pan juices.",
            "Cook until golden, turning halfway.",
            "Cuire quelques minutes en remuant.",
            "",
            "   ",
    })
    void findsNoOpenRepeatBesideATimerOrWithoutANumber(String step) {
        assertThat(StepDurations.openRepeat(step)).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void readsNothingFromNoText() {
        assertThat(StepDurations.openRepeat(null)).isEqualTo(Optional.empty());
    }
}
