package dev.commis.chat.commands;

import static dev.commis.chat.TestChat.text;
import static org.assertj.core.api.Assertions.assertThat;

import dev.commis.chat.TestChat;
import dev.commis.chat.reply.Reply;
import dev.commis.store.Database;
import dev.commis.text.Language;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** /units and /lang: per-chat choices, kept in the store across restarts. */
class PreferenceCommandsTest {

    @TempDir
    Path data;

    @Test
    void unitsAreKeptAcrossRestarts() throws Exception {
        try (Database database = Database.open(data)) {
            TestChat chat = new TestChat(Language.EN, database, "telegram:7");
            assertThat(text(chat.send("/units imperial"))).isEqualTo("Done: quantities are now shown in imperial (US) units.\n");
        }
        try (Database reopened = Database.open(data)) {
            TestChat chat = new TestChat(Language.EN, reopened, "telegram:7");
            assertThat(text(chat.send("/recipe burnt ends"))).contains("lb pork belly");
            TestChat other = new TestChat(Language.EN, reopened, "telegram:8");
            assertThat(text(other.send("/recipe burnt ends"))).contains("2kg pork belly");
        }
    }

    @Test
    void unitsOffersButtonsWhenAskedWithoutAChoice() {
        TestChat chat = new TestChat(Language.FR);
        Reply reply = chat.send("/unites");
        assertThat(text(reply)).startsWith("Les quantités sont affichées comme la recette les écrit. Choisissez :");
        assertThat(text(chat.press(reply, 1))).isEqualTo("C’est fait : les quantités sont maintenant affichées en unités métriques.\n");
        assertThat(text(chat.send("/unites martien"))).startsWith("Je ne connais pas les unités « martien »");
    }

    @Test
    void langSwitchesTheChatsLanguageForGood() throws Exception {
        try (Database database = Database.open(data)) {
            TestChat chat = new TestChat(Language.FR, database, "console");
            assertThat(text(chat.send("/langue en"))).isEqualTo("Done: I’ll speak English here.\n");
            assertThat(text(chat.send("/recipe"))).startsWith("Which recipe?");
        }
        try (Database reopened = Database.open(data)) {
            assertThat(text(new TestChat(Language.FR, reopened, "console").send("/recipe"))).startsWith("Which recipe?");
        }
    }

    @Test
    void langOffersBothLanguages() {
        TestChat chat = new TestChat(Language.EN);
        Reply reply = chat.send("/lang klingon");
        assertThat(text(reply)).startsWith("I don’t speak “klingon”.");
        assertThat(text(chat.press(reply, 1))).isEqualTo("C’est fait : je parlerai français ici.\n");
    }
}
