package dev.commis.vault;

import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * MkDocs Material's indented blocks: admonitions ({@code !!! tip "Astuce"}, collapsible
 * {@code ??? note} and {@code ???+ warning}) and content tabs ({@code === "Metric"}), each a
 * header line followed by content indented by four spaces. CommonMark reads that content as
 * loose paragraphs (its lists included), so the content is cut out, un-indented and parsed again
 * as Markdown of its own.
 */
final class MkDocsBlocks {

    /** One block: its kind, its title ("" when none), its content parsed, and the last top-level node it took. */
    record Block(boolean tab, String type, String title, Node content, Node last) {
    }

    private static final Pattern ADMONITION = Pattern.compile(
            "^(?:!!!|\\?\\?\\?\\+?)\\h+([\\w-]+)(?:\\h+[\\w-]+)*(?:\\h+\"([^\"]*)\")?\\h*$");
    private static final Pattern TAB = Pattern.compile("^===[!+]?\\h+\"([^\"]*)\"\\h*$");
    private static final int INDENT = 4;

    private MkDocsBlocks() {
    }

    /** The block {@code paragraph} opens, with the indented blocks after it; null when it opens none. */
    static Block of(Paragraph paragraph) {
        BasedSequence raw = paragraph.getChars();
        if (raw.length() < 5 || "!?=".indexOf(raw.charAt(0)) < 0 || indent(paragraph) >= INDENT) {
            return null; // the cheap test first: most paragraphs start with a letter
        }
        int lineEnd = raw.indexOf('\n');
        String header = (lineEnd < 0 ? raw : raw.subSequence(0, lineEnd)).toString().strip();
        Matcher admonition = ADMONITION.matcher(header);
        Matcher tab = TAB.matcher(header);
        boolean isTab = tab.matches();
        if (!isTab && !admonition.matches()) {
            return null;
        }
        Node last = paragraph;
        for (Node next = paragraph.getNext(); next != null && indent(next) >= INDENT; next = next.getNext()) {
            last = next;
        }
        BasedSequence base = raw.getBaseSequence();
        int from = lineEnd < 0 ? paragraph.getEndOffset() : paragraph.getStartOffset() + lineEnd + 1;
        String inner = dedent(base.subSequence(Math.min(from, last.getEndOffset()), last.getEndOffset()).toString());
        Node content = BodyReader.parse(inner);
        if (isTab) {
            return new Block(true, "", tab.group(1).strip(), content, last);
        }
        String title = admonition.group(2);
        return new Block(false, admonition.group(1), title == null ? "" : title.strip(), content, last);
    }

    /**
     * The words an admonition's header line stands for inside a step or an ingredient, where it
     * is not read on its own: its title or type and a colon ("Tip:"); {@code line} itself when it
     * is no header.
     */
    static String label(String line) {
        Matcher admonition = line.length() < 5 || "!?".indexOf(line.charAt(0)) < 0 ? null : ADMONITION.matcher(line);
        if (admonition == null || !admonition.matches()) {
            return line;
        }
        String title = admonition.group(2) == null || admonition.group(2).isBlank() ? admonition.group(1) : admonition.group(2);
        return Character.toUpperCase(title.charAt(0)) + title.substring(1).strip() + ":";
    }

    /** The columns of white space before {@code node} on its first line (a tab is four). */
    private static int indent(Node node) {
        BasedSequence base = node.getChars().getBaseSequence();
        int columns = 0;
        for (int i = node.getStartOffset() - 1; i >= 0 && base.charAt(i) != '\n'; i--) {
            char c = base.charAt(i);
            if (c == ' ') {
                columns++;
            } else if (c == '\t') {
                columns += INDENT;
            } else {
                return 0; // not at the start of its line
            }
        }
        return columns;
    }

    /** Each line without its first four columns of indentation. */
    private static String dedent(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (String line : text.split("\n", -1)) {
            int cut = 0;
            int columns = 0;
            while (cut < line.length() && columns < INDENT && (line.charAt(cut) == ' ' || line.charAt(cut) == '\t')) {
                columns += line.charAt(cut) == '\t' ? INDENT : 1;
                cut++;
            }
            out.append(line, cut, line.length()).append('\n');
        }
        return out.toString();
    }
}
