package dev.commis.kitchen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Scaling ingredient lines in the units they are written in: what is read, and how it is written back. */
class QuantitiesScaleTest {

    private static String scale(String line, double factor) {
        return Quantities.scale(line, factor, UnitSystem.AS_WRITTEN);
    }

    @ParameterizedTest(name = "\"{0}\" × {1} = \"{2}\"")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "2 eggs                                | 2    | 4 eggs",
            "1,5 kg de pommes de terre             | 2    | 3 kg de pommes de terre",
            "0.5 l milk                            | 3    | 1.5 l milk",
            "½ tsp salt                            | 3    | 1 ½ tsp salt",
            "¼ tsp chilli powder                   | 2    | ½ tsp chilli powder",
            "⅓ cup (80ml) warm milk                | 2    | ⅔ cup (160 ml) warm milk",
            "⅛ tsp ground cloves                   | 2    | ¼ tsp ground cloves",
            "1/2 cup (113g) unsalted butter        | 2    | 1 cup (225 g) unsalted butter",
            "1 ½ cups plain flour                  | 2    | 3 cups plain flour",
            "1½ cups plain flour                   | 0.5  | ¾ cup plain flour",
            "1 1/2 cups plain flour                | 2    | 3 cups plain flour",
            "2-3 gousses d'ail                     | 2    | 4-6 gousses d'ail",
            "2 à 3 gousses d'ail                   | 2    | 4 à 6 gousses d'ail",
            "2 to 3 eggs                           | 2    | 4 to 6 eggs",
            "2–3 eggs                              | 2    | 4–6 eggs",
            "½-1 tsp cayenne                       | 2    | 1-2 tsp cayenne",
            "1 à 2 c. à café de piment             | 2    | 2 à 4 c. à café de piment",
            "100g-150g walnuts                     | 2    | 200-300 g walnuts",
    })
    void readsNumbersFractionsAndRanges(String line, double factor, String expected) {
        assertThat(scale(line, factor)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "\"{0}\" × {1} = \"{2}\"")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "2kg pork belly                        | 2    | 4 kg pork belly",
            "125g unsalted butter                  | 2    | 250 g unsalted butter",
            "100ml thickened cream                 | 2    | 200 ml thickened cream",
            "20 cl de crème                        | 2    | 40 cl de crème",
            "20cl de crème                         | 0.5  | 10 cl de crème",
            "2 dl de lait                          | 3    | 6 dl de lait",
            "10 mg de safran                       | 2    | 20 mg de safran",
            "8 oz cheddar                          | 3    | 1 ½ lb cheddar",
            "2 fl oz dark rum                      | 2    | 4 fl oz dark rum",
            "1 pint chicken stock                  | 2    | 2 pints chicken stock",
            "1 quart water                         | 1.5  | 1 ½ quarts water",
            "1 lb 2 oz beef                        | 2    | 2 ¼ lb beef",
            "2 Tbsp butter                         | 2    | 4 Tbsp butter",
            "2 tablespoons olive oil               | 0.5  | 1 tablespoon olive oil",
    })
    void readsUnitsGluedOrSpaced(String line, double factor, String expected) {
        assertThat(scale(line, factor)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "\"{0}\" × {1} = \"{2}\"")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "1 c. à soupe d'huile                  | 2    | 2 c. à soupe d'huile",
            "1 c. à s. d'huile                     | 2    | 2 c. à s. d'huile",
            "1 cuillère à soupe de miel            | 2    | 2 cuillères à soupe de miel",
            "2 cuillères à café de sel             | 0.5  | 1 cuillère à café de sel",
            "1 cs de sauce soja                    | 3    | 3 cs de sauce soja",
            "1 cc de cumin                         | 3    | 1 cs de cumin",
            "1 c. à c. de sel                      | 0.5  | ½ c. à c. de sel",
            "¼ de c. à café de muscade             | 2    | ½ c. à café de muscade",
    })
    void readsFrenchSpoonsAndKeepsTheirSpelling(String line, double factor, String expected) {
        assertThat(scale(line, factor)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "\"{0}\" × {1} = \"{2}\"")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "une pincée de sel                     | 2    | 2 pincées de sel",
            "une pincée de sel                     | 0.5  | une pincée de sel",
            "a pinch of salt                       | 3    | 3 pinches of salt",
            "a pinch of salt                       | 0.5  | a pinch of salt",
            "une poignée de coriandre              | 2    | 2 poignées de coriandre",
            "a handful of mint                     | 2    | 2 handfuls of mint",
            "deux oeufs                            | 2    | 4 oeufs",
            "Trois tomates                         | 2    | 6 tomates",
            "one onion, chopped                    | 2    | 2 onions, chopped",
            "two eggs                              | 1.5  | 3 eggs",
    })
    void readsPinchesAndSmallNumbersInWords(String line, double factor, String expected) {
        assertThat(scale(line, factor)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "\"{0}\" × {1} = \"{2}\"")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "4 tomates                             | 0.5  | 2 tomates",
            "3 eggs                                | 0.5  | 1 ½ eggs",
            "1 egg                                 | 0.5  | ½ egg",
            "6 eggs                                | 0.75 | 4 ½ eggs",
            "10 olives noires                      | 0.75 | 8 olives noires",
            "1 boîte (400 g) de tomates            | 2    | 2 boîtes (400 g) de tomates",
            "2 × 400 g de tomates concassées       | 2    | 4 × 400 g de tomates concassées",
            "1 x 400ml tin coconut milk            | 3    | 3 x 400ml tin coconut milk",
            "1 (14.5 oz) can diced tomatoes        | 2    | 2 (14.5 oz) cans diced tomatoes",
            "1 (400 g) boîte de pois chiches       | 2    | 2 (400 g) boîtes de pois chiches",
    })
    void scalesCountsAndPackagesButNotThePackageSize(String line, double factor, String expected) {
        assertThat(scale(line, factor)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "\"{0}\" × {1} = \"{2}\"")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "110g (½ cup) brown sugar                        | 2   | 220 g (1 cup) brown sugar",
            "200g/7oz kidney beans                           | 2   | 400 g/14 oz kidney beans",
            "1 cup / 240 ml whole milk                       | 0.5 | ½ cup / 120 ml whole milk",
            "1 cup (about 150g) vegan kimchi                 | 2   | 2 cups (about 300 g) vegan kimchi",
            "2 tbsp palm sugar (or 1 ½ tbsp brown sugar)     | 2   | 4 tbsp palm sugar (or 3 tbsp brown sugar)",
            "1 noix de beurre ou 1 c. à soupe d'huile        | 2   | 2 noix de beurre ou 2 c. à soupe d'huile",
            "3 oeufs + 1 blanc                               | 2   | 6 oeufs + 2 blancs",
            "4 c. à soupe de sucre mélangé à 1 c. à café de cannelle | 0.5 | 2 c. à soupe de sucre mélangé à ½ c. à café de cannelle",
            "1 tsp cornflour mixed with 1 tbsp water         | 2   | 2 tsp cornflour mixed with 2 tbsp water",
            "2 boneless chicken thighs, skin on (about 400g) | 2   | 4 boneless chicken thighs, skin on (about 800 g)",
            "6 saucisses de Toulouse (environ 600 g)         | 2   | 12 saucisses de Toulouse (environ 1,2 kg)",
    })
    void scalesEquivalentsAlternativesAndTotalsWithTheLead(String line, double factor, String expected) {
        assertThat(scale(line, factor)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "\"{0}\" × {1} = \"{2}\"")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "juice of 1 lime                       | 2    | juice of 2 limes",
            "le jus d'1 citron                     | 2    | le jus de 2 citrons",
            "le jus d'½ citron                     | 2    | le jus d'1 citron",
            "about 30 savoiardi (ladyfingers)      | 2    | about 60 savoiardi (ladyfingers)",
            "environ 2 kg de moules                | 2    | environ 4 kg de moules",
    })
    void scalesAQuantityBehindAFewLeadingWords(String line, double factor, String expected) {
        assertThat(scale(line, factor)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "\"{0}\" × {1} = \"{2}\"")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "750g minced lamb                      | 2    | 1.5 kg minced lamb",
            "600 g de haricots verts               | 2    | 1,2 kg de haricots verts",
            "1 kg de porc                          | 0.5  | 500 g de porc",
            "1,5 kg de porc                        | 0.5  | 750 g de porc",
            "50 cl de lait                         | 2    | 1 l de lait",
            "75 cl de vin rouge                    | 2    | 1,5 l de vin rouge",
            "500ml water                           | 3    | 1.5 l water",
            "1 l de bouillon                       | 0.5  | 50 cl de bouillon",
            "1 l water                             | 0.25 | 250 ml water",
            "1 tbsp soy sauce                      | 0.5  | 1 ½ tsp soy sauce",
            "1 c. à soupe d'huile                  | 0.5  | 1 ½ c. à café d'huile",
            "2 tsp sea salt                        | 3    | 2 tbsp sea salt",
            "2 tsp sea salt                        | 2    | 4 tsp sea salt",
            "1 c. à café de sel                    | 3    | 1 c. à soupe de sel",
            "¼ cup milk                            | 0.5  | 2 tbsp milk",
            "12 oz dark chocolate                  | 2    | 1 ½ lb dark chocolate",
            "1 lb beef                             | 0.2  | 3 oz beef",
    })
    void movesToTheNeighbouringUnitWhenTheAmountOutgrowsItsOwn(String line, double factor, String expected) {
        assertThat(scale(line, factor)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "\"{0}\" × {1} = \"{2}\"")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "125g unsalted butter                  | 0.5  | 63 g unsalted butter",
            "250 g de farine                       | 1.3  | 325 g de farine",
            "100 g de sucre                        | 1.13 | 115 g de sucre",
            "80 g de sucre                         | 1.13 | 90 g de sucre",
            "7 g de levure                         | 0.5  | 3,5 g de levure",
            "0,1 g de safran                       | 2    | 0,2 g de safran",
            "1 kg de porc                          | 1.37 | 1,35 kg de porc",
            "1 kg pork shoulder                    | 1.5  | 1.5 kg pork shoulder",
            "1 kg de porc                          | 1.5  | 1,5 kg de porc",
            "0.5 l de bouillon                     | 3    | 1.5 l de bouillon",
            "1 tbsp white miso                     | 1.7  | 1 ⅔ tbsp white miso",
            "3 tbsp mirin                          | 1.7  | 5 tbsp mirin",
            "1 cup milk                            | 0.3  | ⅓ cup milk",
            "2 cups plain flour                    | 0.1  | 3 ¼ tbsp plain flour",
            "1 tsp salt                            | 0.1  | ⅛ tsp salt",
    })
    void roundsToWhatACookMeasuresAndKeepsTheLinesDecimalMark(String line, double factor, String expected) {
        assertThat(scale(line, factor)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "\"{0}\" × 2 = \"{1}\"")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "3 spring onions, cut in 3cm lengths             | 6 spring onions, cut in 3cm lengths",
            "150g dried flat rice noodles (5mm wide)         | 300 g dried flat rice noodles (5mm wide)",
            "1 poulet fermier de 1,8 à 2 kg                  | 2 poulets fermier de 1,8 à 2 kg",
            "1 oignon piqué de 2 clous de girofle            | 2 oignons piqué de 2 clous de girofle",
            "2 pavés de saumon (environ 150 g chacun)        | 4 pavés de saumon (environ 150 g chacun)",
            "1 dose de safran (0,1 g)                        | 2 doses de safran (0,1 g)",
            "200 g de chocolat noir à 64 %                   | 400 g de chocolat noir à 64 %",
            "500g Greek yoghurt (10% fat)                    | 1 kg Greek yoghurt (10% fat)",
            "1 morceau de gingembre frais de 3 cm            | 2 morceaux de gingembre frais de 3 cm",
            "1 packet (450g) filo pastry                     | 2 packets (450g) filo pastry",
            "1 piece kombu, about 10cm                       | 2 pieces kombu, about 10cm",
    })
    void neverScalesNumbersThatDescribeTheIngredient(String line, String expected) {
        assertThat(scale(line, 2)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "\"{0}\" stays as it is")
    @ValueSource(strings = {"", "   ", "sel, poivre", "kimchi mac and cheese, to serve", "quelques feuilles de basilic",
        "a few drops of chilli oil", "a small bunch of coriander", "un peu de sel", "3cm cubes of pork belly",
        "2.5cm piece of ginger", "180°C (350°F)", "70% dark chocolate, chopped", "salt to taste",
        "freshly ground black pepper"})
    void leavesALineWithoutALeadingQuantityUnchanged(String line) {
        assertThat(scale(line, 2)).isEqualTo(line);
        assertThat(Quantities.scale(line, 2, UnitSystem.IMPERIAL)).isEqualTo(line);
    }

    @ParameterizedTest(name = "\"{0}\" × 1 stays as it is")
    @ValueSource(strings = {"2kg pork belly, skin removed", "1500 g farine", "0.50 l milk",
        "1/2 cup (113g) unsalted butter", "1 à 2 c. à café de piment", "2 tsps salt"})
    void returnsTheLineUnchangedAtFactorOneAsWritten(String line) {
        assertThat(scale(line, 1)).isSameAs(line);
    }

    @ParameterizedTest(name = "\"{0}\" in METRIC × 1 stays as it is")
    @ValueSource(strings = {"2kg pork belly", "1500 g farine", "2 tbsp olive oil", "une pincée de sel", "4 eggs"})
    void leavesQuantitiesAlreadyInTheSystemAsWritten(String line) {
        assertThat(Quantities.scale(line, 1, UnitSystem.METRIC)).isEqualTo(line);
    }

    @ParameterizedTest(name = "factor {0} is refused")
    @ValueSource(doubles = {0, -1, Double.NaN, Double.POSITIVE_INFINITY})
    void refusesAFactorThatIsNotAPositiveNumber(double factor) {
        assertThatThrownBy(() -> scale("2 eggs", factor)).isInstanceOf(IllegalArgumentException.class);
    }
}
