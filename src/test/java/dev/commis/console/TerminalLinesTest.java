package dev.commis.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The terminal's line editor over in-memory streams: lines come back as typed, reminders print above. */
class TerminalLinesTest {

    private final ByteArrayOutputStream screen = new ByteArrayOutputStream();

    private TerminalLines over(InputStream keys) throws IOException {
        Terminal terminal = TerminalBuilder.builder().system(false).streams(keys, screen).type("xterm")
                .encoding(StandardCharsets.UTF_8).size(new org.jline.terminal.Size(100, 30)).build();
        return TerminalLines.on(terminal);
    }

    private String shown() {
        return screen.toString(StandardCharsets.UTF_8);
    }

    /**
     * Types {@code keys} once the prompt shows (as a person would: the terminal's start-up probes
     * drain what was typed ahead) and gives what {@code readLine} returns.
     */
    private String typed(TerminalLines lines, PipedOutputStream keys, String typed) throws Exception {
        CompletableFuture<String> line = CompletableFuture.supplyAsync(lines::readLine);
        awaitShown("> ");
        keys.write(typed.getBytes(StandardCharsets.UTF_8));
        keys.flush();
        return line.get(10, TimeUnit.SECONDS);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/shop Pavé de saumon à l'unilatérale, sauce vierge", "merci !", "!! /recette \"crêpes",
        "a\\b c\\", "/minuteur 10 min pâtes", "2"})
    void givesTheLineBackExactlyAsTyped(String typed) throws Exception {
        PipedOutputStream keys = new PipedOutputStream();
        try (TerminalLines lines = over(new PipedInputStream(keys))) {
            assertThat(typed(lines, keys, typed + "\r")).isEqualTo(typed);
        }
    }

    @Test
    void endsAtCtrlD() throws Exception {
        PipedOutputStream keys = new PipedOutputStream();
        try (TerminalLines lines = over(new PipedInputStream(keys))) {
            assertThat(typed(lines, keys, "\u0004")).isNull();
            assertThat(lines.quitAsked()).isFalse();
        }
    }

    @Test
    void quitsAtCtrlC() throws Exception {
        PipedOutputStream keys = new PipedOutputStream();
        try (TerminalLines lines = over(new PipedInputStream(keys))) {
            assertThat(typed(lines, keys, "/rec\u0003")).isNull();
            assertThat(lines.quitAsked()).isTrue();
        }
    }

    @Test
    void printsAReminderAboveTheHalfTypedLineAndDrawsItAgain() throws Exception {
        PipedOutputStream keys = new PipedOutputStream();
        try (TerminalLines lines = over(new PipedInputStream(keys))) {
            CompletableFuture<String> line = CompletableFuture.supplyAsync(lines::readLine);
            keys.write("/recipe crêp".getBytes(StandardCharsets.UTF_8));
            keys.flush();
            awaitShown("> /recipe crêp");
            lines.printAbove("⏰ tea (2 s)");
            awaitShown("⏰ tea (2 s)");
            keys.write("es\r".getBytes(StandardCharsets.UTF_8));
            keys.flush();
            assertThat(line.get(10, TimeUnit.SECONDS)).isEqualTo("/recipe crêpes");
            String afterReminder = shown().substring(shown().indexOf("⏰ tea (2 s)"));
            assertThat(afterReminder).as(shown()).contains("\n> /recipe crêp");
            assertThat(shown().substring(0, shown().indexOf("⏰ tea (2 s)"))).as("the half line erased first")
                    .endsWith("\r\u001b[K");
        }
    }

    private void awaitShown(String text) throws InterruptedException {
        for (int i = 0; i < 100 && !shown().contains(text); i++) {
            Thread.sleep(50);
        }
        assertThat(shown()).contains(text);
    }
}
