package dev.commis.reminders;

import java.time.Instant;
import java.util.Objects;

/**
 * A reminder to send to a chat at a given time, as kept in the store.
 *
 * @param id       the store's id
 * @param chat     the chat's key ({@code telegram:123}, {@code console})
 * @param user     who set it, named in group chats; "" when unknown
 * @param text     what to say, in the chat's language, composed when it was set
 * @param dueAt    when to say it
 * @param cook     whether it belongs to the chat's cook (so that {@code /stop} cancels it)
 * @param attempts failed delivery attempts so far
 */
public record Reminder(long id, String chat, String user, String text, Instant dueAt, boolean cook, int attempts) {

    public Reminder {
        Objects.requireNonNull(chat, "chat");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(dueAt, "dueAt");
        user = user == null ? "" : user;
    }

    /** A reminder not yet stored (its id is 0 until {@link ReminderStore#add} gives one). */
    public static Reminder of(String chat, String user, String text, Instant dueAt, boolean cook) {
        return new Reminder(0, chat, user, text, dueAt, cook, 0);
    }
}
