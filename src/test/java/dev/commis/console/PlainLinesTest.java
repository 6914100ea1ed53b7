package dev.commis.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.PrintWriter;
import org.junit.jupiter.api.Test;

/** Lines from a pipe: read as they come, no prompt; a reminder prints followed by a blank line. */
class PlainLinesTest {

    @Test
    void readsLinesWithoutAPromptAndPrintsARemindersOnItsOwnLines() throws Exception {
        StringWriter written = new StringWriter();
        PlainLines lines = new PlainLines(new BufferedReader(new StringReader("/timer 2s tea\nmerci !\n")), new PrintWriter(written));
        assertThat(lines.readLine()).isEqualTo("/timer 2s tea");
        lines.printAbove("⏰ tea (2 s)");
        assertThat(lines.readLine()).isEqualTo("merci !");
        assertThat(lines.readLine()).isNull();
        assertThat(written.toString()).isEqualTo("⏰ tea (2 s)" + System.lineSeparator() + System.lineSeparator());
        assertThat(lines.quitAsked()).isFalse();
    }
}
