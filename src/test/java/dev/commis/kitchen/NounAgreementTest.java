package dev.commis.kitchen;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A scaled count agrees its noun, in French and English; words it cannot judge stay as written. */
class NounAgreementTest {

    @ParameterizedTest(name = "{0} × {1} → {2}")
    @CsvSource(delimiter = '|', value = {
            "1 gousse de vanille           | 2    | 2 gousses de vanille",
            "1 échalote                    | 2    | 2 échalotes",
            "2 échalotes, émincées         | 0.5  | 1 échalote, émincées",
            "1 petite échalote             | 3    | 3 petites échalotes",
            "le jus d'1 citron             | 2    | le jus de 2 citrons",
            "1 poireau                     | 2    | 2 poireaux",
            "2 noix                        | 0.5  | 1 noix",
            "4 very fresh eggs             | 0.25 | 1 very fresh egg",
            "1 spring onion, sliced        | 3    | 3 spring onions, sliced",
            "1 ripe tomato                 | 2    | 2 ripe tomatoes",
            "2 ripe tomatoes               | 0.5  | 1 ripe tomato",
            "1 cherry                      | 2    | 2 cherries",
            "2 garlic cloves, crushed      | 0.5  | 1 garlic clove, crushed",
            "1 bay leaf                    | 3    | 3 bay leaves",
            "1 lime                        | 2    | 2 limes",
            "juice of 1 lemon              | 2    | juice of 2 lemons",
            "2 eggs                        | 2    | 4 eggs",
            "1 x 400g tin plum tomatoes    | 2    | 2 x 400g tin plum tomatoes",
    })
    void agreesTheCountedNoun(String line, double factor, String scaled) {
        assertThat(Quantities.scale(line, factor, UnitSystem.AS_WRITTEN)).isEqualTo(scaled);
    }
}
