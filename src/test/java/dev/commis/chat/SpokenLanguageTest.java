package dev.commis.chat;

import static dev.commis.chat.TestChat.text;
import static org.assertj.core.api.Assertions.assertThat;

import dev.commis.text.Language;
import org.junit.jupiter.api.Test;

/** A chat that never chose a language: a private one follows its person's app, a group the configured one. */
class SpokenLanguageTest {

    private final TestChat french = new TestChat(Language.FR);
    private final PreferenceStore preferences = new PreferenceStore(french.database);

    private String send(String chat, boolean group, String text, String spoken) {
        return text(french.core.handle(new Incoming(chat, "Sam", group, Incoming.Kind.MESSAGE, text, "test:sam").speaking(spoken)));
    }

    @Test
    void aPrivateChatTakesItsPersonsAppLanguageAndKeepsIt() {
        assertThat(send("test:7", false, "/help", "en-US")).startsWith("👨‍🍳 Commis, your recipe assistant");
        assertThat(preferences.get("test:7").lang()).as("kept, so that reminders speak it too").contains(Language.EN);
        assertThat(send("test:7", false, "/help", "")).as("a press from the screen says no language")
                .startsWith("👨‍🍳 Commis, your recipe assistant");
    }

    @Test
    void aChosenLanguageWinsOverTheApps() {
        send("test:8", false, "/lang fr", "en");
        assertThat(send("test:8", false, "/help", "en")).startsWith("👨‍🍳 Commis, votre commis de cuisine");
        assertThat(preferences.get("test:8").lang()).contains(Language.FR);
    }

    @Test
    void aGroupKeepsTheConfiguredLanguage() {
        assertThat(send("test:-9", true, "/help", "en")).startsWith("👨‍🍳 Commis, votre commis de cuisine");
        assertThat(preferences.get("test:-9").lang()).isEmpty();
    }

    @Test
    void anotherLanguageThanFrenchOrEnglishKeepsTheConfiguredOne() {
        assertThat(send("test:10", false, "/help", "de")).startsWith("👨‍🍳 Commis, votre commis de cuisine");
        assertThat(preferences.get("test:10").lang()).isEmpty();
    }
}
