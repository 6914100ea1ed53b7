package dev.commis.console;

import static org.assertj.core.api.Assertions.assertThat;

import dev.commis.chat.reply.Button;
import dev.commis.chat.reply.Reply;
import dev.commis.chat.reply.Span;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlainTextRendererTest {

    @Test
    void rendersEveryBlockAsPlainText() {
        Reply reply = Reply.builder()
                .heading(Span.bold("Crêpes <& co>"))
                .paragraph(Span.plain("Source : "), Span.link("Carnet", "https://example.org/c?a=1&b=2"))
                .bullets(List.of("250 g de farine", "*3* œufs"))
                .list(true, 1, List.of(List.of(Span.bold("Pâte"), Span.plain(" — mélanger.")), List.of(Span.plain("Cuire."))))
                .image("crepes.jpg")
                .buttons(new Button("Pour 8", "r:crepes:8"), new Button("Courses", "sh:crepes"))
                .buttons(new Button("Suivant ▶", "s:1:crepes"))
                .build();
        assertThat(PlainTextRenderer.render(reply)).isEqualTo("""
                Crêpes <& co>
                ─────────────

                Source : Carnet (https://example.org/c?a=1&b=2)

                • 250 g de farine
                • *3* œufs

                1. Pâte — mélanger.
                2. Cuire.

                🖼 crepes.jpg

                [1] Pour 8  [2] Courses
                [3] Suivant ▶
                """);
    }

    @Test
    void writesALinkWhoseLabelIsItsAddressOnce() {
        Reply reply = Reply.builder().paragraph(Span.link("https://example.org", "https://example.org")).build();
        assertThat(PlainTextRenderer.render(reply)).isEqualTo("https://example.org\n");
    }
}
