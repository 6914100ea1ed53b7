package dev.commis.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import dev.commis.chat.Incoming;
import dev.commis.chat.reply.Reply;
import org.junit.jupiter.api.Test;

/** A press on the kitchen screen, answered on Telegram: the cook's message is edited in place. */
class TelegramScreenPushTest extends TelegramBotTest {

    @Test
    void aPressOnTheScreenEditsTheCookMessage() throws Exception {
        FakeBotApi.Sent step = startCook();
        String next = step.buttons().get(0).get(0).callbackData();

        Reply moved = core.handle(Incoming.button(TelegramUpdates.key(PRIVATE), next));
        bot.pushes().push(TelegramUpdates.key(PRIVATE), moved);

        FakeBotApi.Edit edit = api.awaitEdit(e -> e.messageId() == step.messageId(), WAIT);
        assertThat(FakeTelegramHtml.visibleText(edit.text())).contains("Step 2 of 4");
        assertThat(api.sentMessages()).hasSize(1);
    }

    @Test
    void aCookMessageSomeoneDeletedIsSentAnewAndThatOneEditedNext() throws Exception {
        FakeBotApi.Sent step = startCook();
        String next = step.buttons().get(0).get(0).callbackData();
        api.deletedByUser(PRIVATE, step.messageId());

        Reply second = core.handle(Incoming.button(TelegramUpdates.key(PRIVATE), next));
        bot.pushes().push(TelegramUpdates.key(PRIVATE), second);
        FakeBotApi.Sent anew = api.awaitSent(sent -> sent.chatId() == PRIVATE && sent.messageId() != step.messageId(), WAIT);
        assertThat(anew.visibleText()).contains("Step 2 of 4");
        awaitRemembered(anew.messageId());

        Reply third = core.handle(Incoming.button(TelegramUpdates.key(PRIVATE), anew.buttons().get(0).get(1).callbackData()));
        bot.pushes().push(TelegramUpdates.key(PRIVATE), third);
        FakeBotApi.Edit edit = api.awaitEdit(e -> e.messageId() == anew.messageId(), WAIT);
        assertThat(FakeTelegramHtml.visibleText(edit.text())).contains("Step 3 of 4");
        assertThat(api.sentMessages()).hasSize(2);
    }

    @Test
    void aReplyThatReplacesNothingGoesAsANewMessage() throws Exception {
        bot.pushes().push(TelegramUpdates.key(PRIVATE), Reply.text("Cook stopped."));

        FakeBotApi.Sent sent = api.awaitSent(message -> message.chatId() == PRIVATE, WAIT);
        assertThat(sent.visibleText()).isEqualTo("Cook stopped.");
    }

    /** Lea starts cooking the burnt ends; their first step's message, once the bot remembers it as the one to edit. */
    private FakeBotApi.Sent startCook() throws InterruptedException {
        api.queueMessage(PRIVATE, "private", PRIVATE, "lea", "/cook burnt ends");
        FakeBotApi.Sent step = api.awaitSent(sent -> sent.chatId() == PRIVATE, WAIT);
        awaitRemembered(step.messageId());
        return step;
    }

    private void awaitRemembered(int messageId) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (!bot.replies().replaceableMessage(PRIVATE).equals(java.util.Optional.of(messageId))) {
            assertThat(System.nanoTime()).isLessThan(deadline);
            Thread.sleep(10);
        }
    }
}
