package dev.commis.chat;

import static org.assertj.core.api.Assertions.assertThat;

import dev.commis.chat.reply.Reply;
import dev.commis.text.Language;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Button presses are input like any other: a forged payload is checked as if it had been typed,
 * and a long query's token works only in the chat it was shown in.
 */
class ForgedButtonsTest {

    private final TestChat chat = new TestChat(Language.EN);

    private Reply press(String chatKey, String action) {
        return chat.core.handle(Incoming.button(chatKey, action));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "r:ID:9999,   9999",
            "r:ID:0,      0",
            "r:ID:-4,     -4",
            "sh:ID:501,   501",
            "sh:ID:abc,   abc",
            "ck:0:ID:9999, 9999",
            "ck:0:ID:0,   0",
    })
    void refusesServingsOutsideOneToFiveHundredAsIfTyped(String action, String shown) {
        String id = TestChat.sample().recipes().get(0).id();
        Reply reply = press("test:1", action.replace("ID", id));
        assertThat(TestChat.text(reply).strip())
                .isEqualTo("“" + shown + "” is not a number of servings: write a whole number from 1 to 500, as in “for 4”.");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"r:ID:12", "sh:ID:12", "ck:0:ID:12"})
    void acceptsServingsInRange(String action) {
        String id = TestChat.sample().recipes().get(0).id();
        assertThat(TestChat.text(press("test:1", action.replace("ID", id)))).doesNotContain("is not a number of servings");
    }

    @org.junit.jupiter.api.Test
    void aLongQuerysTokenWorksOnlyInItsOwnChat() {
        String words = "chocolate dessert easy quick gluten free hazelnut vegetarian for eight people";
        // The page button of a long search, as /search shows it in chat test:1.
        String token = chat.core.services().forChat("test:1").payloads().action("s", "1:" + words);
        assertThat(token).startsWith("s:~");
        assertThat(TestChat.text(press("test:1", token))).doesNotContain("expired");
        assertThat(TestChat.text(press("test:2", token)).strip()).isEqualTo("That button has expired. Send /search again.");
    }
}
