package dev.commis.kitchen;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Spoon measures as French and English recipe sites abbreviate them, with fractions, scaled: an
 * abbreviation ending in a dot ("cuil.", "c.") takes no plural mark; words and fractions scale.
 */
class FrenchMeasuresTest {

    @ParameterizedTest(name = "{0} x{1}")
    @CsvSource(delimiter = '|', value = {
            "1/2 c. à soupe de kirsch        | 2 | 1 c. à soupe de kirsch",
            "½ cuil. à café de cannelle      | 2 | 1 c. à café de cannelle",
            "1 cuil. à s. de sel             | 2 | 2 cuil. à s. de sel",
            "1 c. à s. d'huile               | 3 | 3 c. à s. d'huile",
            "une pincée de sel               | 2 | 2 pincées de sel",
            "3/4 cuillère à soupe de miel    | 2 | 1 ½ cuillère à soupe de miel",
            "1/2 tbsp kirsch                 | 2 | 1 tbsp kirsch",
            "1 tsp. vanilla                  | 2 | 2 tsp vanilla",
    })
    void scalesAbbreviatedSpoonMeasures(String line, double factor, String scaled) {
        assertThat(Quantities.scale(line, factor, UnitSystem.AS_WRITTEN)).isEqualTo(scaled);
    }
}
