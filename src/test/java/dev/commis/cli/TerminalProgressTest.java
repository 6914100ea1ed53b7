package dev.commis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TerminalProgressTest {

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final TerminalProgress progress = TerminalProgress.to(new PrintStream(bytes, true, StandardCharsets.UTF_8));

    @Test
    void saysNothingForASmallVault() {
        for (int done = 1; done <= 999; done++) {
            progress.progress(done, 999);
        }
        assertThat(bytes.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void rewritesOneLineEveryFivePercentAndClearsItAtTheEnd() {
        for (int done = 1; done <= 2000; done++) {
            progress.progress(done, 2000);
        }
        String shown = bytes.toString(StandardCharsets.UTF_8);
        assertThat(shown).doesNotContain("\n").contains("\rReading recipes: 100/2000 (5%)")
                .contains("\rReading recipes: 1000/2000 (50%)").endsWith("\rReading recipes: 2000/2000 (100%)\r\033[K");
        assertThat(shown.split("\r").length).isBetween(21, 24);
    }
}
