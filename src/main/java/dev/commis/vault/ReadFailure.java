package dev.commis.vault;

import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/** Says in a few words why a file or folder could not be read, for a person to act on. */
final class ReadFailure {

    private ReadFailure() {
    }

    /** The reason of {@code e}: "permission denied", "it was deleted", or what the system said. */
    static String reason(java.io.IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied (check who owns it and its permissions)";
        }
        if (e instanceof NoSuchFileException) {
            return "it was deleted while the vault was being read";
        }
        if (e instanceof FileSystemLoopException) {
            return "a link in it leads back to a folder above it";
        }
        if (e instanceof NotDirectoryException) {
            return "it is not a folder";
        }
        if (e instanceof FileSystemException fs && fs.getReason() != null) {
            return fs.getReason();
        }
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }

    /** {@code bytes} as a person reads a file size: 812 bytes, 34 KB, 52.4 MB. */
    static String size(long bytes) {
        if (bytes >= 1 << 20) {
            return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / (double) (1 << 20)).replace(".0 MB", " MB");
        }
        return bytes >= 1 << 10 ? (bytes >> 10) + " KB" : bytes + " bytes";
    }
}
