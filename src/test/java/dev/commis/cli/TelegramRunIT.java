package dev.commis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.commis.telegram.FakeBotApi;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code java -jar commis.jar} with a Telegram token: the bot, as a process of its own, against the fake Bot API. */
class TelegramRunIT {

    @TempDir
    Path data;

    private FakeBotApi api;

    @BeforeEach
    void startFake() throws Exception {
        api = new FakeBotApi().start();
    }

    @AfterEach
    void stopFake() {
        api.close();
    }

    @Test
    void answersOnTelegramAndStopsCleanlyOnSigterm() throws Exception {
        Map<String, String> env = Map.of("TELEGRAM_BOT_TOKEN", api.token(), "TELEGRAM_API_URL", api.baseUrl(),
                "COMMIS_VAULT", "recipes", "COMMIS_DATA", data.toString());
        try (RunningCommis commis = new RunningCommis(env)) {
            commis.await("Commis is running on Telegram as @CommisBot");
            api.queueMessage(42, "private", 42, "lea", "/recipe crêpes");
            FakeBotApi.Sent card = api.awaitSent(sent -> sent.chatId() == 42, Duration.ofSeconds(60));
            assertThat(card.visibleText()).startsWith("Crêpes");
            assertThat(commis.terminate(Duration.ofSeconds(30))).as("exit status after SIGTERM").isZero();
            assertThat(commis.lines()).noneMatch(line -> line.contains(api.token()));
            assertThat(commis.lines()).anyMatch(line -> line.contains("Telegram disconnected"));
        }
    }

    @Test
    void aVoteClosedAfterARestartStillPostsItsWinner() throws Exception {
        Map<String, String> env = Map.of("TELEGRAM_BOT_TOKEN", api.token(), "TELEGRAM_API_URL", api.baseUrl(),
                "COMMIS_VAULT", "recipes", "COMMIS_DATA", data.toString());
        dev.commis.telegram.FakePolls.SentPoll poll;
        try (RunningCommis commis = new RunningCommis(env)) {
            commis.await("Commis is running on Telegram as @CommisBot");
            api.queueMessage(-700, "group", 7, "lea", "/vote 3 porc");
            poll = api.awaitPoll(sent -> sent.chatId() == -700, Duration.ofSeconds(60));
            assertThat(poll.anonymous()).isFalse();
            api.vote(poll.pollId(), 7, 2);
            assertThat(commis.terminate(Duration.ofSeconds(30))).isZero();
        }
        try (RunningCommis again = new RunningCommis(env)) {
            again.await("Commis is running on Telegram as @CommisBot");
            api.queueCallback(-700, 7, poll.messageId(), poll.buttons().get(0).get(0).callbackData());
            FakeBotApi.Sent winner = api.awaitSent(sent -> sent.callbackData().stream().anyMatch(data -> data.startsWith("ck:0:")),
                    Duration.ofSeconds(60));
            assertThat(winner.visibleText()).startsWith("🏆 " + poll.options().get(2) + " l’emporte avec 1 voix !");
            assertThat(api.calls("stopPoll")).hasSize(1);
            assertThat(again.terminate(Duration.ofSeconds(30))).isZero();
        }
    }

    @Test
    void saysWhyItCannotConnectWithoutShowingTheToken() throws Exception {
        String token = api.token();
        api.close();
        CommisJar.Run run = CommisJar.run(Map.of("TELEGRAM_BOT_TOKEN", token, "TELEGRAM_API_URL", "http://127.0.0.1:9",
                "COMMIS_VAULT", "recipes", "COMMIS_DATA", data.toString()));
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("cannot connect to Telegram at http://127.0.0.1:9").doesNotContain(token);
        assertThat(run.out() + run.err()).doesNotContain(token);
    }
}
