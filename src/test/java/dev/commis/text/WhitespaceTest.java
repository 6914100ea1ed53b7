package dev.commis.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WhitespaceTest {

    @ParameterizedTest(name = "shorten(\"{0}\", {1}) = \"{2}\"")
    @CsvSource(delimiter = '|', value = {
            "Crêpes          | 10 | Crêpes",
            "Crêpes Suzette  | 10 | Crêpes Su…",
            "abcd🥄efgh      | 6  | abcd…",
            "abc🥄efgh       | 6  | abc🥄…",
    })
    void shortensWithoutSplittingAnEmoji(String text, int max, String shortened) {
        assertThat(Whitespace.shorten(text, max)).isEqualTo(shortened);
    }

    @ParameterizedTest(name = "collapse(\"{0}\")")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "\"  a \t b  \" | a b",
            "\"a\u00A0b\"   | a b",
    })
    void collapsesWhiteSpace(String text, String collapsed) {
        assertThat(Whitespace.collapse(text)).isEqualTo(collapsed);
    }
}
