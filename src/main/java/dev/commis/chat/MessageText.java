package dev.commis.chat;

import dev.commis.text.Whitespace;

/**
 * Cleans what people type before the core reads it: control characters become spaces, runs of
 * white space one space, and a message too long to be a command is refused rather than read.
 */
final class MessageText {

    /** Longer messages are not commands; Telegram itself stops at 4096. */
    static final int MAX_LENGTH = 4096;

    private MessageText() {
    }

    static String clean(String text) {
        return Whitespace.collapse(text, true);
    }
}
