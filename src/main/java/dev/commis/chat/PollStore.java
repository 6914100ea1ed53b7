package dev.commis.chat;

import dev.commis.store.Database;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The dinner votes, kept in the store with their chat so that a poll closed after a restart still gets its
 * winner posted. A poll is closed once: {@link #close} says whether this call was the one that closed it.
 */
public final class PollStore {

    /**
     * One vote.
     *
     * @param id           the core's key
     * @param starter      the key of the person who started it ({@code telegram:42}), "" when unknown
     * @param starterName  how to name them in the chat
     * @param recipes      the candidates' recipe ids, in option order
     * @param platformPoll the platform's id of the posted poll, "" until posted
     * @param message      the platform's id of the poll's message, "" until posted
     * @param closed       whether it was closed
     */
    public record StoredPoll(long id, String chat, String starter, String starterName, List<String> recipes,
            String platformPoll, String message, boolean closed) {
    }

    /** A posted poll not closed yet, with when it was started (a platform's poll ends a fixed time after). */
    public record OpenPoll(StoredPoll poll, Instant createdAt) {
    }

    private static final String COLUMNS = "id, chat, starter, starter_name, recipes, platform_poll, message, closed_at";

    private final Database database;

    public PollStore(Database database) {
        this.database = database;
    }

    /** Keeps a new open poll; its key. */
    public long open(String chat, String starter, String starterName, List<String> recipes, Instant now) {
        return database.insert("INSERT INTO polls (chat, starter, starter_name, recipes, created_at) VALUES (?, ?, ?, ?, ?)",
                chat, starter, starterName, String.join(" ", recipes), now.toEpochMilli());
    }

    /**
     * Notes where the platform posted poll {@code id}, the first time it is told: an adapter may say it again from the
     * close button's message (when its press outran the answer to the post), and nothing moves a posted poll.
     */
    public void posted(long id, String platformPoll, String message) {
        database.update("UPDATE polls SET platform_poll = ?, message = ? WHERE id = ? AND platform_poll IS NULL",
                platformPoll, message, id);
    }

    public Optional<StoredPoll> byId(long id) {
        return database.query("SELECT " + COLUMNS + " FROM polls WHERE id = ?", PollStore::read, id).stream().findFirst();
    }

    public Optional<StoredPoll> byPlatformPoll(String platformPoll) {
        return database.query("SELECT " + COLUMNS + " FROM polls WHERE platform_poll = ? ORDER BY id DESC",
                PollStore::read, platformPoll).stream().findFirst();
    }

    /** The posted polls not closed yet whose platform id starts with {@code platformPrefix} ({@code discord:}), oldest first. */
    public List<OpenPoll> open(String platformPrefix) {
        return database.query("SELECT " + COLUMNS + ", created_at FROM polls WHERE closed_at IS NULL AND platform_poll IS NOT NULL"
                + " AND substr(platform_poll, 1, ?) = ? ORDER BY id", row -> new OpenPoll(read(row),
                        Instant.ofEpochMilli(row.getLong(9))), platformPrefix.length(), platformPrefix);
    }

    /** Marks poll {@code id} closed; true only for the call that closed it, so that its winner is posted once. */
    public boolean close(long id, Instant now) {
        return database.update("UPDATE polls SET closed_at = ? WHERE id = ? AND closed_at IS NULL", now.toEpochMilli(), id) > 0;
    }

    private static StoredPoll read(java.sql.ResultSet row) throws java.sql.SQLException {
        row.getLong(8);
        boolean closed = !row.wasNull();
        String recipes = row.getString(5);
        return new StoredPoll(row.getLong(1), row.getString(2), row.getString(3), row.getString(4),
                recipes.isEmpty() ? List.of() : Arrays.asList(recipes.split(" ")),
                nullToEmpty(row.getString(6)), nullToEmpty(row.getString(7)), closed);
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
