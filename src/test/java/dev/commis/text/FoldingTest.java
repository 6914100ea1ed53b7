package dev.commis.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FoldingTest {

    @ParameterizedTest(name = "fold(\"{0}\") = \"{1}\"")
    @CsvSource(delimiter = '|', value = {
            "Étapes          | etapes",
            "ÉTAPES          | etapes",
            "Crème brûlée    | creme brulee",
            "Bœuf            | boeuf",
            "Ingrédients     | ingredients",
            "plain ascii     | plain ascii",
            "Ça alors        | ca alors",
    })
    void foldsCaseAndAccents(String text, String folded) {
        assertThat(Folding.fold(text)).isEqualTo(folded);
    }

    @ParameterizedTest(name = "key(\"{0}\") = \"{1}\"")
    @CsvSource(delimiter = '|', value = {
            "difficulté              | difficulte",
            "Temps de préparation    | temps_de_preparation",
            "🥕 Ingrédients :        | ingredients",
            "prep-time               | prep_time",
            "plats/Pâtes au beurre   | plats_pates_au_beurre",
    })
    void foldsIntoKeys(String text, String key) {
        assertThat(Folding.key(text)).isEqualTo(key);
    }
}
