package dev.commis.kitchen;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Showing ingredient lines in metric or imperial units, scaled or not. */
class QuantitiesConversionTest {

    @ParameterizedTest(name = "\"{0}\" × {1} in metric = \"{2}\"")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "1 lb potatoes                         | 1 | 455 g potatoes",
            "8 oz cheddar                          | 1 | 225 g cheddar",
            "1 oz butter                           | 1 | 28 g butter",
            "3 lb beef                             | 1 | 1.35 kg beef",
            "1 lb 2 oz beef                        | 1 | 510 g beef",
            "1 cup milk                            | 1 | 240 ml milk",
            "2 cups milk                           | 2 | 960 ml milk",
            "¾ cup whole milk                      | 1 | 180 ml whole milk",
            "1 fl oz dark rum                      | 1 | 30 ml dark rum",
            "1 pint chicken stock                  | 1 | 480 ml chicken stock",
            "1 quart chicken stock                 | 2 | 1.9 l chicken stock",
            "1 x 14 oz can tomatoes                | 2 | 2 x 395 g can tomatoes",
            "4 chicken breasts (about 1 ¾ lb)      | 1 | 4 chicken breasts (about 795 g)",
    })
    void convertsImperialUnitsToMetric(String line, double factor, String expected) {
        assertThat(Quantities.scale(line, factor, UnitSystem.METRIC)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "\"{0}\" × {1} in imperial = \"{2}\"")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "2kg pork belly, skin removed          | 1 | 4 ½ lb pork belly, skin removed",
            "2kg pork belly, skin removed          | 2 | 8 ¾ lb pork belly, skin removed",
            "125g unsalted butter                  | 1 | 4 ½ oz unsalted butter",
            "250 g de farine                       | 2 | 1 lb de farine",
            "1 kg d'oignons                        | 1 | 2 ¼ lb d'oignons",
            "100ml thickened cream                 | 1 | 3 ½ fl oz thickened cream",
            "250ml water                           | 1 | 1 cup water",
            "80ml water                            | 1 | ⅓ cup water",
            "600ml milk                            | 1 | 2 ½ cups milk",
            "1 l water                             | 1 | 1 quart water",
            "25 cl d'eau                           | 1 | 1 tasse d'eau",
            "50 cl de lait                         | 1 | 2 tasses de lait",
            "1 l de lait                           | 1 | 4 ¼ tasses de lait",
            "10 ml vanilla extract                 | 1 | 2 tsp vanilla extract",
            "30 ml neutral oil                     | 1 | 2 tbsp neutral oil",
            "6 saucisses de Toulouse (environ 600 g) | 1 | 6 saucisses de Toulouse (environ 1 ¼ lb)",
    })
    void convertsMetricUnitsToImperial(String line, double factor, String expected) {
        assertThat(Quantities.scale(line, factor, UnitSystem.IMPERIAL)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "\"{0}\" × {1} in {2} = \"{3}\"")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "110g (½ cup) brown sugar              | 2 | IMPERIAL | 1 cup brown sugar",
            "200g (7 oz) block of feta             | 1 | IMPERIAL | 7 oz block of feta",
            "200g/7oz kidney beans                 | 2 | IMPERIAL | 14 oz kidney beans",
            "½ cup (120ml) heavy cream             | 2 | METRIC   | 240 ml heavy cream",
            "1 cup (225g) unsalted butter, softened | 1 | METRIC  | 225 g unsalted butter, softened",
            "1/2 cup (113g) unsalted butter        | 1 | METRIC   | 113 g unsalted butter",
            "3 lb (1.4 kg) Yukon Gold potatoes     | 1 | METRIC   | 1.4 kg Yukon Gold potatoes",
    })
    void usesTheBracketWhenItAlreadySpeaksTheChosenSystem(String line, double factor, UnitSystem system,
            String expected) {
        assertThat(Quantities.scale(line, factor, system)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "\"{0}\" × {1} in {2} = \"{3}\"")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "110g (½ cup) brown sugar              | 2 | METRIC   | 220 g brown sugar",
            "200g/7oz kidney beans                 | 2 | METRIC   | 400 g kidney beans",
            "1 cup / 240 ml whole milk             | 1 | IMPERIAL | 1 cup whole milk",
            "100g (½ cup) caster sugar             | 1 | METRIC   | 100g caster sugar",
            "½ cup (120ml) heavy cream             | 1 | IMPERIAL | ½ cup heavy cream",
            "8 oz (225g) dark chocolate, 70%       | 2 | IMPERIAL | 1 lb dark chocolate, 70%",
    })
    void dropsTheBracketThatSpeaksTheOtherSystem(String line, double factor, UnitSystem system, String expected) {
        assertThat(Quantities.scale(line, factor, system)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "\"{0}\" × {1} in {2} = \"{3}\"")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "2 tbsp olive oil                      | 1 | METRIC   | 2 tbsp olive oil",
            "2 tbsp olive oil                      | 1 | IMPERIAL | 2 tbsp olive oil",
            "1 c. à café de cannelle               | 3 | METRIC   | 1 c. à soupe de cannelle",
            "1 c. à café de cannelle               | 1 | IMPERIAL | 1 c. à café de cannelle",
            "une pincée de sel                     | 2 | IMPERIAL | 2 pincées de sel",
            "4 eggs                                | 1 | METRIC   | 4 eggs",
            "4 oeufs                               | 1 | IMPERIAL | 4 oeufs",
    })
    void keepsSpoonsPinchesAndCountsInEverySystem(String line, double factor, UnitSystem system, String expected) {
        assertThat(Quantities.scale(line, factor, system)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "\"{0}\" × {1} in {2} = \"{3}\"")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "2 × 400 g de pois chiches             | 1 | IMPERIAL | 2 × 14 oz de pois chiches",
            "1 x 400ml tin coconut milk            | 2 | IMPERIAL | 2 x 13 ½ fl oz tin coconut milk",
            "2 × 400 g de pois chiches             | 1 | METRIC   | 2 × 400 g de pois chiches",
    })
    void convertsPackageSizesWithoutScalingThem(String line, double factor, UnitSystem system, String expected) {
        assertThat(Quantities.scale(line, factor, system)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "\"{0}\" in imperial = \"{1}\"")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "0,1 g de safran                       | 0,1 g de safran",
            "2 g de sel fin                        | 2 g de sel fin",
    })
    void leavesAMassTooSmallForOuncesInGrams(String line, String expected) {
        assertThat(Quantities.scale(line, 1, UnitSystem.IMPERIAL)).isEqualTo(expected);
    }
}
