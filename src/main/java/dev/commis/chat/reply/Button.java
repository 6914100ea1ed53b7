package dev.commis.chat.reply;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * A button under a reply. Pressing it sends {@code action} back to the chat core, which routes
 * it to the command that made it. Actions are short so that every platform can carry them
 * (Telegram allows {@value #MAX_ACTION_BYTES} bytes of callback data).
 */
public record Button(String label, String action) {

    /** The longest action, in UTF-8 bytes. */
    public static final int MAX_ACTION_BYTES = 64;

    public Button {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(action, "action");
        int bytes = action.getBytes(StandardCharsets.UTF_8).length;
        if (bytes == 0 || bytes > MAX_ACTION_BYTES) {
            throw new IllegalArgumentException("a button action must be 1 to " + MAX_ACTION_BYTES
                    + " bytes, got " + bytes + ": " + action);
        }
    }
}
