package dev.commis.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FuzzyTest {

    @ParameterizedTest(name = "\"{0}\" may be a typo for \"{1}\"")
    @CsvSource(delimiter = '|', value = {
            "risoto       | risotto",
            "chiken       | chicken",
            "choclat      | chocolat",
            "tiramsiu     | tiramisu",
            "poirreau     | poireau",
            "bourguigon   | bourguignon",
            "bourgignon   | bourguignon",
            "carbonnara   | carbonara",
            "shakshuak    | shakshuka",
            "mousaka      | moussaka",
            "pork         | porc",
    })
    void toleratesOneTypoFromFourLettersAndTwoFromEight(String typed, String word) {
        assertThat(Fuzzy.matches(typed, word)).isTrue();
    }

    @ParameterizedTest(name = "\"{0}\" is not \"{1}\"")
    @CsvSource(delimiter = '|', value = {
            "riz          | rix",
            "ail          | ale",
            "lait         | laitue",
            "tomate       | patate",
            "poulet       | boulette",
            "risotto      | ristretto",
            "bourguignon  | bourgogne",
            "crepe        | cr",
    })
    void refusesWordsFurtherAway(String typed, String word) {
        assertThat(Fuzzy.matches(typed, word)).isFalse();
    }

    @ParameterizedTest(name = "distance(\"{0}\", \"{1}\") = {2}")
    @CsvSource(delimiter = '|', value = {
            "risotto   | risotto   | 0",
            "risoto    | risotto   | 1",
            "tiramsiu  | tiramisu  | 1",
            "abcdef    | badcfe    | 3",
            "chiken    | chicken   | 1",
            "kitten    | sitting   | 3",
            "''        | abc       | 3",
    })
    void countsInsertionsDeletionsSubstitutionsAndSwaps(String a, String b, int distance) {
        assertThat(Fuzzy.distance(a, b, 5)).isEqualTo(distance);
    }

    @ParameterizedTest(name = "distance(\"{0}\", \"{1}\") past {2} is {3}")
    @CsvSource(delimiter = '|', value = {
            "kitten      | sitting     | 1 | 2",
            "abcdef      | badcfe      | 2 | 3",
            "risoto      | risotto     | 0 | 1",
            "a           | abcdefgh    | 2 | 3",
            "bourguignon | bourgogne   | 2 | 3",
    })
    void stopsCountingPastTheBound(String a, String b, int max, int reported) {
        assertThat(Fuzzy.distance(a, b, max)).isEqualTo(reported);
    }

    @ParameterizedTest(name = "{0} letters: {1} typos")
    @CsvSource({"1, 0", "3, 0", "4, 1", "7, 1", "8, 2", "15, 2"})
    void allowsMoreTyposInLongerWords(int length, int typos) {
        assertThat(Fuzzy.maxEdits(length)).isEqualTo(typos);
    }
}
