package dev.commis.chat.commands;

import dev.commis.text.Whitespace;

/**
 * What was asked, as an answer quotes it: without the closing punctuation of a sentence ("merci !"
 * is quoted "merci", so that "Try /search merci." reads right) and shortened when it is long, so
 * that a pasted paragraph is not repeated back whole as a heading.
 */
final class Echo {

    /** The longest quote, in characters. */
    static final int MAX = 40;

    private Echo() {
    }

    static String of(String asked) {
        String quoted = asked.strip().replaceAll("[\\s.!?…;:,]+$", "");
        return Whitespace.shorten(quoted.isEmpty() ? asked.strip() : quoted, MAX);
    }
}
