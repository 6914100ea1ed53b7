package dev.commis.chat;

import dev.commis.store.Database;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The weeks of dinners proposed in each chat, kept in the store: seven recipe ids are more than a button's 64
 * bytes, and a swap pressed after a restart must still find its week.
 */
public final class WeekStore {

    /**
     * One week.
     *
     * @param filters the filters it was drawn with, for swaps
     * @param days    the recipe id of each day, Monday first
     */
    public record Week(long id, String chat, String filters, List<String> days) {
        public Week {
            days = List.copyOf(days);
        }
    }

    private final Database database;

    public WeekStore(Database database) {
        this.database = database;
    }

    /** Keeps a new week; its id. */
    public long save(String chat, String filters, List<String> days) {
        return database.insert("INSERT INTO weeks (chat, filters, days) VALUES (?, ?, ?)", chat, filters, String.join(" ", days));
    }

    /** Week {@code id} when it belongs to {@code chat}: a week is never shown in another chat. */
    public Optional<Week> get(long id, String chat) {
        return database.query("SELECT id, chat, filters, days FROM weeks WHERE id = ? AND chat = ?",
                row -> new Week(row.getLong(1), row.getString(2), row.getString(3), Arrays.asList(row.getString(4).split(" "))),
                id, chat).stream().findFirst();
    }

    public void update(long id, List<String> days) {
        database.update("UPDATE weeks SET days = ? WHERE id = ?", String.join(" ", days), id);
    }
}
