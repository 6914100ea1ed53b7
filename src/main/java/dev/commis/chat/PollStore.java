package dev.commis.chat;

import dev.commis.store.Database;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The dinner votes, kept in the store with their chat so that a poll closed after a restart still gets its
 * winner posted. A poll is closed once: {@link #close} says whether this call was the one that closed it, and
 * keeps its final counts and its winner, drawn then, so that every later post of the winner shows the same one. A
 * winner waits to be posted ({@link #winnersToPost}) until the platform accepted its card ({@link #winnerPosted}) or
 * its posting was given up ({@link #winnerFailed} without a next try).
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
     * @param votes        the final count of each option, in option order; empty until closed
     * @param winner       the recipe id drawn as the winner when it closed ("" when no candidate was left); empty
     *                     until then, and for a poll closed before winners were kept
     */
    public record StoredPoll(long id, String chat, String starter, String starterName, List<String> recipes,
            String platformPoll, String message, boolean closed, List<Integer> votes, Optional<String> winner) {

        public StoredPoll {
            recipes = List.copyOf(recipes);
            votes = List.copyOf(votes);
        }
    }

    /** A posted poll not closed yet, with when it was started (a platform's poll ends a fixed time after). */
    public record OpenPoll(StoredPoll poll, Instant createdAt) {
    }

    private static final String COLUMNS = "id, chat, starter, starter_name, recipes, platform_poll, message, closed_at,"
            + " votes, winner";
    /** A winner chosen, neither posted nor given up. */
    private static final String WINNER_WAITS = "winner IS NOT NULL AND winner_posted_at IS NULL AND winner_next_at IS NOT NULL";

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
                        Instant.ofEpochMilli(row.getLong(11))), platformPrefix.length(), platformPrefix);
    }

    /** Marks poll {@code id} closed without a winner to post; true only for the call that closed it. */
    public boolean close(long id, Instant now) {
        return database.update("UPDATE polls SET closed_at = ? WHERE id = ? AND closed_at IS NULL", now.toEpochMilli(), id) > 0;
    }

    /**
     * Marks poll {@code id} closed with its final {@code votes} and the {@code winner} drawn among them ("" when none
     * is left), its winner due to be posted now; true only for the call that closed it, so that one winner is kept
     * and posted however many times and ways the close is reported.
     */
    public boolean close(long id, List<Integer> votes, String winner, Instant now) {
        return database.update("UPDATE polls SET closed_at = ?, votes = ?, winner = ?, winner_next_at = ?"
                + " WHERE id = ? AND closed_at IS NULL", now.toEpochMilli(),
                String.join(" ", votes.stream().map(String::valueOf).toList()), winner, now.toEpochMilli(), id) > 0;
    }

    /**
     * The closed polls of chats whose key starts with {@code chatPrefix} ({@code telegram:}) whose winner waits to be
     * posted and is due by {@code dueBy} (a failed post waits for its next try), oldest first.
     */
    public List<StoredPoll> winnersToPost(String chatPrefix, Instant dueBy) {
        return database.query("SELECT " + COLUMNS + " FROM polls WHERE " + WINNER_WAITS + " AND winner_next_at <= ?"
                + " AND substr(chat, 1, ?) = ? ORDER BY id", PollStore::read, dueBy.toEpochMilli(), chatPrefix.length(),
                chatPrefix);
    }

    /** Whether poll {@code id}'s winner still waits to be posted and is due by {@code dueBy}. */
    public boolean winnerDue(long id, Instant dueBy) {
        return !database.query("SELECT id FROM polls WHERE id = ? AND " + WINNER_WAITS + " AND winner_next_at <= ?",
                row -> row.getLong(1), id, dueBy.toEpochMilli()).isEmpty();
    }

    /** Notes that the platform accepted the card of poll {@code id}'s winner: it is never posted again. */
    public void winnerPosted(long id, Instant now) {
        database.update("UPDATE polls SET winner_posted_at = ?, winner_next_at = NULL WHERE id = ? AND winner_posted_at IS NULL",
                now.toEpochMilli(), id);
    }

    /** Notes a failed post of poll {@code id}'s winner, to be tried again at {@code nextTry}, or never when it is empty. */
    public void winnerFailed(long id, Optional<Instant> nextTry) {
        database.update("UPDATE polls SET winner_failures = winner_failures + 1, winner_next_at = ? WHERE id = ?"
                + " AND winner_posted_at IS NULL", nextTry.map(Instant::toEpochMilli).orElse(null), id);
    }

    /** How many posts of poll {@code id}'s winner have failed so far. */
    public int winnerFailures(long id) {
        return database.query("SELECT winner_failures FROM polls WHERE id = ?", row -> row.getInt(1), id).stream()
                .findFirst().orElse(0);
    }

    private static StoredPoll read(java.sql.ResultSet row) throws java.sql.SQLException {
        row.getLong(8);
        boolean closed = !row.wasNull();
        String recipes = row.getString(5);
        String votes = nullToEmpty(row.getString(9));
        return new StoredPoll(row.getLong(1), row.getString(2), row.getString(3), row.getString(4),
                recipes.isEmpty() ? List.of() : Arrays.asList(recipes.split(" ")),
                nullToEmpty(row.getString(6)), nullToEmpty(row.getString(7)), closed,
                votes.isEmpty() ? List.of() : Arrays.stream(votes.split(" ")).map(Integer::valueOf).toList(),
                Optional.ofNullable(row.getString(10)));
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
