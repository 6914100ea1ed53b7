package dev.commis.kitchen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.commis.text.Language;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Reading ingredient lines as people write them, in French and in English. */
class LineReaderTest {

    @ParameterizedTest(name = "\"{0}\" is {1}-{2} {3} of \"{4}\"")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "2kg pork belly, skin removed                    | 2     | 2     | KG      | pork belly",
            "125g unsalted butter                            | 125   | 125   | G       | unsalted butter",
            "100ml thickened cream                           | 100   | 100   | ML      | thickened cream",
            "20 cl de crème liquide entière                  | 20    | 20    | CL      | crème liquide entière",
            "2 dl de lait                                    | 2     | 2     | DL      | lait",
            "10 mg de safran                                 | 10    | 10    | MG      | safran",
            "1,5 kg d'épaule d'agneau désossée               | 1.5   | 1.5   | KG      | épaule d'agneau désossée",
            "0.5 l de bouillon de boeuf                      | 0.5   | 0.5   | L       | bouillon de boeuf",
            "½ tsp ground cumin                              | 0.5   | 0.5   | TSP     | ground cumin",
            "⅔ cup (85g) plain flour                         | 0.667 | 0.667 | CUP     | plain flour",
            "1 ½ cups (190g) plain flour                     | 1.5   | 1.5   | CUP     | plain flour",
            "1½ cups plain flour                             | 1.5   | 1.5   | CUP     | plain flour",
            "1 1/2 cups plain flour                          | 1.5   | 1.5   | CUP     | plain flour",
            "1/2 cup (113g) unsalted butter                  | 0.5   | 0.5   | CUP     | unsalted butter",
            "2-3 gousses d'ail                               | 2     | 3     | EACH    | gousses d'ail",
            "2 à 3 gousses d'ail                             | 2     | 3     | EACH    | gousses d'ail",
            "2 to 3 eggs                                     | 2     | 3     | EACH    | eggs",
            "2–3 eggs                                        | 2     | 3     | EACH    | eggs",
            "½-1 tsp cayenne                                 | 0.5   | 1     | TSP     | cayenne",
            "100 g à 150 g de noix                           | 100   | 150   | G       | noix",
            "1 à 2 c. à café de piment de Cayenne            | 1     | 2     | TSP     | piment de Cayenne",
            "1 c. à soupe d'huile d'olive                    | 1     | 1     | TBSP    | huile d'olive",
            "2 c. à s. de miel                               | 2     | 2     | TBSP    | miel",
            "1 c. à c. de sel                                | 1     | 1     | TSP     | sel",
            "2 cuillères à soupe de sucre                    | 2     | 2     | TBSP    | sucre",
            "1 cuillère à café de cannelle                   | 1     | 1     | TSP     | cannelle",
            "2 cs de sauce soja                              | 2     | 2     | TBSP    | sauce soja",
            "1 cc de cumin                                   | 1     | 1     | TSP     | cumin",
            "¼ de c. à café de muscade râpée                 | 0.25  | 0.25  | TSP     | muscade râpée",
            "1 c. à café rase de sel                         | 1     | 1     | TSP     | sel",
            "une pincée de sel                               | 1     | 1     | PINCH   | sel",
            "a pinch of salt                                 | 1     | 1     | PINCH   | salt",
            "une poignée de coriandre fraîche                | 1     | 1     | HANDFUL | coriandre fraîche",
            "a bunch of coriander                            | 1     | 1     | BUNCH   | coriander",
            "deux oeufs                                      | 2     | 2     | EACH    | oeufs",
            "one onion, chopped                              | 1     | 1     | EACH    | onion",
            "4 tomates                                       | 4     | 4     | EACH    | tomates",
            "1 boîte (400 g) de tomates                      | 1     | 1     | EACH    | boîte de tomates",
            "2 × 400 g de pois chiches en conserve           | 2     | 2     | EACH    | pois chiches en conserve",
            "1 x 400ml tin coconut milk                      | 1     | 1     | EACH    | tin coconut milk",
            "8 oz (225g) dark chocolate, 70%                 | 8     | 8     | OZ      | dark chocolate",
            "1 lb 2 oz beef                                  | 18    | 18    | OZ      | beef",
            "3 lb (1.4 kg) Yukon Gold potatoes               | 3     | 3     | LB      | Yukon Gold potatoes",
            "2 fl oz dark rum                                | 2     | 2     | FL_OZ   | dark rum",
            "1 pint chicken stock                            | 1     | 1     | PINT    | chicken stock",
            "1 quart water                                   | 1     | 1     | QUART   | water",
            "juice of 1 lime                                 | 1     | 1     | EACH    | lime",
            "le jus d'½ citron vert                          | 0.5   | 0.5   | EACH    | citron vert",
            "about 30 savoiardi (ladyfingers)                | 30    | 30    | EACH    | savoiardi",
            "6 tomates bien mûres (ou 1 boîte de 800 g)      | 6     | 6     | EACH    | tomates bien mûres",
            "4 chicken breasts (about 1 ¾ lb)                | 4     | 4     | EACH    | chicken breasts",
            "2 tbsp palm sugar (or 1 ½ tbsp brown sugar)     | 2     | 2     | TBSP    | palm sugar",
            "1 kg de boeuf haché (15 % de matières grasses)  | 1     | 1     | KG      | boeuf haché",
    })
    void readsTheLeadingQuantityAndTheName(String line, double low, double high, Unit unit, String name) {
        Reading reading = LineReader.read(line);
        Measure lead = reading.lead().orElseThrow().measure();
        assertThat(lead.amount().low()).isCloseTo(low, within(1e-3));
        assertThat(lead.amount().high()).isCloseTo(high, within(1e-3));
        assertThat(lead.unit()).isEqualTo(unit);
        assertThat(IngredientName.of(reading)).isEqualTo(name);
    }

    @ParameterizedTest(name = "\"{0}\" holds {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "110g (½ cup) brown sugar                              | LEAD EQUIVALENT",
            "200g/7oz kidney beans                                 | LEAD EQUIVALENT",
            "1 cup / 240 ml whole milk                             | LEAD EQUIVALENT",
            "2/3 cup sugar                                         | LEAD",
            "2 eggs/3 if small                                     | LEAD",
            "1 cup (about 150g) vegan kimchi, plus 2 tbsp juice    | LEAD EQUIVALENT ALTERNATIVE",
            "2 × 400 g de tomates concassées                       | LEAD PACK_SIZE",
            "2 tbsp palm sugar (or 1 ½ tbsp brown sugar)           | LEAD ALTERNATIVE",
            "1 noix de beurre ou 1 c. à soupe d'huile              | LEAD ALTERNATIVE",
            "3 oeufs + 1 blanc                                     | LEAD ALTERNATIVE",
            "4 c. à soupe de sucre mélangé à 1 c. à café de cannelle | LEAD ALTERNATIVE",
            "2 boneless chicken thighs, skin on (about 400g)       | LEAD TOTAL",
            "6 cuisses de poulet (environ 1,5 kg)                  | LEAD TOTAL",
            "2 pavés de saumon (environ 150 g chacun)              | LEAD",
            "1 dose de safran (0,1 g)                              | LEAD",
            "1 packet (450g) filo pastry                           | LEAD",
            "100g green beans, cut in 3cm lengths                  | LEAD",
            "1 poulet fermier de 1,8 à 2 kg                        | LEAD",
            "1 oignon piqué de 2 clous de girofle                  | LEAD",
            "150 g de beurre demi-sel, plus un peu pour les moules | LEAD",
            "2 poivrons (1 rouge, 1 jaune)                         | LEAD",
    })
    void findsTheOtherQuantitiesOfTheIngredientAndOnlyThose(String line, String roles) {
        assertThat(LineReader.read(line).spans()).extracting(span -> span.role().name())
                .containsExactly(roles.split(" "));
    }

    @ParameterizedTest(name = "\"{0}\" has no leading quantity")
    @ValueSource(strings = {"", "   ", "sel, poivre", "kimchi mac and cheese, to serve", "quelques feuilles de basilic",
        "a few drops of chilli oil", "a small bunch of coriander", "un peu de sel", "3cm cubes of pork belly",
        "2.5cm piece of ginger", "180°C (350°F)", "70% dark chocolate, chopped", "salt to taste", "Guacamole, to serve"})
    void findsNoQuantityWhereThereIsNone(String line) {
        assertThat(LineReader.read(line).spans()).isEmpty();
    }

    @ParameterizedTest(name = "\"{0}\" is {1} with \"{2}\" decimals")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "1,5 kg de porc           | FR | ,",
            "1 kg de porc             | FR | ,",
            "une pincée de sel        | FR | ,",
            "0.5 l de bouillon        | FR | .",
            "1.5 kg pork shoulder     | EN | .",
            "2 tbsp olive oil         | EN | .",
            "4 eggs                   | EN | .",
    })
    void guessesTheLanguageAndDecimalMarkOfTheLine(String line, Language language, String mark) {
        Reading reading = LineReader.read(line);
        assertThat(reading.language()).isEqualTo(language);
        assertThat(reading.decimalMark()).isEqualTo(mark.charAt(0));
    }
}
