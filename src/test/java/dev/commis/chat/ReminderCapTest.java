package dev.commis.chat;

import static org.assertj.core.api.Assertions.assertThat;

import dev.commis.store.Database;
import dev.commis.text.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A chat that holds the most pending reminders it may is told so, in its language, and nothing is set. */
class ReminderCapTest {

    @ParameterizedTest
    @CsvSource({
        "EN, /timer 10m, already has 100 pending reminders",
        "FR, /minuteur 10m, a déjà 100 rappels en attente",
    })
    void refusesAReminderOverTheCapClearly(Language lang, String command, String refusal) {
        TestChat chat = new TestChat(lang);
        for (int i = 0; i < 100; i++) {
            assertThat(TestChat.text(chat.send(command))).doesNotContain(refusal);
        }
        assertThat(TestChat.text(chat.send(command))).contains(refusal);
        assertThat(chat.reminders.pending("test:1")).hasSize(100);
    }

    @Test
    void theCapIsPerChat() throws Exception {
        try (Database database = Database.inMemory()) {
            TestChat full = new TestChat(Language.EN, database, "test:1");
            for (int i = 0; i < 100; i++) {
                full.send("/timer 10m");
            }
            TestChat other = new TestChat(Language.EN, database, "test:2");
            assertThat(TestChat.text(other.send("/timer 10m"))).startsWith("⏱ Timer set");
        }
    }
}
