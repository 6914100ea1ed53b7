package dev.commis.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QueryTest {

    @ParameterizedTest(name = "\"{0}\" reads as {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "fruits de mer et porc          | fruits de mer;porc",
            "Pommes de terre sautées        | Pommes de terre;sautées",
            "la soupe à l'oignon            | soupe;oignon",
            "plat-principal                 | plat-principal",
            "sucré-salé                     | sucré;salé",
            "de la                          | de;la",
    })
    void readsPhrasesAsOneUnitAndDropsStopwords(String text, String units) {
        assertThat(texts(Query.units(text, false))).containsExactly(units.split(";"));
    }

    @ParameterizedTest(name = "\"{0}\" reads as {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "sucré-salé porc                | sucré-salé;porc",
            "\"à l'ail\"                    | ail",
            "fruits-de-mer                  | fruits-de-mer",
    })
    void keepsHyphenatedWordsTogetherForFilters(String text, String units) {
        assertThat(texts(Query.units(text, true))).containsExactly(units.split(";"));
    }

    @Test
    void namesTheConceptOfAPhrase() {
        assertThat(Query.units("pommes de terre", false).get(0).concept()).extracting(Concept::key).isEqualTo("potato");
    }

    @Test
    void readsAtMostTwelveUnits() {
        String pasted = "un deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze";

        assertThat(Query.units(pasted, false)).hasSize(Query.MAX_UNITS);
    }

    private static List<String> texts(List<Query.Unit> units) {
        return units.stream().map(Query.Unit::text).toList();
    }
}
