package dev.commis.chat;

import dev.commis.store.Database;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The shared shopping lists of each chat, kept in the store so that a tick pressed after a restart
 * lands on the same list. A list belongs to the chat it was made in: every read and write names
 * the chat, and another chat's list is as good as absent. A chat's current list is its newest.
 * List and item ids are never reused, so a button from an old message finds its own item or none. A list that is
 * no longer its chat's current one and was not used (made, ticked, cleared) for {@link #KEPT_UNUSED} is purged when
 * a list is made; a chat's current list is never purged.
 */
public final class ShoppingListStore {

    /** The most items one list may hold, so that a list stays a list and its pages a handful. */
    public static final int MAX_ITEMS = 200;

    /** How long a list that is no longer its chat's current one is kept after its last use. */
    public static final Duration KEPT_UNUSED = Duration.ofDays(30);

    /** The lists to purge: neither their chat's current one nor used since the cut-off (the argument). */
    private static final String PURGED = "SELECT id FROM shopping_lists WHERE COALESCE(touched_at, created_at) < ?"
            + " AND id NOT IN (SELECT MAX(id) FROM shopping_lists GROUP BY chat)";

    /** One line of a list: its id, its text, and who ticked it (empty while open; "" when unknown). */
    public record Item(long id, String text, Optional<String> tickedBy) {

        public Item {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(tickedBy, "tickedBy");
        }

        public boolean ticked() {
            return tickedBy.isPresent();
        }
    }

    /**
     * A chat's list as it stands.
     *
     * @param title what it was made for ("Crêpes (8), Tiramisu (6)"), or "" for a list of added items
     */
    public record SharedList(long id, String chat, String title, List<Item> items) {

        public SharedList {
            items = List.copyOf(items);
        }

        public long tickedCount() {
            return items.stream().filter(Item::ticked).count();
        }
    }

    private final Database database;

    public ShoppingListStore(Database database) {
        this.database = database;
    }

    /**
     * Makes {@code chat}'s new current list of {@code items} (at most {@link #MAX_ITEMS}, the rest left
     * out), all open; the items are written in one statement, so they are all there or none. Purges the lists of
     * every chat unused for {@link #KEPT_UNUSED} that are no longer their chat's current one.
     */
    public SharedList create(String chat, String title, List<String> items, Instant now) {
        long id = database.insert("INSERT INTO shopping_lists (chat, title, created_at, touched_at) VALUES (?, ?, ?, ?)",
                chat, title, now.toEpochMilli(), now.toEpochMilli());
        purge(now);
        List<String> kept = items.subList(0, Math.min(items.size(), MAX_ITEMS));
        if (!kept.isEmpty()) {
            StringBuilder sql = new StringBuilder("INSERT INTO shopping_items (list, text) VALUES ");
            List<Object> args = new ArrayList<>();
            for (String item : kept) {
                sql.append(args.isEmpty() ? "" : ", ").append("(?, ?)");
                args.add(id);
                args.add(item);
            }
            database.update(sql.toString(), args.toArray());
        }
        return get(chat, id).orElseThrow();
    }

    /**
     * Removes the lists unused since {@code now} minus {@link #KEPT_UNUSED} that are not their chat's current one,
     * items first: a stop between the two leaves an empty old list, which the next purge removes. How many lists went.
     */
    int purge(Instant now) {
        long cutOff = now.minus(KEPT_UNUSED).toEpochMilli();
        database.update("DELETE FROM shopping_items WHERE list IN (" + PURGED + ")", cutOff);
        return database.update("DELETE FROM shopping_lists WHERE id IN (" + PURGED + ")", cutOff);
    }

    /** Notes that the chat's list {@code list} was used at {@code now}, which keeps it from the purge a while longer. */
    public void touch(String chat, long list, Instant now) {
        database.update("UPDATE shopping_lists SET touched_at = ? WHERE id = ? AND chat = ?", now.toEpochMilli(), list, chat);
    }

    /** The chat's list {@code id}; empty when there is none, or it is another chat's. */
    public Optional<SharedList> get(String chat, long id) {
        return database.query("SELECT title FROM shopping_lists WHERE id = ? AND chat = ?", row -> row.getString(1), id, chat)
                .stream().findFirst().map(title -> new SharedList(id, chat, title, items(id)));
    }

    /** The chat's newest list, if it has one. */
    public Optional<SharedList> current(String chat) {
        return database.query("SELECT id FROM shopping_lists WHERE chat = ? ORDER BY id DESC LIMIT 1", row -> row.getLong(1), chat)
                .stream().findFirst().flatMap(id -> get(chat, id));
    }

    private List<Item> items(long list) {
        return database.query("SELECT id, text, ticked_by FROM shopping_items WHERE list = ? ORDER BY id",
                row -> new Item(row.getLong(1), row.getString(2), Optional.ofNullable(row.getString(3))), list);
    }

    /**
     * Ticks item {@code item} of the chat's list {@code list} in {@code by}'s name, or unticks it
     * when {@code by} is empty; whether the item was there to change. Setting (rather than
     * flipping) makes a press repeated by the platform, or two people pressing at once, harmless.
     */
    public boolean mark(String chat, long list, long item, Optional<String> by) {
        return database.update("UPDATE shopping_items SET ticked_by = ? WHERE id = ? AND list = ?"
                + " AND list IN (SELECT id FROM shopping_lists WHERE id = ? AND chat = ?)",
                by.orElse(null), item, list, list, chat) > 0;
    }

    /**
     * Adds an open item at the end of the chat's list {@code list}; false when the list is not the
     * chat's or already holds {@link #MAX_ITEMS} (checked in the same statement).
     */
    public boolean add(String chat, long list, String text) {
        return database.update("INSERT INTO shopping_items (list, text) SELECT id, ? FROM shopping_lists WHERE id = ? AND chat = ?"
                + " AND (SELECT COUNT(*) FROM shopping_items WHERE list = ?) < ?", text, list, chat, list, MAX_ITEMS) > 0;
    }

    /** Removes the ticked items of the chat's list {@code list}; how many went. */
    public int clearTicked(String chat, long list) {
        return database.update("DELETE FROM shopping_items WHERE list = ? AND ticked_by IS NOT NULL"
                + " AND list IN (SELECT id FROM shopping_lists WHERE id = ? AND chat = ?)", list, list, chat);
    }
}
