package dev.commis.vault;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.HtmlEntity;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.HtmlInlineComment;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ListBlock;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.wikilink.WikiImage;
import com.vladsch.flexmark.ext.wikilink.WikiLink;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import dev.commis.text.Whitespace;

/**
 * The reading text of a Markdown node: emphasis dropped, links reduced to their label, Obsidian
 * {@code [[Target|label]]} to its label, embedded images and inline HTML left out, runs of
 * white space made one space.
 */
final class PlainText {

    private PlainText() {
    }

    static String of(Node node) {
        if (node instanceof Paragraph) {
            return String.join(" ", lines(node)); // the same text, and the paragraph is walked once
        }
        StringBuilder out = new StringBuilder();
        appendChildren(node, out);
        return Whitespace.collapse(out);
    }

    /** The reading text of {@code first} and of every sibling after it. */
    static String from(Node first) {
        StringBuilder out = new StringBuilder();
        for (Node n = first; n != null; n = n.getNext()) {
            append(n, out);
        }
        return Whitespace.collapse(out);
    }

    /** The reading text of each line of a paragraph, split where the Markdown breaks lines; blank lines left out. */
    static java.util.List<String> lines(Node paragraph) {
        Object[] last = LAST_LINES.get();
        if (last[0] == paragraph) {
            @SuppressWarnings("unchecked")
            java.util.List<String> known = (java.util.List<String>) last[1];
            return known;
        }
        java.util.List<String> lines = java.util.Collections.unmodifiableList(linesOf(paragraph));
        last[0] = paragraph;
        last[1] = lines;
        return lines;
    }

    /**
     * The lines of the last paragraph read on this thread: BodyWalk asks for a paragraph's text
     * several times (a section name? a group name? a fact? a note?) and each walk of it costs.
     */
    private static final ThreadLocal<Object[]> LAST_LINES = ThreadLocal.withInitial(() -> new Object[2]);

    private static java.util.List<String> linesOf(Node paragraph) {
        java.util.List<String> lines = new java.util.ArrayList<>(2);
        StringBuilder out = new StringBuilder();
        for (Node child = paragraph.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof SoftLineBreak || child instanceof HardLineBreak) {
                addLine(out, lines);
            } else {
                append(child, out);
            }
        }
        addLine(out, lines);
        if (!lines.isEmpty() && TaskBox.starts(paragraph)) {
            lines.set(0, TaskBox.strip(paragraph, lines.get(0)));
        } else if (!lines.isEmpty() && !(paragraph.getParent() instanceof Document)) {
            lines.set(0, MkDocsBlocks.label(lines.get(0))); // an admonition inside a step: "Tip: …"
        }
        return lines;
    }

    private static void addLine(StringBuilder out, java.util.List<String> lines) {
        String line = Whitespace.collapse(out);
        if (!line.isEmpty()) {
            lines.add(line);
        }
        out.setLength(0);
    }

    private static void appendChildren(Node node, StringBuilder out) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            append(child, out);
        }
    }

    private static void append(Node node, StringBuilder out) {
        if (node instanceof Text) {
            // "\\*" reads "*", "&amp;" reads "&"; most text has neither, and unescaping runs regexes.
            String text = NodeChars.of(node.getChars());
            out.append(text.indexOf('\\') < 0 && text.indexOf('&') < 0 ? text : node.getChars().unescape());
        } else if (node instanceof HtmlEntity) {
            out.append(node.getChars().unescape());
        } else if (node instanceof Code code) {
            out.append(code.getText());
        } else if (node instanceof SoftLineBreak || node instanceof HardLineBreak) {
            out.append(' ');
        } else if (node instanceof WikiLink link) {
            out.append(link.getText().isNotEmpty() ? link.getText() : link.getPageRef());
        } else if (node instanceof AutoLink || node instanceof MailLink) {
            out.append(node.getChildChars());
        } else if (node instanceof LinkRef ref && ref.getReference().startsWith("^")) {
            // A footnote mark ("parmesan[^1]") means nothing in chat; the footnote ("[^1]: Or grana padano.")
            // stays in the notes, numbered.
            if (ref.getPrevious() == null && ref.getParent() instanceof Paragraph) {
                out.append(ref.getReference().subSequence(1, ref.getReference().length()));
            }
        } else if (node instanceof WikiImage || node instanceof Image || node instanceof ImageRef
                || node instanceof HtmlInline || node instanceof HtmlInlineComment) {
            // Images travel separately (Recipe.images); inline HTML has no place in a chat message.
            return;
        } else if (node instanceof ListBlock list && list.getParent() instanceof ListItem) {
            // Sub-steps or sub-items inside an item: "Monter les couches : la sauce ; les feuilles ; la béchamel".
            java.util.List<String> items = new java.util.ArrayList<>();
            for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
                String text = of(item);
                if (!text.isEmpty()) {
                    items.add(text);
                }
            }
            out.append(' ').append(String.join("; ", items)).append(' ');
        } else if (node instanceof Paragraph) {
            out.append(of(node)).append(' '); // as lines() reads it: without a task box, an admonition as "Tip:"
        } else if (node.hasChildren()) {
            appendChildren(node, out);
            if (node instanceof Block) {
                out.append(' ');
            }
        } else {
            out.append(NodeChars.of(node.getChars()));
        }
    }
}
