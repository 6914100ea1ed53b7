package dev.commis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The console at a terminal, typed at as a person would (see {@link TypingAtATerminal}): it shows
 * its prompt, prints a reminder above a half-typed line without losing it, keeps its log off the
 * screen, and at the end of the input waits for the reminders still to come before it exits.
 */
class ConsoleTerminalIT {

    @TempDir
    Path dir;

    @Test
    void waitsForPendingRemindersAtTheEndOfATerminalsInput() throws Exception {
        try (TypingAtATerminal terminal = new TypingAtATerminal(dir, "--vault recipes --lang en --data " + dir.resolve("data"))) {
            int prompt = terminal.await("> ", terminal.await("Commis — ", 0));
            terminal.type("/timer 2s tea\n");
            terminal.await("⏱ Timer set: 2 s", prompt);
            assertThat(terminal.endInput()).as(terminal.raw()).isZero();
            String screen = terminal.raw();
            assertThat(screen).contains("Waiting for 1 reminder to go off; Ctrl-C to quit.").contains("⏰ tea (2 s)");
            assertThat(screen.indexOf("⏰ tea (2 s)")).isGreaterThan(screen.indexOf("Waiting for 1 reminder"));
        }
    }

    @Test
    void printsAReminderAboveAHalfTypedLineAndKeepsWhatWasTyped() throws Exception {
        Path data = dir.resolve("data");
        try (TypingAtATerminal terminal = new TypingAtATerminal(dir, "--vault recipes --lang en --data " + data)) {
            int prompt = terminal.await("> ", terminal.await("Commis — ", 0));
            terminal.type("/timer 2s tea\n");
            int set = terminal.await("⏱ Timer set: 2 s", prompt);
            terminal.await("> ", set);
            terminal.type("/recipe crêp");
            int reminder = terminal.await("⏰ tea (2 s)", set);
            terminal.type("es\n");
            terminal.await("Ingredients", reminder);
            assertThat(terminal.endInput()).as(terminal.raw()).isZero();

            List<String> lines = terminal.lines();
            String shown = String.join("\n", lines);
            int reminderLine = lines.indexOf("⏰ tea (2 s)");
            assertThat(reminderLine).as("the reminder on a line of its own:\n" + shown).isPositive();
            assertThat(lines.get(reminderLine + 1)).as("the line being typed, drawn again and finished:\n" + shown)
                    .isEqualTo("> /recipe crêpes");
            assertThat(lines.subList(reminderLine + 2, lines.size())).as(shown).anyMatch(line -> line.startsWith("Crêpes"));
            assertThat(shown).as("no log line on the screen").doesNotContain("[INFO]").doesNotContain("ChatRuntime");
            assertThat(Files.readString(data.resolve("console.log"), StandardCharsets.UTF_8))
                    .as("the log went to the data folder").contains("[INFO] ChatRuntime");
        }
    }
}
