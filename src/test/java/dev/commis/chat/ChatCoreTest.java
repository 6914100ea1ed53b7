package dev.commis.chat;

import static dev.commis.chat.TestChat.text;
import static org.assertj.core.api.Assertions.assertThat;

import dev.commis.text.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Bad input gets a short helpful reply, never an exception. */
class ChatCoreTest {

    private final TestChat en = new TestChat(Language.EN);
    private final TestChat fr = new TestChat(Language.FR);

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/help", "/start", "/aide", "/HELP@CommisBot"})
    void helpShowsExamplesFromTheVault(String command) {
        String help = text(en.send(command));
        assertThat(help).startsWith("👨‍🍳 Commis, your recipe assistant")
                .contains("I know the " + TestChat.sample().recipes().size() + " recipes of your vault.")
                .contains("• /recipe ").contains("• /quick 20").contains(" ready at 19:30\n")
                .contains("• /save https://example.org/my-recipe");
        String protein = help.lines().filter(line -> line.startsWith("• /random ")).findFirst().orElseThrow().substring(10);
        assertThat(TestChat.sample().recipes()).anyMatch(recipe -> recipe.facts().protein().equals(protein));
        String example = help.lines().filter(line -> line.startsWith("• /recipe ")).findFirst().orElseThrow().substring(10);
        assertThat(TestChat.sample().recipes()).anyMatch(recipe -> recipe.title().equals(example));
    }

    @Test
    void helpWorksInFrench() {
        assertThat(text(fr.send("/aide"))).startsWith("👨‍🍳 Commis, votre commis de cuisine").contains("• /recette ");
    }

    @Test
    void namesAnUnknownCommand() {
        assertThat(text(en.send("/frobnicate now"))).isEqualTo("I don’t know /frobnicate. Send /help to see what I can do.\n");
        assertThat(text(fr.send("/zz"))).isEqualTo("Je ne connais pas /zz. Envoyez /aide pour voir ce que je sais faire.\n");
    }

    @Test
    void refusesAVeryLongMessage() {
        assertThat(text(en.send("/recipe " + "a".repeat(10_000))))
                .startsWith("That message is too long for me (more than 4096 characters).");
    }

    @Test
    void readsThroughControlCharacters() {
        assertThat(text(en.send("/recipe\u0000cr\u0007êpes\u001B"))).isNotBlank().doesNotContain("went wrong");
        assertThat(text(en.send("\u0000/recipe\tcrêpes\r\n"))).startsWith("Crêpes");
    }

    @Test
    void answersAnEmptyMessage() {
        assertThat(text(en.send(" \u0000 "))).isEqualTo("Send a command such as /recipe, /random or /help.\n");
    }

    @Test
    void answersButtonsItDoesNotKnowOrNoLongerHas() {
        assertThat(text(en.core.handle(Incoming.button("test:1", "zz:1")))).startsWith("I don’t know that button any more.");
        assertThat(text(en.core.handle(Incoming.button("test:1", "nonsense")))).startsWith("I don’t know that button any more.");
        assertThat(text(en.core.handle(Incoming.button("test:1", "s:~zz")))).isEqualTo("That button has expired. Send /search again.\n");
    }
}
