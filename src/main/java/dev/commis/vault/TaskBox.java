package dev.commis.vault;

import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.util.ast.Node;

/**
 * The box a task list item starts with: {@code [ ]} and {@code [x]}, and the custom boxes of
 * Obsidian themes ({@code [/]} half done, {@code [-]} dropped, {@code [>]}, {@code [!]},
 * {@code [?]}, {@code [#]}, {@code [i]}…): one character between brackets, then a space. A box
 * is a mark for the reader of the note, never part of an ingredient, a step or a fact.
 */
final class TaskBox {

    private TaskBox() {
    }

    /** The character inside the box {@code raw} starts with, or 0 when it starts with none. */
    static char of(CharSequence raw) {
        if (raw.length() < 4 || raw.charAt(0) != '[' || raw.charAt(2) != ']' || !Character.isWhitespace(raw.charAt(3))) {
            return 0;
        }
        char mark = raw.charAt(1);
        // "[1]" is a footnote or a reference, "[[" an Obsidian link: no box.
        return mark == '[' || mark == ']' || mark == '^' || Character.isDigit(mark) ? 0 : mark;
    }

    /** Whether {@code paragraph} is the first block of a list item and starts with a box. */
    static boolean starts(Node paragraph) {
        return paragraph != null && paragraph.getParent() instanceof ListItem
                && paragraph.getPrevious() == null && of(paragraph.getChars()) != 0;
    }

    /**
     * {@code plain}, the reading text of {@code paragraph}, without the box its raw text starts
     * with: flexmark reads {@code [x]} as a link reference, so the plain text holds the box
     * either whole or as its bare mark.
     */
    static String strip(Node paragraph, String plain) {
        char mark = paragraph == null ? 0 : of(paragraph.getChars());
        if (mark == 0) {
            return plain;
        }
        int at = 0;
        if (plain.length() >= 3 && plain.charAt(0) == '[' && plain.charAt(1) == mark && plain.charAt(2) == ']') {
            at = 3;
        } else if (!plain.isEmpty() && plain.charAt(0) == mark && mark != ' ') {
            at = 1;
        }
        while (at < plain.length() && Character.isWhitespace(plain.charAt(at))) {
            at++;
        }
        return plain.substring(at);
    }
}
