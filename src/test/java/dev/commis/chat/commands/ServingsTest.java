package dev.commis.chat.commands;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.OptionalInt;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ServingsTest {

    @ParameterizedTest(name = "\"{0}\" -> name \"{1}\", servings {2}, bad \"{3}\"")
    @CsvSource(delimiter = '|', value = {
            "burnt ends for 12            | burnt ends           | 12  | ''",
            "burnt ends FOR 12 people     | burnt ends           | 12  | ''",
            "crêpes pour 8                | crêpes               | 8   | ''",
            "crêpes pour 8 personnes      | crêpes               | 8   | ''",
            "gâteau pour deux             | gâteau pour deux     | 0   | ''",
            "risotto                      | risotto              | 0   | ''",
            "x for -3                     | x                    | 0   | -3",
            "x for 0                      | x                    | 0   | 0",
            "x for 2.5                    | x                    | 0   | 2.5",
            "x for 100000                 | x                    | 0   | 100000",
            "for 12                       | ''                   | 12  | ''",
    })
    void readsForN(String words, String name, int servings, String bad) {
        Servings parsed = Servings.parse(words);
        assertThat(parsed.name()).isEqualTo(name);
        assertThat(parsed.servings()).isEqualTo(servings == 0 ? OptionalInt.empty() : OptionalInt.of(servings));
        assertThat(parsed.bad()).isEqualTo(bad);
    }
}
