package dev.commis.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Whole ingredient names, French and English, to the concept they name, or to none. */
class IngredientSynonymsTest {

    @ParameterizedTest(name = "\"{0}\" is \"{1}\"")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "oeufs            | egg",
            "œuf              | egg",
            "eggs             | egg",
            "sel              | salt",
            "salt             | salt",
            "ail              | garlic",
            "garlic           | garlic",
            "Pommes de terre  | potato",
            "potatoes         | potato",
            "sauce soja       | soy sauce",
            "huile d'olive    | olive oil",
            "oignon nouveau   | spring onion",
            "scallions        | spring onion",
            "sucre            | sugar",
    })
    void namesTheIngredientOfAWholeName(String name, String key) {
        assertThat(IngredientSynonyms.keyOf(name)).contains(key);
    }

    @ParameterizedTest(name = "\"{0}\" is no ingredient of the table")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "sucre glace", "oignon rouge", "jaunes d'oeufs", "brown sugar", "very fresh eggs", "porc", "mexicaine",
            "\"\"", "gousse d'ail",
    })
    void namesNothingForAPartOrAnotherKind(String name) {
        assertThat(IngredientSynonyms.keyOf(name)).isEmpty();
    }
}
