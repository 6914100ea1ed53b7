package dev.commis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reminders survive a SIGKILL: Commis runs as a process of its own, is killed, and starts again. */
class ReminderRestartIT {

    @TempDir
    Path data;

    private RunningCommis start() throws Exception {
        return new RunningCommis(Map.of(), "console", "--vault", "recipes", "--data", data.toString(), "--lang", "en");
    }

    @Test
    void deliversAReminderThatFellDueWhileKilledOnceAndLate() throws Exception {
        try (RunningCommis first = start()) {
            first.send("/timer 3s restart test");
            first.await("⏱ Timer set: 3 s");
            first.kill();
            assertThat(first.count("⏰ restart test")).isZero();
        }
        Thread.sleep(4_500);
        try (RunningCommis second = start()) {
            String reminder = second.await("⏰ restart test");
            assertThat(reminder).contains("late: I was not running");
            Thread.sleep(2_000);
            assertThat(second.count("⏰ restart test")).isEqualTo(1);
            assertThat(second.finish()).isZero();
        }
        try (RunningCommis third = start()) {
            Thread.sleep(2_000);
            assertThat(third.count("⏰ restart test")).as("marked sent: never again").isZero();
            assertThat(third.finish()).isZero();
        }
    }

    @Test
    void deliversAReminderDueAfterTheRestartOnTimeAndOnce() throws Exception {
        try (RunningCommis first = start()) {
            first.send("/timer 15s after restart");
            first.await("⏱ Timer set: 15 s");
            first.kill();
        }
        try (RunningCommis second = start()) {
            String reminder = second.await("⏰ after restart");
            assertThat(reminder).doesNotContain("late");
            Thread.sleep(1_500);
            assertThat(second.count("⏰ after restart")).isEqualTo(1);
            assertThat(second.finish()).isZero();
        }
    }
}
