package dev.commis.search;

import static org.assertj.core.api.Assertions.assertThat;

import dev.commis.search.Concept.Kind;
import dev.commis.vault.Recipe;
import dev.commis.vault.RecipeFacts;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class SynonymsTest {

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "porc                  | pork",
            "Pork                  | pork",
            "poulet                | chicken",
            "bœuf                  | beef",
            "boeuf                 | beef",
            "végé                  | vegetarian",
            "Végétarienne          | vegetarian",
            "veggie                | vegetarian",
            "végan                 | vegan",
            "fruits de mer         | seafood",
            "fruits-de-mer         | seafood",
            "italienne             | italian",
            "Italien               | italian",
            "thaïlandaise          | thai",
            "coréen                | korean",
            "plat                  | main",
            "plat principal        | main",
            "plat-principal        | main",
            "Entrée                | starter",
            "petits-déjeuners      | breakfast",
            "facile                | easy",
            "moyen                 | medium",
            "intermédiaire         | medium",
            "hard                  | hard",
            "poireaux              | leek",
            "leeks                 | leek",
            "lardons               | bacon",
            "ail                   | garlic",
            "pommes de terre       | potato",
            "potatoes              | potato",
            "pâtes                 | pasta",
            "citron                | lemon",
            "citrons verts         | lime",
            "\"huile d'olive\"     | olive oil",
            "huile olive           | olive oil",
            "noix de coco          | coconut",
            "pâte feuilletée       | puff pastry",
    })
    void readsFrenchAndEnglishAsOneConcept(String text, String key) {
        assertThat(Synonyms.lookup(text)).map(Concept::key).contains(key);
    }

    @ParameterizedTest(name = "\"{0}\" names no concept")
    @CsvSource(delimiter = '|', value = {"pâte", "miso", "pomme de la terre", "anglaise", "sucre glace"})
    void leavesOtherWordsAlone(String text) {
        assertThat(Synonyms.lookup(text)).isEmpty();
    }

    @ParameterizedTest(name = "{0} counts as {1} too")
    @CsvSource(delimiter = '|', value = {
            "vegan        | =vegan, =vegetarian",
            "olive oil    | =olive oil, =oil",
            "white wine   | =white wine, =wine",
            "pork         | =pork",
    })
    void indexesAConceptUnderTheBroaderOnesItIsACaseOf(String key, String terms) {
        assertThat(Synonyms.termsOf(Synonyms.concept(key).orElseThrow())).containsExactly(terms.split(", "));
    }

    @ParameterizedTest(name = "every {0} of the sample vault is known")
    @EnumSource(names = {"PROTEIN", "CUISINE", "TYPE", "DIFFICULTY"})
    void knowsEveryFacetValueOfTheSampleVault(Kind kind) {
        Function<RecipeFacts, String> value = switch (kind) {
            case PROTEIN -> RecipeFacts::protein;
            case CUISINE -> RecipeFacts::cuisine;
            case TYPE -> RecipeFacts::type;
            default -> RecipeFacts::difficulty;
        };
        Stream<String> values = Vaults.sample().snapshot().recipes().stream().map(Recipe::facts).map(value)
                .filter(text -> !text.isBlank()).distinct();

        assertThat(values).allSatisfy(text -> assertThat(Synonyms.lookup(text)).map(Concept::kind).contains(kind));
    }
}
