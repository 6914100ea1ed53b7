package dev.commis.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where the console's log goes at a terminal; the property is put back after each test. */
class ConsoleLoggingTest {

    @TempDir
    Path dir;

    @AfterEach
    void forget() {
        System.clearProperty(ConsoleLogging.LOG_FILE_PROPERTY);
    }

    @Test
    void sendsTheLogToAFileInTheDataFolderItMakes() throws Exception {
        Path data = dir.resolve("not-yet");
        assertThat(ConsoleLogging.toFileIn(data)).contains(data.resolve("console.log").toAbsolutePath());
        assertThat(Files.isDirectory(data)).isTrue();
        assertThat(System.getProperty(ConsoleLogging.LOG_FILE_PROPERTY)).isEqualTo(data.resolve("console.log").toAbsolutePath().toString());
    }

    @Test
    void leavesALogFileGivenOnTheCommandLine() throws Exception {
        System.setProperty(ConsoleLogging.LOG_FILE_PROPERTY, "System.err");
        assertThat(ConsoleLogging.toFileIn(dir)).isEmpty();
        assertThat(System.getProperty(ConsoleLogging.LOG_FILE_PROPERTY)).isEqualTo("System.err");
    }
}
