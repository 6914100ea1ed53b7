package dev.commis.console;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * At a terminal the console's log goes to {@value #FILE_NAME} in the data folder rather than
 * standard error, so that no log line prints over what the person is typing. Must run before
 * the first logger is made: slf4j-simple reads its settings once. A {@code -D} setting given on
 * the command line wins.
 */
public final class ConsoleLogging {

    /** The log file's name, in the data folder. */
    public static final String FILE_NAME = "console.log";

    static final String LOG_FILE_PROPERTY = "org.slf4j.simpleLogger.logFile";

    private ConsoleLogging() {
    }

    /** Sends the log to {@value #FILE_NAME} in {@code data}; the file, or empty when set otherwise. */
    public static java.util.Optional<Path> toFileIn(Path data) throws IOException {
        if (System.getProperty(LOG_FILE_PROPERTY) != null) {
            return java.util.Optional.empty();
        }
        Files.createDirectories(data);
        Path file = data.resolve(FILE_NAME).toAbsolutePath();
        System.setProperty(LOG_FILE_PROPERTY, file.toString());
        return java.util.Optional.of(file);
    }
}
