package dev.commis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The console at a terminal: {@code script} (util-linux on Linux, BSD on macOS) gives it a pseudo-terminal, so it shows
 * its prompt, prints reminders between replies, and at the end of the input waits for the
 * reminders still to come before it exits.
 */
class ConsoleTerminalIT {

    @TempDir
    Path dir;

    @Test
    void waitsForPendingRemindersAtTheEndOfATerminalsInput() throws Exception {
        Path input = dir.resolve("typed.txt");
        Files.writeString(input, "/timer 2s tea\n");
        String javaCommand = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String command = javaCommand + " -jar " + CommisJar.JAR + " console --vault recipes --lang en --data " + dir.resolve("data");
        Path output = dir.resolve("screen.txt");
        // util-linux script (Linux) and BSD script (macOS) take the command differently.
        List<String> script = System.getProperty("os.name").toLowerCase(java.util.Locale.ROOT).contains("mac")
                ? List.of("script", "-q", "/dev/null", "sh", "-c", command)
                : List.of("script", "-qec", command, "/dev/null");
        Process process = new ProcessBuilder(script)
                .redirectInput(input.toFile()).redirectOutput(output.toFile()).redirectErrorStream(true).start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("ends once the reminder went off").isTrue();
        String screen = Files.readString(output, StandardCharsets.UTF_8);
        assertThat(process.exitValue()).as(screen).isZero();
        assertThat(screen).contains("Commis — ").contains("> ⏱ Timer set: 2 s")
                .contains("Waiting for 1 reminder to go off; Ctrl-C to quit.")
                .contains("⏰ tea (2 s)");
        assertThat(screen.indexOf("⏰ tea (2 s)")).isGreaterThan(screen.indexOf("Waiting for 1 reminder"));
    }
}
