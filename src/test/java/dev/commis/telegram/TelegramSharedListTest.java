package dev.commis.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import dev.commis.chat.reply.Reply;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;

/** Issue 15's shared shopping list on Telegram: a group's list edited in place for everyone who ticks. */
class TelegramSharedListTest extends TelegramBotTest {

    private static final long TOM = 43;

    @Test
    void editsTheSameMessageForEachPersonWhoTicks() {
        api.queueMessage(GROUP, "group", PRIVATE, "lea", "/shop crêpes");
        FakeBotApi.Sent list = api.awaitSent(sent -> sent.chatId() == GROUP, WAIT);
        assertThat(labels(list.buttons())).contains("☐ 4 oeufs", "☐ 50 g beurre fondu");
        api.queueCallback(GROUP, TOM, list.messageId(), data(list.buttons(), "☐ 4 oeufs"));
        FakeBotApi.Edit byTom = api.awaitEdit(edit -> edit.messageId() == list.messageId(), WAIT);
        api.queueCallback(GROUP, PRIVATE, list.messageId(), data(byTom.buttons(), "☐ 50 g beurre fondu"));
        FakeBotApi.Edit byLea = api.awaitEdit(edit -> edit.messageId() == list.messageId()
                && labels(edit.buttons()).contains("✅ 50 g beurre fondu"), WAIT);
        assertThat(labels(byLea.buttons())).contains("✅ 4 oeufs");
        assertThat(byLea.text()).contains("✅ @user43: 4 oeufs").contains("✅ @lea: 50 g beurre fondu").contains("2 of 7 ticked");
        assertThat(api.sentMessages()).filteredOn(sent -> sent.chatId() == GROUP).hasSize(1);
        assertThat(api.callbackAnswers()).hasSize(2);
    }

    @Test
    void takesAnEditThatChangesNothingAsDone() throws Exception {
        core.handle(shopInGroup("/add 2 lemons"));
        api.queueMessage(GROUP, "group", PRIVATE, "lea", "/shop");
        FakeBotApi.Sent list = api.awaitSent(sent -> sent.chatId() == GROUP, WAIT);
        Reply same = core.handle(shopInGroup("/shop"));
        Outbox outbox = new Outbox(outboxClock);
        try {
            TelegramReplies replies = new TelegramReplies(new OkHttpTelegramClient(api.token(), api.telegramUrl()), outbox,
                    () -> vault);
            // Two people pressing the same button at once: the second edit finds the message already as it should be.
            replies.replace(GROUP, list.messageId(), same.asReplacing()).get(10, TimeUnit.SECONDS);
        } finally {
            outbox.close(Duration.ofMillis(100)); // nothing left to send
        }
        assertThat(api.calls("editMessageText")).singleElement().satisfies(call -> assertThat(call.status()).isEqualTo(400));
    }

    private static dev.commis.chat.Incoming shopInGroup(String text) {
        return new dev.commis.chat.Incoming(TelegramUpdates.key(GROUP), "@lea", true, dev.commis.chat.Incoming.Kind.MESSAGE,
                text, "");
    }

    private static List<String> labels(List<List<FakeBotApi.Button>> rows) {
        return rows.stream().flatMap(List::stream).map(FakeBotApi.Button::text).toList();
    }

    private static String data(List<List<FakeBotApi.Button>> rows, String label) {
        return rows.stream().flatMap(List::stream).filter(button -> button.text().equals(label)).findFirst()
                .map(FakeBotApi.Button::callbackData).orElseThrow(() -> new AssertionError("no " + label + " in " + labels(rows)));
    }
}
