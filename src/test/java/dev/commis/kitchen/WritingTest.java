package dev.commis.kitchen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.commis.text.Language;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How amounts are rounded and written: as a cook writes them, in French or in English. */
class WritingTest {

    @ParameterizedTest(name = "{0} {1} in {2} is \"{4}\"")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "0.5       | CUP     | EN | . | ½ cup",
            "1         | CUP     | EN | . | 1 cup",
            "1.5       | CUP     | EN | . | 1 ½ cups",
            "2         | CUP     | FR | , | 2 tasses",
            "1.5       | CUP     | FR | , | 1 ½ tasse",
            "1.5       | KG      | FR | , | 1,5 kg",
            "1.5       | KG      | EN | . | 1.5 kg",
            "250       | G       | EN | . | 250 g",
            "0.25      | TSP     | EN | . | ¼ tsp",
            "0.125     | TSP     | EN | . | ⅛ tsp",
            "0.75      | TBSP    | FR | , | ¾ c. à soupe",
            "0.3333333 | CUP     | EN | . | ⅓ cup",
            "2.6666667 | TBSP    | EN | . | 2 ⅔ tbsp",
            "0.375     | TSP     | EN | . | ⅜ tsp",
            "3         | EACH    | EN | . | 3",
            "1.5       | EACH    | FR | , | 1 ½",
            "1         | PINCH   | EN | . | 1 pinch",
            "2         | PINCH   | EN | . | 2 pinches",
            "2         | PINCH   | FR | , | 2 pincées",
            "4.5       | OZ      | EN | . | 4 ½ oz",
            "2         | FL_OZ   | EN | . | 2 fl oz",
            "3         | HANDFUL | FR | , | 3 poignées",
    })
    void writesFractionsForSpoonsCupsAndCountsAndDecimalsForMetric(double value, Unit unit, Language language,
            String mark, String expected) {
        Writer writer = new Writer(language, mark.charAt(0));
        assertThat(writer.write(Measure.of(value, unit), null, "")).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} to {1} {2} with \"{3}\" is \"{4}\"")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "2   | 3 | EACH | \"\"     | 2-3",
            "2   | 3 | EACH | \" à \" | 2 à 3",
            "0.5 | 1 | TSP  | –      | ½–1 tsp",
            "1   | 2 | CUP  | \" to \" | 1 to 2 cups",
    })
    void writesRangesWithTheMarkTheLineUsed(double low, double high, Unit unit, String mark, String expected) {
        Writer writer = new Writer(Language.EN, '.');
        assertThat(writer.write(new Measure(new Amount(low, high), unit), null, mark)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} {1} rounds to {2}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "1503   | G     | 1505",
            "113    | G     | 115",
            "62.5   | G     | 63",
            "7.3    | G     | 7.5",
            "0.04   | G     | 0.1",
            "1.37   | KG    | 1.35",
            "12.3   | CL    | 12",
            "4.4    | CL    | 4.5",
            "0.3    | TSP   | 0.3333",
            "0.05   | TSP   | 0.125",
            "5.1    | TBSP  | 5",
            "1.7    | TBSP  | 1.6667",
            "0.85   | CUP   | 0.75",
            "1.2    | EACH  | 1",
            "1.3    | EACH  | 1.5",
            "0.3    | EACH  | 0.3333",
            "7.5    | EACH  | 8",
            "0.4    | PINCH | 1",
            "2.6    | PINCH | 3",
            "4.46   | OZ    | 4.5",
            "1.1    | LB    | 1",
            "13.3   | FL_OZ | 13.5",
    })
    void roundsToTheStepsOfEachUnit(double value, Unit unit, double expected) {
        assertThat(Rounding.round(value, unit)).isCloseTo(expected, within(1e-3));
    }
}
