package dev.commis.vault;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Servings are people; any other amount is a yield, kept as written (FR and EN). */
class ServingsTextTest {

    @ParameterizedTest(name = "\"{0}\" serves {1}")
    @CsvSource(delimiter = '|', value = {
            "4                                | 4",
            "pour 4 personnes                 | 4",
            "4 personnes                      | 4",
            "Serves 4                         | 4",
            "serves 4-6                       | 4",
            "4 to 6 servings                  | 4",
            "4 servings (about 2 cups each)   | 4",
            "6 parts                          | 6",
            "8 portions                       | 8",
            "4 people                         | 4",
            "Pour 6 couverts                  | 6",
            "four                             | 4",
            "quatre personnes                 | 4",
            "4/6                              | 4",
            "4 adultes et 2 enfants           | 4",
            "makes 12                         | 12",
    })
    void readsPeople(String text, int servings) {
        ServingsText.Reading reading = ServingsText.read(text);
        assertThat(reading.servings()).hasValue(servings);
        assertThat(reading.yield()).isEmpty();
    }

    @ParameterizedTest(name = "\"{0}\" is a yield")
    @ValueSource(strings = {"About 2 dozen", "6 bottles", "1 loaf", "1 loaf (8 slices)", "24 cookies", "3 pizzas",
            "environ 1 litre", "1 moule de 24 cm", "makes about 2 litres"})
    void keepsOtherAmountsAsAYield(String text) {
        ServingsText.Reading reading = ServingsText.read(text);
        assertThat(reading.servings()).isEmpty();
        assertThat(reading.yield()).isEqualTo(text);
    }

    @ParameterizedTest(name = "\"{0}\" says nothing")
    @ValueSource(strings = {"", "plenty", "beaucoup", "true"})
    void readsNothingWithoutANumber(String text) {
        assertThat(ServingsText.read(text).isEmpty()).isTrue();
    }
}
