package dev.commis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.commis.telegram.FakeBotApi;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two Commis processes on one data folder: the second is refused at once, naming the folder and the first's pid. */
class DataFolderLockIT {

    @TempDir
    Path data;

    private String refusal(RunningCommis first) {
        return "commis: the data folder " + data.toAbsolutePath() + " is in use by another Commis process (pid " + first.pid()
                + "); stop that one first, or give this one another data folder ('data' setting or COMMIS_DATA)";
    }

    @Test
    void refusesASecondConsoleOnTheSameDataFolder() throws Exception {
        Map<String, String> env = Map.of("COMMIS_VAULT", "recipes", "COMMIS_DATA", data.toString());
        try (RunningCommis first = new RunningCommis(env, "console", "--lang", "en")) {
            first.send("/timer 30 min pasta");
            first.await("30 min");
            CommisJar.Run second = CommisJar.runWithInput("/timers\n", env, "console");
            assertThat(second.exitCode()).isEqualTo(1);
            assertThat(second.err().strip()).isEqualTo(refusal(first));
            assertThat(second.out()).isEmpty();
            assertThat(first.finish()).isZero();
        }
        CommisJar.Run after = CommisJar.runWithInput("/timers\n", env, "console", "--lang", "en");
        assertThat(after.exitCode()).as("the folder is free once the first has ended: " + after.err()).isZero();
        assertThat(after.out()).contains("pasta");
    }

    @Test
    void refusesAConsoleBesideARunningBotWhichStillStopsCleanlyOnSigterm() throws Exception {
        try (FakeBotApi api = new FakeBotApi().start()) {
            Map<String, String> bot = Map.of("TELEGRAM_BOT_TOKEN", api.token(), "TELEGRAM_API_URL", api.baseUrl(),
                    "COMMIS_VAULT", "recipes", "COMMIS_DATA", data.toString());
            try (RunningCommis first = new RunningCommis(bot)) {
                first.await("Commis is running on Telegram");
                CommisJar.Run second = CommisJar.runWithInput("", Map.of("COMMIS_VAULT", "recipes",
                        "COMMIS_DATA", data.toString()), "console");
                assertThat(second.exitCode()).isEqualTo(1);
                assertThat(second.err().strip()).isEqualTo(refusal(first));
                assertThat(first.terminate(Duration.ofSeconds(30))).as("exit status after SIGTERM").isZero();
                assertThat(first.lines()).as("the main thread closed everything: no halt cut it short")
                        .anyMatch(line -> line.contains("Commis stopped; pending reminders are kept for the next start"));
            }
        }
    }
}
