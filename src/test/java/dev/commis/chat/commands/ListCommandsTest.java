package dev.commis.chat.commands;

import static dev.commis.chat.TestChat.text;
import static org.assertj.core.api.Assertions.assertThat;

import dev.commis.chat.RecipeList;
import dev.commis.chat.TestChat;
import dev.commis.chat.reply.Block;
import dev.commis.chat.reply.Reply;
import dev.commis.chat.reply.Span;
import dev.commis.text.Language;
import dev.commis.vault.Recipe;
import java.util.List;
import org.junit.jupiter.api.Test;

/** /quick, /search and /with: ranked lists with buttons to open and to turn pages. */
class ListCommandsTest {

    private final TestChat en = new TestChat(Language.EN);
    private final TestChat fr = new TestChat(Language.FR);

    private static List<String> entries(Reply reply) {
        return reply.blocks().stream().filter(Block.ItemList.class::isInstance).map(Block.ItemList.class::cast)
                .flatMap(list -> list.items().stream())
                .map(item -> item.get(0).text())
                .toList();
    }

    private static Recipe recipe(String title) {
        return TestChat.sample().recipes().stream().filter(r -> r.title().equals(title)).findFirst().orElseThrow();
    }

    @Test
    void quickListsRecipesWithinTheThresholdFastestFirst() {
        Reply reply = en.send("/quick");
        List<Integer> minutes = entries(reply).stream().map(t -> recipe(t).facts().totalMinutes().getAsInt()).toList();
        assertThat(minutes).hasSize(RecipeList.PAGE_SIZE).isSorted().allMatch(m -> m <= 30);
        assertThat(text(reply)).startsWith("Ready in 30 minutes or less (");
    }

    @Test
    void quickTakesMinutesAndFilters() {
        assertThat(entries(fr.send("/rapide 15 végan"))).isNotEmpty()
                .allSatisfy(t -> assertThat(recipe(t).facts().totalMinutes().getAsInt()).isLessThanOrEqualTo(15))
                .allSatisfy(t -> assertThat(recipe(t).facts().protein()).isEqualTo("végan"));
    }

    @Test
    void quickTurnsPagesUntilTheLast() {
        Reply first = en.send("/quick");
        Reply second = en.press(first, first.allButtons().size());
        assertThat(text(second)).contains("Page 2 of");
        assertThat(entries(second)).doesNotContainAnyElementsOf(entries(first));
        assertThat(second.allButtons().get(second.allButtons().size() - 1).label()).isEqualTo("Next ▶");
        assertThat(second.allButtons().get(second.allButtons().size() - 2).label()).isEqualTo("◀ Previous");
    }

    @Test
    void quickExplainsBadMinutes() {
        assertThat(text(en.send("/quick -5"))).startsWith("“-5” is not a number of minutes");
        assertThat(text(en.send("/quick 99999"))).startsWith("“99999” is not a number of minutes: write a whole number from 1 to 1440,");
        assertThat(text(en.send("/quick abc"))).startsWith("No quick recipe matches “abc”.");
    }

    @Test
    void searchRanksAndOpensResults() {
        Reply results = en.send("/search miso");
        assertThat(entries(results)).contains("Pork Belly Burnt Ends - Miso Butterscotch Glaze", "Miso Soup with Tofu");
        Reply opened = en.press(results, 1);
        String title = ((Block.Heading) opened.blocks().get(0)).spans().stream().map(Span::text).reduce("", String::concat);
        assertThat(title).isEqualTo(entries(results).get(0));
    }

    @Test
    void searchExplainsWhatToWriteAndWhenNothingMatches() {
        assertThat(text(fr.send("/cherche"))).startsWith("Que dois-je chercher ? Par exemple : /cherche ");
        assertThat(text(en.send("/search zzqxw"))).isEqualTo("Nothing matches “zzqxw”. Try fewer or other words.\n");
    }

    @Test
    void withRanksRecipesByTheIngredientsTheyUse() {
        Reply reply = en.send("/with garlic, lemon");
        assertThat(entries(reply)).isNotEmpty();
        assertThat(text(reply)).startsWith("With garlic, lemon:").contains("uses ");
        assertThat(text(fr.send("/avec"))).startsWith("Quels ingrédients avez-vous ? Par exemple : /avec ");
    }
}
