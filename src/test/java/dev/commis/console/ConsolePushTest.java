package dev.commis.console;

import static org.assertj.core.api.Assertions.assertThat;

import dev.commis.chat.Incoming;
import dev.commis.chat.TestChat;
import dev.commis.chat.reply.Button;
import dev.commis.chat.reply.Reply;
import dev.commis.store.Database;
import dev.commis.text.Language;
import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** A press on the kitchen screen, answered in the console: printed, and its buttons typed by number. */
class ConsolePushTest {

    @Test
    void thePushedStepIsPrintedAndItsButtonsAreTheOnesTyped() throws Exception {
        try (Database database = Database.inMemory()) {
            TestChat chat = new TestChat(Language.EN, database, ConsoleChat.CHAT);
            StringWriter out = new StringWriter();
            ConsoleChat console = new ConsoleChat(chat.core, new PlainLines(new BufferedReader(new StringReader("")),
                    new PrintWriter(out, true)));
            String title = TestChat.sample().recipes().stream().filter(recipe -> recipe.steps().size() >= 3).findFirst()
                    .orElseThrow().title();
            console.answer("/cook " + title);
            Reply first = chat.core.handle(Incoming.message(ConsoleChat.CHAT, "/cook"));
            String next = first.allButtons().stream().filter(button -> button.number() == 2).findFirst()
                    .map(Button::action).orElseThrow();

            console.push(ConsoleChat.CHAT, chat.core.handle(Incoming.button(ConsoleChat.CHAT, next)));
            assertThat(out.toString()).contains("Step 2 of");
            console.answer("2");

            assertThat(chat.core.services().cooks().get(ConsoleChat.CHAT).orElseThrow().step()).isEqualTo(2);
            assertThat(out.toString()).contains("Step 3 of");
        }
    }
}
