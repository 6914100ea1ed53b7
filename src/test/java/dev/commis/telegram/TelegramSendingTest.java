package dev.commis.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import dev.commis.config.Secret;
import dev.commis.config.Settings;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Reminders, Telegram's limits and failures, and access: what the outbox and the delivery promise. */
class TelegramSendingTest extends TelegramBotTest {

    @Test
    void sendsAReminderAsANewMessageNamingWhoSetItInAGroup() {
        api.queueMessage(GROUP, "supergroup", 7, "tom", "/timer@CommisBot 10m oven");
        api.awaitSent(sent -> sent.chatId() == GROUP && sent.visibleText().startsWith("⏱ Timer set"), WAIT);
        clock.advance(Duration.ofMinutes(10));
        reminders.runDue();
        FakeBotApi.Sent reminder = api.awaitSent(sent -> sent.visibleText().contains("⏰ oven"), WAIT);
        assertThat(reminder.chatId()).isEqualTo(GROUP);
        assertThat(reminder.visibleText()).isEqualTo("@tom ⏰ oven (10 min)");
        assertThat(reminders.pending("telegram:" + GROUP)).isEmpty();
    }

    @Test
    void givesUpOnAReminderToAChatThatBlockedTheBot() {
        api.queueMessage(PRIVATE, "private", PRIVATE, "lea", "/timer 10m oven");
        api.awaitSent(sent -> sent.chatId() == PRIVATE, WAIT);
        api.blockedBy(PRIVATE);
        clock.advance(Duration.ofMinutes(10));
        reminders.runDue();
        assertThat(reminders.pending("telegram:" + PRIVATE)).as("given up, not retried forever").isEmpty();
        assertThat(reminders.queued()).isZero();
        assertThat(api.calls("sendMessage")).extracting(FakeBotApi.ApiCall::status).containsExactly(200, 403);
    }

    @Test
    void waitsAsLongAsTelegramSaysAfterATooManyRequestsAndSendsOnce() {
        api.rateLimitNextSend(3); // longer than the second a chat waits anyway, so that only retry_after explains the pause
        api.queueMessage(PRIVATE, "private", PRIVATE, "lea", "/recipe crêpes");
        FakeBotApi.Sent card = api.awaitSent(sent -> sent.chatId() == PRIVATE, WAIT);
        api.awaitCall(call -> call.method().equals("sendMessage") && call.status() == 200, WAIT);
        assertThat(api.sentMessages()).hasSize(1);
        List<FakeBotApi.ApiCall> sends = api.calls("sendMessage");
        assertThat(sends).hasSize(2);
        assertThat(sends.get(0).status()).isEqualTo(429);
        assertThat(Duration.between(sends.get(0).at(), sends.get(1).at())).isGreaterThanOrEqualTo(Duration.ofSeconds(3));
        assertThat(card.visibleText()).startsWith("Crêpes");
    }

    @Test
    void retriesAfterAServerErrorAndSendsOnce() {
        api.failNextSends(1, 502);
        api.queueMessage(PRIVATE, "private", PRIVATE, "lea", "/recipe crêpes");
        api.awaitCall(call -> call.method().equals("sendMessage") && call.status() == 200, WAIT);
        assertThat(api.sentMessages()).hasSize(1);
        assertThat(api.calls("sendMessage")).extracting(FakeBotApi.ApiCall::status).containsExactly(502, 200);
    }

    @Test
    void neverSendsAgainAMessageTelegramPostedWithoutAnswering() {
        api.postThenCut(1);
        api.queueMessage(PRIVATE, "private", PRIVATE, "lea", "/recipe crêpes");
        api.awaitSent(sent -> sent.chatId() == PRIVATE, WAIT);
        api.queueMessage(PRIVATE, "private", PRIVATE, "lea", "/recipe tiramisu");
        api.awaitSent(sent -> sent.visibleText().startsWith("Tiramisu"), WAIT);
        assertThat(api.sentMessages()).extracting(s -> s.visibleText().lines().findFirst().orElseThrow())
                .as("a copy sent again would come before the next message to the chat").containsExactly("Crêpes", "Tiramisu");
    }

