package dev.commis.console;

import dev.commis.chat.reply.Block;
import dev.commis.chat.reply.Button;
import dev.commis.chat.reply.Reply;
import dev.commis.chat.reply.Span;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Renders a {@link Reply} as readable plain text for a terminal: no markup, no escapes. Headings
 * are underlined, lists numbered or bulleted, links written as "label (url)", and buttons as
 * {@code [1] label  [2] label}: a button with a fixed {@link Button#number()} keeps it, the others
 * are numbered after the highest fixed number (from 1 when there is none), across all rows.
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
        Map<Button, Integer> numbers = numbers(reply);
        boolean first = true;
        for (List<Button> row : reply.buttons()) {
            // A link button cannot be typed: the console has /screen for the kitchen screen's link.
            row = row.stream().filter(button -> !button.isLink()).toList();
            if (row.isEmpty()) {
                continue;
            }
            out.append(first ? "\n" : "");
            first = false;
            StringBuilder line = new StringBuilder();
            for (Button button : row) {
                if (line.length() > 0) {
                    line.append("  ");
                }
                line.append('[').append(numbers.get(button)).append("] ").append(button.label());
            }
            out.append(line).append('\n');
        }
        return out.toString();
    }

    /** The number each button of {@code reply} is typed as, in the order the buttons come. */
    public static Map<Button, Integer> numbers(Reply reply) {
        List<Button> buttons = reply.allButtons().stream().filter(button -> !button.isLink()).toList();
        int next = Math.max(0, buttons.stream().mapToInt(Button::number).max().orElse(0)) + 1;
        Map<Button, Integer> numbers = new IdentityHashMap<>();
        for (Button button : buttons) {
            numbers.put(button, button.number() != Button.UNNUMBERED ? button.number() : next++);
        }
        return numbers;
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
