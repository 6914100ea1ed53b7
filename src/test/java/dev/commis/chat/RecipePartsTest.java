package dev.commis.chat;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Cutting several recipes' names at their separators, keeping a title that holds one whole; French and English. */
class RecipePartsTest {

    private static final Set<String> TITLES = Set.of("mac + cheese", "riz + lentilles à la libanaise",
            "pavé de saumon à l'unilatérale, sauce vierge", "gin + tonic + citron", "gin");
    private static final Predicate<String> IS_TITLE = words -> TITLES.contains(words.strip().toLowerCase());
    private static final Pattern SHOP = Pattern.compile("[,;+]");
    private static final Pattern PLUS = Pattern.compile("\\+");

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "burnt ends + risotto                                  | burnt ends/risotto",
            "Mac + Cheese                                          | Mac + Cheese",
            "Mac + Cheese + salade verte                           | Mac + Cheese/salade verte",
            "salade verte + Mac + Cheese                           | salade verte/Mac + Cheese",
            "riz + lentilles à la libanaise+salade                 | riz + lentilles à la libanaise/salade",
            "mac + risotto                                         | mac/risotto",
            "gin + tonic + citron                                  | gin + tonic + citron",
            "gin + tonic                                           | gin/tonic",
            "'risotto + '                                          | risotto/",
            "a + + b                                               | a//b",
    })
    void cutsAtEachPlusButKeepsAWholeTitle(String words, String parts) {
        assertThat(RecipeParts.split(words, PLUS, IS_TITLE)).isEqualTo(List.of(parts.split("/", -1)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "tiramisu, guacamole; crêpes                           | tiramisu/guacamole/crêpes",
            "Pavé de saumon à l'unilatérale, sauce vierge, tiramisu | Pavé de saumon à l'unilatérale, sauce vierge/tiramisu",
            "tiramisu; Mac + Cheese, guacamole                     | tiramisu/Mac + Cheese/guacamole",
    })
    void cutsAShoppingListAtCommasSemicolonsAndPluses(String words, String parts) {
        assertThat(RecipeParts.split(words, SHOP, IS_TITLE)).isEqualTo(List.of(parts.split("/", -1)));
    }
}
