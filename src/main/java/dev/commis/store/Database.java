package dev.commis.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * Commis's embedded store: one SQLite file in the data folder, opened once, its schema brought
 * up to date on open. Writes are durable when a call returns (SQLite's journal), so a crash never
 * loses a preference or a reminder that was confirmed. One connection serves every caller;
 * {@link #query}, {@link #update} and {@link #insert} take turns on it.
 */
public final class Database implements AutoCloseable {

    /** The store's file name inside the data folder. */
    public static final String FILE_NAME = "commis.db";

    /** Schema steps, applied in order; the database's {@code user_version} says how many ran. */
    private static final List<String> MIGRATIONS = List.of(
            "CREATE TABLE chat_preferences (chat TEXT PRIMARY KEY, lang TEXT, units TEXT)",
            "CREATE TABLE reminders (id INTEGER PRIMARY KEY AUTOINCREMENT, chat TEXT NOT NULL, user TEXT NOT NULL,"
                    + " text TEXT NOT NULL, due_at INTEGER NOT NULL, cook INTEGER NOT NULL, attempts INTEGER NOT NULL,"
                    + " sent_at INTEGER)",
            "CREATE INDEX reminders_pending ON reminders (sent_at, due_at)",
            "CREATE TABLE cooks (chat TEXT PRIMARY KEY, recipe TEXT NOT NULL, servings INTEGER, step INTEGER NOT NULL,"
                    + " user TEXT NOT NULL)",
            // When a reminder's delivery was last begun, written before it is sent (see ReminderStore).
            "ALTER TABLE reminders ADD COLUMN sending_at INTEGER",
            // Issue 15, the shared shopping list: a chat's lists, and their items (ids never reused, so that an old
            // button never lands on a newer item); ticked_by is null while open, the ticker's name (maybe "") once ticked.
            "CREATE TABLE shopping_lists (id INTEGER PRIMARY KEY AUTOINCREMENT, chat TEXT NOT NULL, title TEXT NOT NULL,"
                    + " created_at INTEGER NOT NULL)",
            "CREATE INDEX shopping_lists_chat ON shopping_lists (chat, id)",
            "CREATE TABLE shopping_items (id INTEGER PRIMARY KEY AUTOINCREMENT, list INTEGER NOT NULL, text TEXT NOT NULL,"
                    + " ticked_by TEXT)",
            "CREATE INDEX shopping_items_list ON shopping_items (list, id)",
            // Joint cook resumed by /cook alone (CookStore.Joint): its recipes' ids, one a line, and its serving time.
            "CREATE TABLE joint_cooks (chat TEXT PRIMARY KEY, recipes TEXT NOT NULL, ready_at INTEGER NOT NULL,"
                    + " user TEXT NOT NULL)",
            // The kitchen screen: each chat's secret link token (/screen).
            "CREATE TABLE screens (chat TEXT PRIMARY KEY, token TEXT NOT NULL UNIQUE)",
            // Dinner votes (issue 15): each native poll, its chat, its starter and candidates, where it was posted.
            "CREATE TABLE polls (id INTEGER PRIMARY KEY AUTOINCREMENT, chat TEXT NOT NULL, starter TEXT NOT NULL,"
                    + " starter_name TEXT NOT NULL, recipes TEXT NOT NULL, platform_poll TEXT, message TEXT,"
                    + " created_at INTEGER NOT NULL, closed_at INTEGER)",
            // Weeks of dinners (issue 15): the recipe of each day, so that a swap after a restart still works.
            "CREATE TABLE weeks (id INTEGER PRIMARY KEY AUTOINCREMENT, chat TEXT NOT NULL, filters TEXT NOT NULL,"
                    + " days TEXT NOT NULL)",
            // Vote winners never lost (issue 15): the final counts and the winner drawn once at the close, when its
            // card was accepted by the platform, how many posts failed, when to try again (null once posted or given up).
            "ALTER TABLE polls ADD COLUMN votes TEXT",
            "ALTER TABLE polls ADD COLUMN winner TEXT",
            "ALTER TABLE polls ADD COLUMN winner_posted_at INTEGER",
            "ALTER TABLE polls ADD COLUMN winner_failures INTEGER NOT NULL DEFAULT 0",
            "ALTER TABLE polls ADD COLUMN winner_next_at INTEGER",
            // Polls closed before winners were kept had theirs posted (or lost) then: none is posted again.
            "UPDATE polls SET winner_posted_at = closed_at WHERE closed_at IS NOT NULL",
            // Old shopping lists and weeks purged (issue 15): when each was last used; a list's creation counts as one.
            "ALTER TABLE shopping_lists ADD COLUMN touched_at INTEGER",
            "ALTER TABLE weeks ADD COLUMN touched_at INTEGER",
            // Weeks made before this step have no date: their age is counted from the upgrade.
            "UPDATE weeks SET touched_at = CAST(strftime('%s', 'now') AS INTEGER) * 1000");

    private final Connection connection;
    private final Path file;
    private final DataFolderLock lock;

    private Database(Connection connection, Path file, DataFolderLock lock) {
        this.connection = connection;
        this.file = file;
        this.lock = lock;
    }

    /**
     * Opens (creating if needed) the store in {@code dataFolder}, holding the folder for this
     * process until {@link #close}: a second process on the same folder is refused.
     *
     * @throws StoreException when the folder or the file cannot be used, or another process holds the
     *                        folder, with a message saying which and what to do
     */
    public static Database open(Path dataFolder) throws StoreException {
        Path file = dataFolder.resolve(FILE_NAME);
        try {
            Files.createDirectories(dataFolder);
        } catch (IOException e) {
            throw new StoreException("cannot create the data folder " + dataFolder + ": " + e.getMessage(), e);
        }
        DataFolderLock lock = DataFolderLock.take(dataFolder);
        Connection connection = null;
        try {
            connection = DriverManager.getConnection("jdbc:sqlite:" + file);
            Database database = new Database(connection, file, lock);
            database.migrate();
            StoreHealth.check(connection, file);
            return database;
        } catch (SQLException | StoreException e) {
            closeQuietly(connection);
            lock.close();
            throw e instanceof StoreException known ? known : StoreHealth.failure(file, (SQLException) e);
        }
    }

    private static void closeQuietly(Connection connection) {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // already failing; the first error is the one to report
            }
        }
    }

    /** An empty store in memory, gone when closed: for tests and one-off runs. */
    public static Database inMemory() throws StoreException {
        try {
            Database database = new Database(DriverManager.getConnection("jdbc:sqlite::memory:"), Path.of(":memory:"), null);
            database.migrate();
            return database;
        } catch (SQLException e) {
            throw new StoreException("cannot open an in-memory store: " + e.getMessage(), e);
        }
    }

    private void migrate() throws SQLException {
        synchronized (connection) {
            try (Statement statement = connection.createStatement()) {
                statement.execute("PRAGMA journal_mode=WAL");
                statement.execute("PRAGMA busy_timeout=5000");
                // With WAL, NORMAL survives a crash or a kill of Commis (only a power cut may lose the last
                // commits) and spares an fsync per reminder.
                statement.execute("PRAGMA synchronous=NORMAL");
                int version;
                try (var rs = statement.executeQuery("PRAGMA user_version")) {
                    version = rs.next() ? rs.getInt(1) : 0;
                }
                for (int step = version; step < MIGRATIONS.size(); step++) {
                    // One transaction a step, so that a crash mid-way never leaves a step half done.
                    connection.setAutoCommit(false);
                    try {
                        statement.execute(MIGRATIONS.get(step));
                        statement.execute("PRAGMA user_version=" + (step + 1));
                        connection.commit();
                    } catch (SQLException e) {
                        connection.rollback();
                        throw e;
                    } finally {
                        connection.setAutoCommit(true);
                    }
                }
            }
        }
    }

    /** Reads one row into a value. */
    @FunctionalInterface
    public interface RowReader<T> {
        T read(java.sql.ResultSet row) throws SQLException;
    }

    /** The rows {@code sql} selects with {@code args} bound in order, each read by {@code reader}. */
    public <T> List<T> query(String sql, RowReader<T> reader, Object... args) {
        synchronized (connection) {
            try (java.sql.PreparedStatement select = connection.prepareStatement(sql)) {
                bind(select, args);
                List<T> rows = new java.util.ArrayList<>();
                try (java.sql.ResultSet row = select.executeQuery()) {
                    while (row.next()) {
                        rows.add(reader.read(row));
                    }
                }
                return rows;
            } catch (SQLException e) {
                throw new IllegalStateException("cannot read the store " + file + ": " + e.getMessage(), e);
            }
        }
    }

    /** Runs {@code sql} with {@code args} bound in order; how many rows it changed. Durable when it returns. */
    public int update(String sql, Object... args) {
        synchronized (connection) {
            try (java.sql.PreparedStatement statement = connection.prepareStatement(sql)) {
                bind(statement, args);
                return statement.executeUpdate();
            } catch (SQLException e) {
                throw new IllegalStateException("cannot write the store " + file + ": " + e.getMessage(), e);
            }
        }
    }

    /** Runs an insert; the id SQLite gave the new row. */
    public long insert(String sql, Object... args) {
        synchronized (connection) {
            try (java.sql.PreparedStatement statement = connection.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
                bind(statement, args);
                statement.executeUpdate();
                try (java.sql.ResultSet keys = statement.getGeneratedKeys()) {
                    keys.next();
                    return keys.getLong(1);
                }
            } catch (SQLException e) {
                throw new IllegalStateException("cannot write the store " + file + ": " + e.getMessage(), e);
            }
        }
    }

    private static void bind(java.sql.PreparedStatement statement, Object... args) throws SQLException {
        for (int i = 0; i < args.length; i++) {
            statement.setObject(i + 1, args[i]);
        }
    }

    public Path file() {
        return file;
    }

    @Override
    public void close() {
        synchronized (connection) {
            try {
                connection.close();
            } catch (SQLException e) {
                // Closing at shutdown: nothing left to save, and nobody to tell.
            }
        }
        if (lock != null) {
            lock.close();
        }
    }
}
