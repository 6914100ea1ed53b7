package dev.commis.chat.commands;

import static dev.commis.chat.TestChat.text;
import static org.assertj.core.api.Assertions.assertThat;

import dev.commis.chat.TestChat;
import dev.commis.chat.reply.Block;
import dev.commis.chat.reply.Reply;
import dev.commis.chat.reply.Span;
import dev.commis.text.Folding;
import dev.commis.text.Language;
import dev.commis.vault.Recipe;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RandomCommandTest {

    private final TestChat en = new TestChat(Language.EN);
    private final TestChat fr = new TestChat(Language.FR);

    private static Recipe drawn(Reply reply) {
        String title = ((Block.Heading) reply.blocks().get(0)).spans().stream().map(Span::text).reduce("", String::concat);
        return TestChat.sample().recipes().stream().filter(r -> r.title().equals(title)).findFirst().orElseThrow();
    }

    @ParameterizedTest(name = "/random {0} draws pork")
    @ValueSource(strings = {"porc", "pork", "PORC"})
    void drawsOnlyRecipesMatchingTheFilter(String filter) {
        for (int i = 0; i < 20; i++) {
            assertThat(drawn(en.send("/random " + filter)).facts().protein()).isEqualTo("porc");
        }
    }

    @Test
    void combinesFiltersInEitherLanguage() {
        for (int i = 0; i < 10; i++) {
            Recipe recipe = drawn(fr.send("/hasard végé dessert"));
            assertThat(Folding.fold(recipe.facts().protein())).isEqualTo("vegetarien");
            assertThat(recipe.facts().type()).isEqualTo("dessert");
        }
    }

    @Test
    void drawsUniformlyOverTheWholeVault() {
        List<Recipe> all = TestChat.sample().recipes();
        Map<String, Integer> seen = new HashMap<>();
        int draws = all.size() * 60;
        for (int i = 0; i < draws; i++) {
            seen.merge(drawn(en.send("/random")).id(), 1, Integer::sum);
        }
        assertThat(seen).hasSize(all.size());
        assertThat(seen.values()).allSatisfy(count -> assertThat(count).isBetween(25, 110));
    }

    @Test
    void offersAnotherDrawWithTheSameFilters() {
        Reply first = en.send("/random porc");
        assertThat(text(first)).contains("🎲 Another one");
        int again = first.allButtons().size();
        for (int i = 0; i < 5; i++) {
            assertThat(drawn(en.press(first, again)).facts().protein()).isEqualTo("porc");
        }
    }

    @Test
    void namesTheFiltersThatWouldMatchWhenNoneMatchTogether() {
        assertThat(text(en.send("/random porc dessert")))
                .startsWith("No recipe matches “porc dessert”. These match on their own: porc (")
                .contains("dessert (");
        assertThat(text(fr.send("/hasard zzqx"))).startsWith("Aucune recette ne correspond à « zzqx ». Aucun de ces mots");
    }
}
