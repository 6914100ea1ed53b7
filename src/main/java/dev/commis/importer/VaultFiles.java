package dev.commis.importer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.text.Normalizer;
import java.util.Locale;

/**
 * Puts new recipe files into a folder of the vault: named from the title (characters that
 * Obsidian or a file system refuse left out), never over an existing file ("Title (2).md" when
 * the name is taken), and written atomically: a hidden temporary file, then linked or moved
 * into place, so the vault watcher never sees half a file.
 */
public final class VaultFiles {

    /** Longest file name, without ".md": well under every file system's limit in UTF-8. */
    static final int MAX_NAME = 80;

    private final Path vault;
    private final String folder;

    /**
     * @param vault  the vault's folder
     * @param folder the folder inside it for new files ({@code Imports}), {@code /}-separated
     */
    public VaultFiles(Path vault, String folder) {
        this.vault = vault;
        this.folder = folder.replaceAll("^/+|/+$", "");
    }

    /**
     * Writes {@code content} as a new file named from {@code title}; its path relative to the
     * vault, {@code /}-separated.
     *
     * @param link the link being saved, named in errors
     */
    public String write(String title, String content, String link) throws ImportException {
        Path dir = folder.isEmpty() ? vault : vault.resolve(folder);
        Path temporary = null;
        try {
            Files.createDirectories(dir);
            temporary = Files.createTempFile(dir, ".commis-import-", ".tmp");
            Files.writeString(temporary, content, StandardCharsets.UTF_8);
            String base = fileName(title);
            for (int n = 1; n < 1000; n++) {
                Path target = dir.resolve((n == 1 ? base : base + " (" + n + ")") + ".md");
                if (place(temporary, target)) {
                    temporary = null;
                    return vault.relativize(target).toString().replace('\\', '/');
                }
            }
            throw new ImportException(ImportException.Reason.WRITE_FAILED, link, "every name for '" + base + "' is taken");
        } catch (IOException e) {
            throw failure(e, dir, link);
        } finally {
            deleteQuietly(temporary);
        }
    }

    /** What a failed write tells the person: a read-only vault said as such. */
    static ImportException failure(IOException e, Path dir, String link) {
        if (e instanceof AccessDeniedException || e instanceof FileSystemException fs && isReadOnly(fs)) {
            return new ImportException(ImportException.Reason.READ_ONLY, link, dir.toString());
        }
        if (e instanceof FileSystemException fs) {
            return new ImportException(ImportException.Reason.WRITE_FAILED, link,
                    fs.getFile() + (fs.getReason() == null ? "" : ": " + fs.getReason()));
        }
        return new ImportException(ImportException.Reason.WRITE_FAILED, link, String.valueOf(e.getMessage()));
    }

    /**
     * Puts the written file at {@code target} unless something is there: a hard link fails
     * atomically when the name is taken; where links are not supported, a move after a check.
     */
    private static boolean place(Path temporary, Path target) throws IOException {
        if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        try {
            Files.createLink(target, temporary);
            Files.delete(temporary);
            return true;
        } catch (FileAlreadyExistsException e) {
            return false;
        } catch (AccessDeniedException e) {
            throw e;
        } catch (UnsupportedOperationException | FileSystemException e) {
            if (e instanceof FileSystemException fs && isReadOnly(fs)) {
                throw fs;
            }
            try {
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException notAtomic) {
                Files.move(temporary, target);
            }
            return true;
        }
    }

    private static boolean isReadOnly(FileSystemException e) {
        return e.getReason() != null && e.getReason().toLowerCase(Locale.ROOT).contains("read-only");
    }

    private static void deleteQuietly(Path temporary) {
        if (temporary == null) {
            return;
        }
        try {
            Files.deleteIfExists(temporary);
        } catch (IOException e) {
            // the temporary file is hidden and not a recipe: leaving it behind costs nothing
        }
    }

    /** A file name for {@code title}: its words, without the characters file systems or Obsidian refuse. */
    static String fileName(String title) {
        String name = Normalizer.normalize(title, Normalizer.Form.NFC)
                .replaceAll("[\\\\/:*?\"<>|#^\\[\\]\\p{Cntrl}]+", " ")
                .replaceAll("\\s+", " ")
                .strip()
                .replaceAll("^[.\\s]+|[.\\s]+$", "");
        if (name.length() > MAX_NAME) {
            int cut = name.lastIndexOf(' ', MAX_NAME);
            name = name.substring(0, cut > MAX_NAME / 2 ? cut : MAX_NAME).strip();
            if (Character.isHighSurrogate(name.charAt(name.length() - 1))) {
                name = name.substring(0, name.length() - 1);
            }
        }
        return name.isEmpty() ? "Recette" : name;
    }
}
