package dev.commis.chat;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MessageTextTest {

    @ParameterizedTest(name = "\"{0}\" -> \"{1}\"")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "'  /recipe   crêpes  '    | /recipe crêpes",
            "'/random\tporc'           | /random porc",
            "'👨‍🍳 chef'               | 👨‍🍳 chef",
    })
    void collapsesWhiteSpace(String text, String cleaned) {
        assertThat(MessageText.clean(text.replace("'", ""))).isEqualTo(cleaned);
    }

    @ParameterizedTest(name = "control character U+{0}")
    @CsvSource({"0000", "0007", "001B", "007F", "200B", "FEFF"})
    void turnsControlCharactersIntoSpaces(String hex) {
        char control = (char) Integer.parseInt(hex, 16);
        assertThat(MessageText.clean("/recipe" + control + "crêpes" + control)).isEqualTo("/recipe crêpes");
    }
}
