package dev.commis.console;

import dev.commis.chat.reply.Block;
import dev.commis.chat.reply.Button;
import dev.commis.chat.reply.Reply;
import dev.commis.chat.reply.Span;
import java.util.List;

/**
 * Renders a {@link Reply} as readable plain text for a terminal: no markup, no escapes. Headings
 * are underlined, lists numbered or bulleted, links written as "label (url)", and buttons as
 * {@code [1] label  [2] label}, numbered from 1 across all rows.
 */
public final class PlainTextRenderer {

    private PlainTextRenderer() {
    }

    public static String render(Reply reply) {
        StringBuilder out = new StringBuilder();
        for (Block block : reply.blocks()) {
            if (out.length() > 0) {
                out.append('\n');
            }
            if (block instanceof Block.Heading heading) {
                String text = spans(heading.spans());
                out.append(text).append('\n')
                        .append("─".repeat(Math.max(3, text.codePointCount(0, text.length())))).append('\n');
            } else if (block instanceof Block.Paragraph paragraph) {
                out.append(spans(paragraph.spans())).append('\n');
            } else if (block instanceof Block.ItemList list) {
                int number = list.start();
                for (List<Span> item : list.items()) {
                    out.append(list.numbered() ? (number++) + ". " : "• ").append(spans(item)).append('\n');
                }
            }
        }
        reply.image().ifPresent(image -> out.append(out.length() > 0 ? "\n" : "").append("🖼 ").append(image).append('\n'));
        int number = 1;
        for (List<Button> row : reply.buttons()) {
            out.append(number == 1 ? "\n" : "");
            StringBuilder line = new StringBuilder();
            for (Button button : row) {
                if (line.length() > 0) {
                    line.append("  ");
                }
                line.append('[').append(number++).append("] ").append(button.label());
            }
            out.append(line).append('\n');
        }
        return out.toString();
    }

    private static String spans(List<Span> spans) {
        StringBuilder out = new StringBuilder();
        for (Span span : spans) {
            out.append(span.text());
            if (span.style() == Span.Style.LINK && !span.url().equals(span.text())) {
                out.append(" (").append(span.url()).append(')');
            }
        }
        return out.toString();
    }
}
