package dev.commis.chat.commands;

import static dev.commis.chat.TestChat.text;
import static org.assertj.core.api.Assertions.assertThat;

import dev.commis.chat.TestChat;
import dev.commis.chat.reply.Reply;
import dev.commis.text.Language;
import org.junit.jupiter.api.Test;

class ShopCommandTest {

    private final TestChat en = new TestChat(Language.EN);
    private final TestChat fr = new TestChat(Language.FR);

    @Test
    void mergesTheListsOfSeveralRecipesWithTheirServings() {
        // Issue 15: the items are the list's buttons, 20 a page.
        Reply first = en.send("/shop burnt ends for 12, wombok slaw");
        assertThat(text(first)).startsWith("🛒 Shopping list").contains("For Pork Belly Burnt Ends - Miso Butterscotch Glaze (12), Wombok Slaw (6)")
                .contains("☐ 4 kg pork belly");
        Reply second = en.press(first, first.allButtons().size());
        assertThat(text(second)).contains("☐ 250 g unsalted butter");
    }

    @Test
    void makesAListFromARecipeCardsButton() {
        Reply card = fr.send("/recette burnt ends pour 12");
        String list = text(fr.press(card, 1));
        assertThat(list).startsWith("🛒 Liste de courses").contains("☐ 4 kg pork belly");
    }

    @Test
    void asksForMoreWhenANameIsAmbiguous() {
        dev.commis.chat.reply.Reply choice = en.send("/shop chicken");
        assertThat(text(choice)).startsWith("Several recipes are close to “chicken”. Which one?");
        assertThat(text(en.press(choice, 1))).startsWith("🛒 Shopping list");
    }

    @Test
    void explainsWhatToWrite() {
        assertThat(text(fr.send("/courses"))).startsWith("Quelles recettes ? Par exemple : /courses ");
        assertThat(text(en.send("/shop crêpes for -1"))).startsWith("“-1” is not a number of servings");
    }

    @Test
    void mergesTheEggsAndSaltOfAFrenchAndAnEnglishRecipe() {
        String list = text(en.send("/shop crêpes for 8, tiramisu"));
        assertThat(list).contains("☐ 12 oeufs").contains("☐ 3 pincées sel")
                .doesNotContain("eggs").doesNotContain("pinch");
        String liste = text(fr.send("/courses tiramisu, mousse au chocolat"));
        assertThat(liste).contains("☐ 10 very fresh eggs").contains("☐ 2 pinches salt")
                .doesNotContain("oeufs").doesNotContain("pincée")
                .contains("☐ 30 g sucre").contains("☐ 100 g caster sugar");
    }

    @Test
    void leavesOutARecipeThatIsOnTheListItself() {
        assertThat(text(en.send("/shop fish tacos"))).contains("☐ Guacamole");
        String list = text(en.send("/shop fish tacos, guacamole"));
        assertThat(list).contains("For Fish Tacos (4), Guacamole (4)").contains("☐ 3 ripe avocados")
                .doesNotContain("☐ Guacamole");
    }
}
