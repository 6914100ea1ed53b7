package dev.commis.chat;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Recipes' names joined with "+", and completing the last one. */
class RecipeNamesTest {

    private final Library library = new Library(TestChat::sample);

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "burnt ends                        | burnt ends",
            "burnt ends + risotto              | burnt ends/risotto",
            "poulet rôti+risotto +  crêpes     | poulet rôti/risotto/crêpes",
            "'  burnt ends  +  risotto '       | burnt ends/risotto",
    })
    void splitsAtEachPlus(String words, String names) {
        assertThat(RecipeNames.split(words)).contains(List.of(names.split("/")));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"risotto +", "+ risotto", "a + + b", "+"})
    void refusesAMissingName(String words) {
        assertThat(RecipeNames.split(words)).isEqualTo(Optional.empty());
    }

    @org.junit.jupiter.api.Test
    void readsPlusAsAWordOrInsideOneOnACommandLine() {
        assertThat(RecipeNames.split(List.of("burnt", "ends", "+", "risotto", "+poulet rôti")))
                .contains(List.of("burnt ends", "risotto", "poulet rôti"));
    }

    @org.junit.jupiter.api.Test
    void completesTheLastNameAndKeepsTheOnesBefore() {
        assertThat(RecipeNames.completions(library, "burnt", 25, 100)).contains("Pork Belly Burnt Ends - Miso Butterscotch Glaze");
        assertThat(RecipeNames.completions(library, "burnt ends +risot", 25, 100)).first()
                .isEqualTo("burnt ends + Risotto aux champignons");
        assertThat(RecipeNames.completions(library, "risotto + ", 25, 100)).hasSize(25)
                .allSatisfy(choice -> assertThat(choice).startsWith("risotto + "));
        assertThat(RecipeNames.completions(library, "x".repeat(90) + " + burnt", 25, 100))
                .as("a choice that would be cut is left out").isEmpty();
    }
}
