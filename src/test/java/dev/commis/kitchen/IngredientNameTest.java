package dev.commis.kitchen;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What an ingredient line is about, and when two lines are about the same thing. */
class IngredientNameTest {

    @ParameterizedTest(name = "\"{0}\" is about \"{1}\"")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "2kg pork belly, skin removed                  | pork belly",
            "110g (½ cup) brown sugar                      | brown sugar",
            "200g/7oz kidney beans                         | kidney beans",
            "1 cup / 240 ml whole milk                     | whole milk",
            "250 g de farine                               | farine",
            "1 kg d'oignons                                | oignons",
            "2 gousses d'ail                               | gousses d'ail",
            "1 c. à café rase de sel                       | sel",
            "2 tbsp of its juice                           | its juice",
            "1 x 400g tin chopped tomatoes                 | tin chopped tomatoes",
            "2 × 400 g de tomates concassées               | tomates concassées",
            "juice of 1 lime                               | lime",
            "2 tbsp palm sugar (or 1 ½ tbsp brown sugar)   | palm sugar",
            "1 potimarron d'environ 1,2 kg                 | potimarron d'environ 1,2 kg",
            "kimchi mac and cheese, to serve               | kimchi mac and cheese",
            "sel, poivre                                   | sel, poivre",
            "paprika fumé, pour servir                     | paprika fumé",
            "salt to taste                                 | salt",
            "flaky sea salt (optional)                     | flaky sea salt",
            "une pincée de sel                             | sel",
    })
    void namesTheIngredientWithoutQuantityNotesOrAlternatives(String line, String name) {
        assertThat(IngredientName.of(LineReader.read(line))).isEqualTo(name);
    }

    @ParameterizedTest(name = "\"{0}\" meets \"{1}\"")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "gousses d'ail       | gousse d'ail",
            "Unsalted Butter     | unsalted butter",
            "œufs                | oeuf",
            "tomatoes            | tomato",
            "large eggs          | eggs",
            "crème fraîche       | creme fraiche",
            "cherries            | cherry",
            "choux               | chou",
            "peaches             | peach",
            "garlic cloves       | garlic clove",
    })
    void foldsAccentsCasePluralsAndSizesIntoOneKey(String one, String other) {
        assertThat(IngredientName.key(one)).isEqualTo(IngredientName.key(other));
    }

    @ParameterizedTest(name = "\"{0}\" does not meet \"{1}\"")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "sel                 | poivre",
            "butter              | unsalted butter",
            "farine              | farine de riz",
            "sel, poivre         | sel",
    })
    void keepsDifferentIngredientsApart(String one, String other) {
        assertThat(IngredientName.key(one)).isNotEqualTo(IngredientName.key(other));
    }
}
