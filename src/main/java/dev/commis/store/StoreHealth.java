package dev.commis.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Tells a damaged store apart from other failures when it is opened, so that a file with corrupt
 * pages stops Commis with one line naming the file and what to do, instead of a stack trace
 * later, at the first read that touches a bad page.
 */
final class StoreHealth {

    /** SQLite's result codes for a damaged file and for a file that is not a database. */
    private static final int SQLITE_CORRUPT = 11;
    private static final int SQLITE_NOTADB = 26;

    private StoreHealth() {
    }

    /** Runs SQLite's quick integrity check (it reads every page, fast for a store of this size). */
    static void check(Connection connection, Path file) throws SQLException, StoreException {
        try (Statement statement = connection.createStatement(); ResultSet row = statement.executeQuery("PRAGMA quick_check")) {
            String verdict = row.next() ? row.getString(1) : "no answer";
            if (!"ok".equals(verdict)) {
                throw damaged(file, verdict);
            }
        }
    }

    /** The exception to report for {@code e}, raised while opening the store {@code file}. */
    static StoreException failure(Path file, SQLException e) {
        int code = e.getErrorCode() & 0xff;
        if (code == SQLITE_CORRUPT || code == SQLITE_NOTADB) {
            return damaged(file, firstLine(e.getMessage()));
        }
        return new StoreException("cannot open the store " + file + ": " + firstLine(e.getMessage()), e);
    }

    private static StoreException damaged(Path file, String why) {
        return new StoreException("the store " + file.toAbsolutePath() + " is damaged (" + firstLine(why) + "); stop Commis,"
                + " move the file aside and start again with an empty store (chat settings and pending reminders are lost),"
                + " or put back a backup of it", null);
    }

    private static String firstLine(String text) {
        String line = String.valueOf(text).strip();
        int end = line.indexOf('\n');
        return end < 0 ? line : line.substring(0, end).strip();
    }
}
