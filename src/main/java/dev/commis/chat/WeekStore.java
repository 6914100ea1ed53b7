package dev.commis.chat;

import dev.commis.store.Database;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The weeks of dinners proposed in each chat, kept in the store: seven recipe ids are more than a button's 64
 * bytes, and a swap pressed after a restart must still find its week. A week that is no longer its chat's newest
 * and was not used (made, swapped) for {@link #KEPT_UNUSED} is purged when a week is made; a chat's newest never is.
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

    /** How long a week that is no longer its chat's newest is kept after its last use. */
    public static final Duration KEPT_UNUSED = ShoppingListStore.KEPT_UNUSED;

    private final Database database;

    public WeekStore(Database database) {
        this.database = database;
    }

    /**
     * Keeps a new week, made at {@code now}; its id. Purges the weeks of every chat unused for {@link #KEPT_UNUSED}
     * that are no longer their chat's newest.
     */
    public long save(String chat, String filters, List<String> days, Instant now) {
        long id = database.insert("INSERT INTO weeks (chat, filters, days, touched_at) VALUES (?, ?, ?, ?)", chat, filters,
                String.join(" ", days), now.toEpochMilli());
        database.update("DELETE FROM weeks WHERE touched_at < ? AND id NOT IN (SELECT MAX(id) FROM weeks GROUP BY chat)",
                now.minus(KEPT_UNUSED).toEpochMilli());
        return id;
    }

    /** Week {@code id} when it belongs to {@code chat}: a week is never shown in another chat. */
    public Optional<Week> get(long id, String chat) {
        return database.query("SELECT id, chat, filters, days FROM weeks WHERE id = ? AND chat = ?",
                row -> new Week(row.getLong(1), row.getString(2), row.getString(3), Arrays.asList(row.getString(4).split(" "))),
                id, chat).stream().findFirst();
    }

    /** Sets week {@code id}'s days, swapped at {@code now}, which keeps it from the purge a while longer. */
    public void update(long id, List<String> days, Instant now) {
        database.update("UPDATE weeks SET days = ?, touched_at = ? WHERE id = ?", String.join(" ", days), now.toEpochMilli(), id);
    }
}
