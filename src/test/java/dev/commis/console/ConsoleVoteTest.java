package dev.commis.console;

import static org.assertj.core.api.Assertions.assertThat;

import dev.commis.chat.TestChat;
import dev.commis.text.Language;
import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class ConsoleVoteTest {

    private static String chat(Language lang, String script) throws Exception {
        StringWriter out = new StringWriter();
        new ConsoleChat(new TestChat(lang).core, new PlainLines(new BufferedReader(new StringReader(script)),
                new PrintWriter(out))).run();
        return out.toString();
    }

    @Test
    void aVoteShowsItsOptionsANumberVotesAndCloseShowsTheWinner() throws Exception {
        String shown = chat(Language.EN, "/vote 3 porc\n2\nclose\n");
        assertThat(shown).contains("🗳 What’s for dinner?", "\n1. ", "\n2. ", "\n3. ",
                "Type an option’s number to vote, then “close” to close the vote.");
        String second = shown.substring(shown.indexOf("\n2. ") + 4, shown.indexOf('\n', shown.indexOf("\n2. ") + 4));
        assertThat(shown).contains("✔ 2. " + second, "🏆 " + second + " wins with 1 vote!", "Cook it", "Shopping list");
    }

    @Test
    void aNewNumberChangesTheVote() throws Exception {
        String shown = chat(Language.FR, "/sondage 2\n1\n2\nfermer\n");
        String second = shown.substring(shown.indexOf("\n2. ") + 4, shown.indexOf('\n', shown.indexOf("\n2. ") + 4));
        assertThat(shown).contains("Tapez le numéro d’une réponse pour voter, puis « fermer »", "🏆 " + second + " l’emporte avec 1 voix !");
    }

    @Test
    void aWeekShowsItsSwapButtonsAsNumbers() throws Exception {
        String shown = chat(Language.EN, "/week\n8\n");
        assertThat(shown).contains("🗓 A week of dinners", "[1] 🔄 Mon", "[8] 🛒 Shopping list for the week", "🛒 Shopping list\n");
    }
}
