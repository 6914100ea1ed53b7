package dev.commis.chat.commands;

import static dev.commis.chat.TestChat.text;
import static org.assertj.core.api.Assertions.assertThat;

import dev.commis.chat.TestChat;
import dev.commis.chat.reply.Block;
import dev.commis.chat.reply.Reply;
import dev.commis.chat.reply.Span;
import dev.commis.text.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RecipeCommandTest {

    private final TestChat en = new TestChat(Language.EN);
    private final TestChat fr = new TestChat(Language.FR);

    private static String title(Reply reply) {
        Block first = reply.blocks().get(0);
        assertThat(first).isInstanceOf(Block.Heading.class);
        return ((Block.Heading) first).spans().stream().map(Span::text).reduce("", String::concat);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "/recipe burnt ends         | Pork Belly Burnt Ends - Miso Butterscotch Glaze",
            "/recipe burnt end          | Pork Belly Burnt Ends - Miso Butterscotch Glaze",
            "/recette crepes            | Crêpes",
            "/recipe risoto             | Risotto aux champignons",
            "/RECETTE Boeuf Bourguigon  | Boeuf bourguignon",
            "/recipe@CommisBot crêpes   | Crêpes",
            "crêpes                     | Crêpes",
    })
    void findsTheClosestRecipe(String message, String expected) {
        assertThat(title(en.send(message))).isEqualTo(expected);
    }

    @Test
    void showsFactsIngredientGroupsNumberedStepsAndSource() {
        String card = text(en.send("/recipe burnt ends"));
        assertThat(card).contains("⏱ 3 h 50 min · 🍽 serves 6 · 📊 intermediate · 🌍 American")
                .contains("Ingredients\n\n• 2kg pork belly, skin removed")
                .contains("Miso butter\n\n• 125g unsalted butter")
                .contains("1. Prep the pork — Slice the pork belly")
                .contains("4. Finish and serve — Remove the pork")
                .contains("Source: Instagram (https://www.instagram.com/reel/DQDuWQZAaoP/")
                .contains("[1] 🛒 Shopping list");
    }

    @Test
    void scalesForTheServingsAsked() {
        String card = text(en.send("/recipe burnt ends for 12"));
        assertThat(card).contains("Quantities for 12 (the recipe serves 6).")
                .contains("• 4 kg pork belly, skin removed")
                .contains("• 250 g unsalted butter")
                .contains("• ½ tsp chilli powder")
                .contains("🍽 serves 12");
        assertThat(text(fr.send("/recette burnt ends pour 3"))).contains("• 1 kg pork belly").contains("Quantités pour 3");
    }

    @Test
    void offersAChoiceWhenSeveralRecipesAreAsClose() {
        Reply choice = en.send("/recipe chicken");
        assertThat(text(choice)).startsWith("Several recipes are close to “chicken”. Which one?");
        assertThat(choice.allButtons()).hasSizeBetween(2, 5).extracting(button -> button.label())
                .contains("Chicken Teriyaki", "Chicken Tikka Masala", "Poulet yassa");
        Reply opened = en.press(choice, 1);
        assertThat(title(opened)).isEqualTo(choice.allButtons().get(0).label());
    }

    @Test
    void keepsTheServingsThroughTheChoice() {
        Reply choice = en.send("/recipe chicken for 8");
        assertThat(text(en.press(choice, 1))).contains("Quantities for 8");
    }

    @Test
    void explainsWhatToWriteWithoutAName() {
        assertThat(text(en.send("/recipe"))).startsWith("Which recipe? Write its name after /recipe, for example: /recipe ");
        assertThat(text(fr.send("/recette pour 4"))).startsWith("Quelle recette ?");
    }

    @Test
    void refusesServingsThatAreNotAWholePositiveNumber() {
        assertThat(text(en.send("/recipe x for -3")))
                .isEqualTo("“-3” is not a number of servings: write a whole number from 1 to 500, as in “for 4”.\n");
        assertThat(text(fr.send("/recette crêpes pour 0"))).startsWith("« 0 » n’est pas un nombre de portions");
    }

    @Test
    void saysWhenNothingIsClose() {
        assertThat(text(en.send("/recipe zzqxw"))).isEqualTo("I found no recipe called “zzqxw”. Try /search zzqxw.\n");
    }

    @Test
    void opensARecipeByIdFromAButtonAndExplainsAVanishedOne() {
        Reply card = en.send("/recipe crêpes");
        assertThat(title(en.core.handle(dev.commis.chat.Incoming.button("test:1", "r:desserts-crepes")))).isEqualTo("Crêpes");
        assertThat(text(en.core.handle(dev.commis.chat.Incoming.button("test:1", "r:desserts-gone"))))
                .startsWith("That recipe is no longer in the vault");
        assertThat(card.allButtons()).isNotEmpty();
    }
}
