package dev.commis.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.commis.telegram.FakeBotApi;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The data folder fills up while reminders are pending and fall due: Commis, on a 2 MB tmpfs of its own, cannot
 * write its store until space is freed. No confirmed reminder is lost, none is sent twice, not even after a restart.
 * Mounting needs root (as CI runs here); elsewhere the test is skipped, saying why.
 */
class FullDiskIT {

    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final List<Long> CHATS = List.of(81L, 82L, 83L, 84L, 85L);

    @TempDir
    Path dir;

    @Test
    void aFullDataFolderLosesNoReminderAndSendsNoneTwice() throws Exception {
        Path data = Files.createDirectories(dir.resolve("data"));
        mountSmallDisk(data);
        try (FakeBotApi api = new FakeBotApi().start()) {
            Map<String, String> env = Map.of("TELEGRAM_BOT_TOKEN", api.token(), "TELEGRAM_API_URL", api.baseUrl(),
                    "COMMIS_VAULT", "recipes", "COMMIS_DATA", data.toString());
            try (RunningCommis commis = new RunningCommis(env)) {
                commis.await("Commis is running on Telegram");
                for (long chat : CHATS) {
                    api.queueMessage(chat, "private", chat, "cook" + chat, "/timer 6s pot " + chat);
                }
                for (long chat : CHATS) {
                    api.awaitSent(sent -> sent.chatId() == chat && sent.visibleText().startsWith("⏱"), WAIT);
                }
                Path filler = fill(data);
                // Asked while the disk is full: refused (not confirmed), or confirmed and then kept like the others.
                api.queueMessage(86, "private", 86, "late", "/timer 2s tea");
                api.awaitSent(sent -> sent.chatId() == 86, WAIT);
                for (long chat : CHATS) { // the five fall due with nowhere to write
                    commis.await("Reminder for chat telegram:" + chat + " not sent now: its delivery could not be recorded");
                }
                Thread.sleep(2_000); // the disk stays full a little longer
                Files.delete(filler);
                for (long chat : confirmedTimers(api)) {
                    api.awaitSent(sent -> sent.chatId() == chat && sent.visibleText().contains("⏰"), WAIT);
                }
                Thread.sleep(6_000); // time for a second copy to arrive
                assertEveryConfirmedReminderPostedOnce(api);
                assertThat(commis.terminate(Duration.ofSeconds(40))).isZero();
            }
            // Settled for good: a second run sends none of them again.
            try (RunningCommis again = new RunningCommis(env)) {
                again.await("Commis is running on Telegram");
                Thread.sleep(5_000);
                assertEveryConfirmedReminderPostedOnce(api);
                assertThat(again.terminate(Duration.ofSeconds(40))).isZero();
            }
        } finally {
            unmount(data);
        }
    }

    /** The chats whose timer was confirmed ("⏱ …"). */
    private static List<Long> confirmedTimers(FakeBotApi api) {
        return api.sentMessages().stream().filter(sent -> sent.visibleText().startsWith("⏱")).map(FakeBotApi.Sent::chatId)
                .distinct().toList();
    }

    private static void assertEveryConfirmedReminderPostedOnce(FakeBotApi api) {
        List<Long> confirmed = confirmedTimers(api);
        assertThat(confirmed).as("the timers set before the disk filled were confirmed").containsAll(CHATS);
        Map<Long, Long> reminders = api.sentMessages().stream().filter(sent -> sent.visibleText().contains("⏰"))
                .collect(Collectors.groupingBy(FakeBotApi.Sent::chatId, Collectors.counting()));
        assertThat(reminders).as("every confirmed timer went off").containsOnlyKeys(confirmed);
        assertThat(reminders.values()).as("none twice").allMatch(times -> times == 1);
        Map<String, Long> postings = api.sentMessages().stream().collect(Collectors.groupingBy(
                sent -> sent.chatId() + ": " + sent.visibleText(), Collectors.counting()));
        assertThat(postings).allSatisfy((message, times) -> assertThat(times).as(message).isOne());
    }

    /** Writes a file into {@code folder} until the disk is full; the file, to delete to free the space. */
    private static Path fill(Path folder) throws IOException {
        Path filler = folder.resolve("filler");
        byte[] block = new byte[16 * 1024];
        try (OutputStream out = Files.newOutputStream(filler)) {
            while (true) {
                out.write(block);
                out.flush();
            }
        } catch (IOException full) {
            assertThat(full.getMessage()).as("the disk is full").containsIgnoringCase("space");
        }
        return filler;
    }

    private static void mountSmallDisk(Path folder) throws Exception {
        String user = run("id", "-u").trim();
        assumeTrue(user.equals("0"), "Mounting a 2 MB tmpfs as the data folder needs root (running as uid " + user
                + "); the full-disk test runs in CI, which runs as root");
        String mounted = run("mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", folder.toString());
        assumeTrue(Files.isDirectory(folder) && mountedAt(folder),
                "Mounting a tmpfs failed here (no CAP_SYS_ADMIN in this container?): " + mounted);
    }

    private static boolean mountedAt(Path folder) throws IOException {
        return Files.readAllLines(Path.of("/proc/self/mounts")).stream()
                .anyMatch(line -> line.split(" ")[1].equals(folder.toAbsolutePath().toString()));
    }

    private static void unmount(Path folder) throws Exception {
        if (mountedAt(folder)) {
            String out = run("umount", folder.toString());
            assertThat(mountedAt(folder)).as("unmounted: " + out).isFalse();
        }
    }

    /** Runs a command; its output and error output. */
    private static String run(String... command) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
        return out;
    }
}
