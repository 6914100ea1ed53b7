package dev.commis.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DictionaryTest {

    private static final String[] TERMS = {"risotto", "chocolat", "chocolate", "chicken", "chickpea", "porc", "pork",
        "lait", "laitue", "bourguignon", "=pork", "2kg", "riz"};
    private static final int[] WEIGHTS = {1, 5, 3, 4, 1, 2, 2, 6, 1, 1, 4, 1, 3};

    private final Dictionary dictionary = dictionary();

    @ParameterizedTest(name = "near \"{0}\": {1}")
    @CsvSource(delimiter = '|', value = {
            "risoto      | risotto",
            "chocolta    | chocolat;chocolate",
            "chiken      | chicken",
            "bourgignon  | bourguignon",
            "porv        | porc;pork",
            "chocolat    | chocolate",
    })
    void findsTheWordsWithinTheTyposAllowed(String typed, String words) {
        assertThat(near(typed)).containsExactlyInAnyOrder(words.split(";"));
    }

    @ParameterizedTest(name = "nothing near \"{0}\"")
    @CsvSource({"rix", "2kh", "xyzzyx", "lai"})
    void leavesShortWordsNumbersAndConceptsOut(String typed) {
        assertThat(near(typed)).isEmpty();
    }

    @ParameterizedTest(name = "\"{0}\" completes to {1}")
    @CsvSource(delimiter = '|', value = {
            "choc     | chocolat;chocolate",
            "chick    | chicken;chickpea",
            "lait     | laitue",
            "por      | porc;pork",
    })
    void completesAPrefixOfThreeLettersOrMore(String prefix, String words) {
        assertThat(terms(dictionary.completions(prefix))).containsExactlyInAnyOrder(words.split(";"));
    }

    @ParameterizedTest(name = "\"{0}\" completes to nothing")
    @CsvSource({"ch", "=po", "zzz", "chocolate"})
    void doesNotCompleteShortPrefixesConceptsOrWholeWords(String prefix) {
        assertThat(dictionary.completions(prefix)).isEmpty();
    }

    private List<String> near(String typed) {
        List<String> found = new ArrayList<>();
        dictionary.near(typed, Fuzzy.maxEdits(typed.length()), (term, distance) -> found.add(dictionary.term(term)));
        return found;
    }

    private List<String> terms(int[] ids) {
        List<String> out = new ArrayList<>();
        for (int id : ids) {
            out.add(dictionary.term(id));
        }
        return out;
    }

    private static Dictionary dictionary() {
        Map<String, Integer> ids = new HashMap<>();
        for (int id = 0; id < TERMS.length; id++) {
            ids.put(TERMS[id], id);
        }
        return new Dictionary(TERMS, WEIGHTS, ids);
    }
}
