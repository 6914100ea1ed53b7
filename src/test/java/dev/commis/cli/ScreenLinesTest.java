package dev.commis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The test helper that turns what was written to a terminal into what it shows. */
class ScreenLinesTest {

    @Test
    void overwritesAfterACarriageReturnAndErasesToTheEndOfTheLine() {
        assertThat(ScreenLines.of("> /recipe crêp\r\u001b[K⏰ tea (2 s)\r\n> /recipe crêp\u001b[?2004les\r\r\n"))
                .containsExactly("⏰ tea (2 s)", "> /recipe crêpes", "");
    }

    @Test
    void keepsWhatAPlainCarriageReturnDoesNotOverwrite() {
        assertThat(ScreenLines.of("> /recipe crêp\r⏰ tea")).containsExactly("⏰ teacipe crêp");
        assertThat(ScreenLines.of("abc\u001b[2Dx\u001b]0;title\u0007")).containsExactly("axc");
    }
}
