package dev.commis.chat.reply;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * A button under a reply. Pressing it sends {@code action} back to the chat core, which routes
 * it to the command that made it. Actions are short so that every platform can carry them
 * (Telegram allows {@value #MAX_ACTION_BYTES} bytes of callback data). A button may ask for a
 * fixed {@code number} where buttons are typed by number (the console), so that the same action
 * keeps its number from one reply to the next; {@link #UNNUMBERED} lets the console number it.
 *
 * <p>A link button ({@link #link}) has a web address instead of an action: pressing it opens the
 * page (on Telegram, an https page opens inside Telegram as a Mini App). Its action is only a
 * stand-in and is never sent; platforms that cannot open a link leave it out.
 */
public record Button(String label, String action, int number, String url) {

    /** The longest action, in UTF-8 bytes. */
    public static final int MAX_ACTION_BYTES = 64;

    /** The {@code number} of a button the console numbers where it stands. */
    public static final int UNNUMBERED = -1;

    /** The stand-in action of link buttons. */
    public static final String LINK_ACTION = "link";

    public Button {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(action, "action");
        url = url == null ? "" : url;
        if (!url.isEmpty() && !url.startsWith("https://") && !url.startsWith("http://")) {
            throw new IllegalArgumentException("a link button opens an http(s) address, not " + url);
        }
        int bytes = action.getBytes(StandardCharsets.UTF_8).length;
        if (bytes == 0 || bytes > MAX_ACTION_BYTES) {
            throw new IllegalArgumentException("a button action must be 1 to " + MAX_ACTION_BYTES
                    + " bytes, got " + bytes + ": " + action);
        }
        if (number < UNNUMBERED) {
            throw new IllegalArgumentException("a button's number is 0 or more (or UNNUMBERED), got " + number);
        }
    }

    /** A button that sends {@code action}. */
    public Button(String label, String action, int number) {
        this(label, action, number, "");
    }

    /** A button numbered where it stands. */
    public Button(String label, String action) {
        this(label, action, UNNUMBERED);
    }

    /** A button that opens {@code url} (http or https) rather than sending an action. */
    public static Button link(String label, String url) {
        return new Button(label, LINK_ACTION, UNNUMBERED, url);
    }

    /** Whether it opens a web address rather than sending an action. */
    public boolean isLink() {
        return !url.isEmpty();
    }

    /** The same button, typed as {@code number} in the console. */
    public Button numbered(int number) {
        return new Button(label, action, number, url);
    }
}
