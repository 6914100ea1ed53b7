package dev.commis.reminders;

import dev.commis.store.Database;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Reminders in the embedded store: each written before its user is told it is set, and marked
 * sent only once the platform accepted it, so that a restart loses none and repeats none that
 * were confirmed.
 */
public final class ReminderStore {

    private final Database database;

    public ReminderStore(Database database) {
        this.database = database;
    }

    /** Stores {@code reminder}; durable when this returns. The stored copy, with its id. */
    public Reminder add(Reminder reminder) {
        Connection connection = database.connection();
        synchronized (connection) {
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO reminders (chat, user, text, due_at, cook, attempts) VALUES (?, ?, ?, ?, ?, 0)",
                    Statement.RETURN_GENERATED_KEYS)) {
                insert.setString(1, reminder.chat());
                insert.setString(2, reminder.user());
                insert.setString(3, reminder.text());
                insert.setLong(4, reminder.dueAt().toEpochMilli());
                insert.setInt(5, reminder.cook() ? 1 : 0);
                insert.executeUpdate();
                try (ResultSet keys = insert.getGeneratedKeys()) {
                    keys.next();
                    return new Reminder(keys.getLong(1), reminder.chat(), reminder.user(), reminder.text(),
                            reminder.dueAt(), reminder.cook(), 0);
                }
            } catch (SQLException e) {
                throw new IllegalStateException("cannot store a reminder for chat " + reminder.chat() + ": " + e.getMessage(), e);
            }
        }
    }

    /** Every reminder not yet sent, soonest first. */
    public List<Reminder> pending() {
        return query("SELECT id, chat, user, text, due_at, cook, attempts FROM reminders WHERE sent_at IS NULL ORDER BY due_at, id");
    }

    /** The chat's reminders not yet sent, soonest first. */
    public List<Reminder> pending(String chat) {
        return query("SELECT id, chat, user, text, due_at, cook, attempts FROM reminders WHERE sent_at IS NULL AND chat = ? ORDER BY due_at, id",
                chat);
    }

    /** Marks {@code id} sent at {@code at}. */
    public void markSent(long id, Instant at) {
        update("UPDATE reminders SET sent_at = ? WHERE id = ?", at.toEpochMilli(), id);
    }

    /** Records a failed delivery attempt. */
    public void recordFailure(long id, int attempts) {
        update("UPDATE reminders SET attempts = ? WHERE id = ?", attempts, id);
    }

    /** Cancels reminder {@code id} of {@code chat}; whether there was such a pending reminder. */
    public boolean cancel(String chat, long id) {
        return update("DELETE FROM reminders WHERE id = ? AND chat = ? AND sent_at IS NULL", id, chat) > 0;
    }

    /** Cancels the chat's pending cook reminders; how many. */
    public int cancelCook(String chat) {
        return update("DELETE FROM reminders WHERE chat = ? AND cook = 1 AND sent_at IS NULL", chat);
    }

    private List<Reminder> query(String sql, Object... args) {
        Connection connection = database.connection();
        synchronized (connection) {
            try (PreparedStatement select = connection.prepareStatement(sql)) {
                bind(select, args);
                List<Reminder> found = new ArrayList<>();
                try (ResultSet row = select.executeQuery()) {
                    while (row.next()) {
                        found.add(new Reminder(row.getLong(1), row.getString(2), row.getString(3), row.getString(4),
                                Instant.ofEpochMilli(row.getLong(5)), row.getInt(6) == 1, row.getInt(7)));
                    }
                }
                return found;
            } catch (SQLException e) {
                throw new IllegalStateException("cannot read reminders: " + e.getMessage(), e);
            }
        }
    }

    private int update(String sql, Object... args) {
        Connection connection = database.connection();
        synchronized (connection) {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                bind(statement, args);
                return statement.executeUpdate();
            } catch (SQLException e) {
                throw new IllegalStateException("cannot update reminders: " + e.getMessage(), e);
            }
        }
    }

    private static void bind(PreparedStatement statement, Object... args) throws SQLException {
        for (int i = 0; i < args.length; i++) {
            statement.setObject(i + 1, args[i]);
        }
    }
}
