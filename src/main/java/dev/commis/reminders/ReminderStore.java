package dev.commis.reminders;

import dev.commis.store.Database;
import java.time.Instant;
import java.util.List;

/**
 * Reminders in the embedded store: each written before its user is told it is set, and marked
 * sent only once the platform accepted it, so that a restart loses none and repeats none that
 * were confirmed. Each delivery is recorded as begun before it is sent ({@link #markAttempt}):
 * a reminder begun and neither sent nor failed is one whose fate is unknown after a crash or a
 * full disk ({@link #unsettled()}), and is not sent again blindly.
 */
public final class ReminderStore {

    private static final String COLUMNS = "SELECT id, chat, user, text, due_at, cook, attempts FROM reminders";

    private final Database database;

    public ReminderStore(Database database) {
        this.database = database;
    }

    /** Stores {@code reminder}; durable when this returns. The stored copy, with its id. */
    public Reminder add(Reminder reminder) {
        long id = database.insert("INSERT INTO reminders (chat, user, text, due_at, cook, attempts) VALUES (?, ?, ?, ?, ?, 0)",
                reminder.chat(), reminder.user(), reminder.text(), reminder.dueAt().toEpochMilli(), reminder.cook() ? 1 : 0);
        return new Reminder(id, reminder.chat(), reminder.user(), reminder.text(), reminder.dueAt(), reminder.cook(), 0);
    }

    /** Every reminder not yet sent, soonest first. */
    public List<Reminder> pending() {
        return database.query(COLUMNS + " WHERE sent_at IS NULL ORDER BY due_at, id", ReminderStore::read);
    }

    /** The chat's reminders not yet sent, soonest first. */
    public List<Reminder> pending(String chat) {
        return database.query(COLUMNS + " WHERE sent_at IS NULL AND chat = ? ORDER BY due_at, id", ReminderStore::read, chat);
    }

    /** Whether {@code id} is still waiting to be sent (not sent, not cancelled). */
    public boolean isPending(long id) {
        return !database.query("SELECT 1 FROM reminders WHERE id = ? AND sent_at IS NULL", row -> 1, id).isEmpty();
    }

    /** Marks {@code id} sent at {@code at}. */
    public void markSent(long id, Instant at) {
        database.update("UPDATE reminders SET sent_at = ? WHERE id = ?", at.toEpochMilli(), id);
    }

    /** Records a failed delivery attempt, and that no delivery is under way. */
    public void recordFailure(long id, int attempts) {
        recordFailure(id, attempts, true);
    }

    /** Records a failed delivery attempt; {@code over}: known not delivered (else it may still be under way). */
    public void recordFailure(long id, int attempts, boolean over) {
        database.update("UPDATE reminders SET attempts = ?" + (over ? ", sending_at = NULL" : "") + " WHERE id = ?",
                attempts, id);
    }

    /** Records that delivery of {@code id} begins at {@code at}; durable when this returns. */
    public void markAttempt(long id, Instant at) {
        database.update("UPDATE reminders SET sending_at = ? WHERE id = ?", at.toEpochMilli(), id);
    }

    /** Reminders whose delivery began and was neither confirmed nor failed: perhaps sent, perhaps not. */
    public List<Reminder> unsettled() {
        return database.query(COLUMNS + " WHERE sent_at IS NULL AND sending_at IS NOT NULL ORDER BY due_at, id",
                ReminderStore::read);
    }

    /** How many reminders of {@code chat} wait to be sent. */
    public int countPending(String chat) {
        return database.query("SELECT COUNT(*) FROM reminders WHERE sent_at IS NULL AND chat = ?", row -> row.getInt(1), chat)
                .get(0);
    }

    /** Cancels reminder {@code id} of {@code chat}; whether there was such a pending reminder. */
    public boolean cancel(String chat, long id) {
        return database.update("DELETE FROM reminders WHERE id = ? AND chat = ? AND sent_at IS NULL", id, chat) > 0;
    }

    /** Cancels the chat's pending cook reminders; how many. */
    public int cancelCook(String chat) {
        return database.update("DELETE FROM reminders WHERE chat = ? AND cook = 1 AND sent_at IS NULL", chat);
    }

    private static Reminder read(java.sql.ResultSet row) throws java.sql.SQLException {
        return new Reminder(row.getLong(1), row.getString(2), row.getString(3), row.getString(4),
                Instant.ofEpochMilli(row.getLong(5)), row.getInt(6) == 1, row.getInt(7));
    }
}
