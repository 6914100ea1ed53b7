package dev.commis.reminders;

/**
 * Thrown by {@link ReminderScheduler#schedule} when a chat already holds as many pending reminders as it may
 * (setting {@code reminders.max_per_chat}): nothing was stored, and the chat is told so.
 */
public final class TooManyReminders extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int max;

    public TooManyReminders(String chat, int max) {
        super("chat " + chat + " already has " + max + " pending reminders, the most it may have");
        this.max = max;
    }

    /** The most pending reminders a chat may have. */
    public int max() {
        return max;
    }
}
