package dev.commis.vault;

import java.util.Objects;

/**
 * Something wrong with one vault file, said so that a person can fix it.
 *
 * @param severity an error means the file's recipe could not be loaded; a warning means it was
 *                 loaded, perhaps without some value
 * @param file     the file's path relative to the vault, with {@code /} separators
 * @param line     the 1-based line in the file, or 0 when unknown
 * @param message  what is wrong and, where it helps, what to do
 */
public record Problem(Severity severity, String file, int line, String message) {

    /** How bad a problem is. */
    public enum Severity { ERROR, WARNING }

    public Problem {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(message, "message");
    }

    public static Problem error(String file, int line, String message) {
        return new Problem(Severity.ERROR, file, line, message);
    }

    public static Problem warning(String file, int line, String message) {
        return new Problem(Severity.WARNING, file, line, message);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** {@code file:line: message}, or {@code file: message} when the line is unknown. */
    @Override
    public String toString() {
        return line > 0 ? file + ":" + line + ": " + message : file + ": " + message;
    }
}
