package dev.commis.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Opening the store: a damaged file and a folder already in use are refused in one clear line. */
class DatabaseTest {

    @TempDir
    Path data;

    @Test
    void refusesAStoreWithCorruptPagesInOneLineNamingTheFileAndWhatToDo() throws Exception {
        try (Database database = Database.open(data)) {
            for (int i = 0; i < 400; i++) {
                database.update("INSERT INTO reminders (chat, user, text, due_at, cook, attempts) VALUES (?, ?, ?, ?, 0, 0)",
                        "telegram:" + i, "u", "stir the sauce number " + i + " ".repeat(40), 1_000L + i);
            }
        }
        Path file = data.resolve(Database.FILE_NAME);
        assertThat(Files.size(file)).isGreaterThan(4 * 4096L);
        try (RandomAccessFile raw = new RandomAccessFile(file.toFile(), "rw")) {
            // Keep the header page whole; scribble over the pages that hold the rows.
            for (long at = 2 * 4096L; at < raw.length(); at += 4096) {
                raw.seek(at);
                raw.write("garbage garbage garbage garbage".getBytes(StandardCharsets.US_ASCII));
            }
        }
        assertThatThrownBy(() -> Database.open(data))
                .isInstanceOf(StoreException.class)
                .hasMessageStartingWith("the store " + file.toAbsolutePath() + " is damaged (")
                .hasMessageEndingWith("); stop Commis, move the file aside and start again with an empty store"
                        + " (chat settings and pending reminders are lost), or put back a backup of it")
                .message().doesNotContain("\n");
        assertThat(Files.exists(file)).as("nothing is deleted").isTrue();
    }

    @Test
    void refusesAFileThatIsNoDatabase() throws Exception {
        Files.writeString(data.resolve(Database.FILE_NAME), "not a database at all, just some text ".repeat(200));
        assertThatThrownBy(() -> Database.open(data))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining(" is damaged (")
                .message().doesNotContain("\n");
    }

    @Test
    void holdsTheDataFolderUntilClosed() throws Exception {
        Database first = Database.open(data);
        assertThatThrownBy(() -> Database.open(data))
                .isInstanceOf(StoreException.class)
                .hasMessage("the data folder " + data.toAbsolutePath() + " is in use by another Commis process (pid "
                        + ProcessHandle.current().pid() + "); stop that one first, or give this one another data folder"
                        + " ('data' setting or COMMIS_DATA)");
        first.close();
        try (Database again = Database.open(data)) {
            assertThat(again.file()).isEqualTo(data.resolve(Database.FILE_NAME));
        }
    }
}
