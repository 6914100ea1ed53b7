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
            FakeBotApi.Sent card = api.awaitSent(sent -> sent.chatId() == 42, Duration.ofSeconds(20));
            assertThat(card.visibleText()).startsWith("Crêpes");
            assertThat(commis.terminate(Duration.ofSeconds(30))).as("exit status after SIGTERM").isZero();
            assertThat(commis.lines()).noneMatch(line -> line.contains(api.token()));
            assertThat(commis.lines()).anyMatch(line -> line.contains("Telegram disconnected"));
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
