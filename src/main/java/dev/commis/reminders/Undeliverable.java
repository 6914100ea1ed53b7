package dev.commis.reminders;

/**
 * Thrown by a {@link Delivery} when the platform refused a reminder for good (the bot was blocked
 * or removed, the chat no longer exists): trying again would fail again, so the scheduler logs it
 * and stops trying instead of retrying forever.
 */
public final class Undeliverable extends Exception {

    private static final long serialVersionUID = 1L;

    public Undeliverable(String message, Throwable cause) {
        super(message, cause);
    }
}
