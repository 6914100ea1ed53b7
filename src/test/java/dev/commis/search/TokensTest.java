package dev.commis.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TokensTest {

    @ParameterizedTest(name = "\"{0}\" reads as {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "Crêpes                     | crepe",
            "CRÊPE                      | crepe",
            "Bœuf bourguignon           | boeuf bourguignon",
            "Œufs mimosa                | oeuf mimosa",
            "Poireaux                   | poireau",
            "choux                      | chou",
            "Burnt Ends                 | burnt end",
            "Pork-belly                 | pork belly",
            "\"gousse d'ail\"           | gousse d ail",
            "\"l’échalote\"             | l echalote",
            "Taboulé (libanais)         | taboule libanai",
            "2kg pork, 3 tbsp miso      | 2kg pork 3 tbsp miso",
            "e\u0301pice\u0301e         | epicee",
    })
    void foldsCutsAndStemsWords(String text, String stems) {
        assertThat(Tokens.stems(text)).isEqualTo(Arrays.asList(stems.split(" ")));
    }

    @ParameterizedTest(name = "stem(\"{0}\") = \"{1}\"")
    @CsvSource(delimiter = '|', value = {
            "tomates   | tomate",
            "leeks     | leek",
            "poireaux  | poireau",
            "gateaux   | gateau",
            "cheveux   | cheveu",
            "noix      | noix",
            "glass     | glass",
            "riz       | riz",
            "jus       | jus",
            "pates     | pates",
            "pate      | pate",
            "ends      | end",
    })
    void dropsOnePluralMarkButKeepsShortWordsAndDoubleS(String word, String stem) {
        assertThat(Tokens.stem(word)).isEqualTo(stem);
    }

    @ParameterizedTest(name = "\"{0}\" is a stopword")
    @CsvSource({"de", "la", "les", "aux", "des", "et", "avec", "the", "and", "of", "with", "recette", "recipe"})
    void knowsFrenchAndEnglishStopwords(String word) {
        assertThat(Tokens.isStopword(Tokens.stem(word))).isTrue();
    }

    @ParameterizedTest(name = "\"{0}\" is not a stopword")
    @CsvSource({"porc", "sel", "thai", "sans", "pomme"})
    void keepsWordsThatMean(String word) {
        assertThat(Tokens.isStopword(Tokens.stem(word))).isFalse();
    }

    @Test
    void keepsWhereEachQueryWordWasTypedAndWhatJoinsItToTheLast() {
        List<Tokens.Word> words = Tokens.words("Sucré-salé  et l'ail");

        assertThat(words).extracting(Tokens.Word::stem).containsExactly("sucre", "sale", "et", "l", "ail");
        assertThat(words).extracting(Tokens.Word::start).containsExactly(0, 6, 12, 15, 17);
        assertThat(words).extracting(Tokens.Word::joinedToPrevious).containsExactly(false, true, false, false, true);
    }
}