    @Test
    void postsAReminderTelegramIsSlowToTakeOnceAcrossTheSchedulersRetries() {
        api.queueMessage(PRIVATE, "private", PRIVATE, "lea", "/timer 10m oven");
        api.awaitSent(sent -> sent.chatId() == PRIVATE, WAIT);
        api.latency(Duration.ofSeconds(TelegramDelivery.PATIENCE_SECONDS + 2));
        clock.advance(Duration.ofMinutes(10));
        reminders.runDue(); // gives up waiting: tried again in 5 s
        assertThat(reminders.queued()).isOne();
        clock.advance(Duration.ofSeconds(5));
        reminders.runDue(); // follows the first attempt, which Telegram takes meanwhile
        api.awaitSent(sent -> sent.visibleText().contains("⏰ oven"), WAIT);
        assertThat(api.sentMessages()).filteredOn(sent -> sent.visibleText().contains("⏰ oven")).hasSize(1);
        assertThat(reminders.pending("telegram:" + PRIVATE)).isEmpty();
    }

    @Test
    void neverSendsAgainAReminderWhoseHungSendWasGivenUpOnBetweenTwoAttempts() throws Exception {
        bot.close();
        Duration timeout = Duration.ofSeconds(TelegramDelivery.PATIENCE_SECONDS + 2);
        bot = start(new Settings.Telegram(Optional.of(new Secret(api.token())), URI.create(api.baseUrl()), List.of(), timeout));
        deliveries.register(TelegramBot.PLATFORM, bot.delivery());
        api.queueMessage(PRIVATE, "private", PRIVATE, "lea", "/timer 10m oven");
        api.awaitSent(sent -> sent.chatId() == PRIVATE, WAIT);
        FakeHang hang = api.hangSendsTo(PRIVATE);
        clock.advance(Duration.ofMinutes(10));
        reminders.runDue(); // posted, unanswered: given up waiting after 5 s, tried again in 5 s
        assertThat(hang.held()).isOne();
        Thread.sleep(timeout.minusSeconds(TelegramDelivery.PATIENCE_SECONDS).plusSeconds(2).toMillis()); // the client gives up
        clock.advance(Duration.ofSeconds(5));
        reminders.runDue(); // the outcome of the first attempt is unknown now: given up on, not sent again
        assertThat(hang.held()).as("no second copy").isOne();
        assertThat(api.sentMessages()).filteredOn(sent -> sent.visibleText().contains("⏰ oven")).hasSize(1);
        assertThat(reminders.pending("telegram:" + PRIVATE)).isEmpty();
        assertThat(reminders.queued()).isZero();
    }

    @Test
    void keepsAtLeastASecondBetweenMessagesToOneChat() {
        api.queueMessage(PRIVATE, "private", PRIVATE, "lea", "/recipe crêpes");
        api.queueMessage(PRIVATE, "private", PRIVATE, "lea", "/recipe tiramisu");
        api.awaitSent(sent -> sent.visibleText().startsWith("Tiramisu"), WAIT);
        List<FakeBotApi.Sent> sent = api.sentMessages();
        assertThat(sent).extracting(s -> s.visibleText().lines().findFirst().orElseThrow()).containsExactly("Crêpes", "Tiramisu");
        assertThat(Duration.between(sent.get(0).at(), sent.get(1).at())).isGreaterThanOrEqualTo(Duration.ofMillis(950));
    }

    @Test
    void refusesAnyoneNotAllowedOncePolitely() throws Exception {
        bot.close();
        bot = start(settings(List.of(PRIVATE)));
        api.queueMessage(200, "private", 200, "stranger", "/recipe crêpes");
        api.queueMessage(200, "private", 200, "stranger", "/help");
        api.queueMessage(PRIVATE, "private", PRIVATE, "lea", "/recipe crêpes");
        api.awaitSent(sent -> sent.chatId() == PRIVATE, WAIT);
        // Chats are served in parallel: the allowed chat's answer may overtake the stranger's refusal.
        api.awaitSent(sent -> sent.chatId() == 200, WAIT);
        assertThat(api.sentMessages()).filteredOn(sent -> sent.chatId() == 200).singleElement()
                .satisfies(refusal -> assertThat(refusal.visibleText()).contains("private"));
    }
}
