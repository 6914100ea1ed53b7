package dev.commis.vault;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds and reads the image a recipe embeds ({@code ![[photo.jpg]]}), as Obsidian finds it: by its path in the
 * vault, else by its file name anywhere in the vault. Only a regular file whose real path (links followed) is
 * inside the vault, of at most {@link #MAX_BYTES}, and whose first bytes are those of a JPEG, PNG, GIF or WebP
 * image is read. Anything else is left out: the reply goes without its picture, and the file and the reason are
 * logged once per file and reason, not at every reply. Thread-safe.
 */
public final class VaultImages {

    private static final Logger LOG = LoggerFactory.getLogger(VaultImages.class);

    /** The largest image sent: Telegram's limit for a photo upload (10 MB), the strictest of the platforms. */
    public static final long MAX_BYTES = 10L * 1024 * 1024;

    /** How deep the search by file name goes, as deep as a vault's folders reasonably nest. */
    private static final int SEARCH_DEPTH = 8;
    /** Bounds the memory of what was already logged; past it, old reasons may be logged once more. */
    private static final int MAX_REMEMBERED = 1_000;

    /** An image read from the vault: its file name and its bytes (read once, so that a retry needs no file). */
    public record Image(String fileName, byte[] bytes) {
    }

    private final Set<String> logged = ConcurrentHashMap.newKeySet();

    /** The image {@code name} (as embedded) from the vault at {@code vault}; empty, with a reason logged once, when it cannot be used. */
    public Optional<Image> read(Path vault, String name) {
        Path root;
        try {
            root = vault.toRealPath();
        } catch (IOException e) {
            return refuse(vault.resolve(name), "the vault folder cannot be read (" + e.getMessage() + ")");
        }
        Optional<Path> found = locate(root, name);
        if (found.isEmpty()) {
            return refuse(root.resolve(name), "no such file in the vault");
        }
        return check(root, found.get());
    }

    private static Optional<Path> locate(Path root, String name) {
        Path direct;
        try {
            direct = root.resolve(name).normalize();
        } catch (java.nio.file.InvalidPathException e) {
            return Optional.empty();
        }
        if (direct.startsWith(root) && Files.exists(direct, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.of(direct);
        }
        Path fileName = direct.getFileName();
        if (fileName == null) {
            return Optional.empty();
        }
        // Walks without following links, so that the search itself never leaves the vault.
        try (Stream<Path> files = Files.walk(root, SEARCH_DEPTH)) {
            return files.filter(file -> fileName.equals(file.getFileName()) && !Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS))
                    .findFirst();
        } catch (IOException | java.io.UncheckedIOException e) {
            return Optional.empty();
        }
    }

    private Optional<Image> check(Path root, Path file) {
        Path real;
        try {
            real = file.toRealPath();
        } catch (NoSuchFileException e) {
            return refuse(file, "it is a link to a file that does not exist");
        } catch (IOException e) {
            return refuse(file, "it cannot be resolved (" + e.getMessage() + ")");
        }
        if (!real.startsWith(root)) {
            return refuse(file, "it leads outside the vault, to " + real);
        }
        try {
            BasicFileAttributes attributes = Files.readAttributes(real, BasicFileAttributes.class);
            if (!attributes.isRegularFile()) {
                return refuse(file, "it is not a regular file");
            }
            if (attributes.size() == 0) {
                return refuse(file, "it is empty");
            }
            if (attributes.size() > MAX_BYTES) {
                return refuse(file, "it is larger than " + MAX_BYTES / (1024 * 1024) + " MB (" + attributes.size() + " bytes)");
            }
            byte[] bytes = Files.readAllBytes(real);
            if (bytes.length == 0 || bytes.length > MAX_BYTES) {
                return refuse(file, "its size changed while reading it");
            }
            if (!isImage(bytes)) {
                return refuse(file, "it is not a JPEG, PNG, GIF or WebP image");
            }
            return Optional.of(new Image(real.getFileName().toString(), bytes));
        } catch (AccessDeniedException e) {
            return refuse(file, "permission denied (check the file's mode)");
        } catch (IOException e) {
            return refuse(file, "it cannot be read (" + e.getMessage() + ")");
        } catch (OutOfMemoryError e) {
            return refuse(file, "there is not enough memory to read it");
        }
    }

    /** Whether {@code bytes} start as a JPEG, PNG, GIF or WebP file does. */
    static boolean isImage(byte[] bytes) {
        return startsWith(bytes, 0, 0xFF, 0xD8, 0xFF)
                || startsWith(bytes, 0, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)
                || startsWith(bytes, 0, 'G', 'I', 'F', '8')
                || startsWith(bytes, 0, 'R', 'I', 'F', 'F') && startsWith(bytes, 8, 'W', 'E', 'B', 'P');
    }

    private static boolean startsWith(byte[] bytes, int from, int... expected) {
        if (bytes.length < from + expected.length) {
            return false;
        }
        return Arrays.equals(Arrays.copyOfRange(bytes, from, from + expected.length), toBytes(expected));
    }

    private static byte[] toBytes(int[] values) {
        byte[] bytes = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            bytes[i] = (byte) values[i];
        }
        return bytes;
    }

    private Optional<Image> refuse(Path file, String reason) {
        if (logged.size() >= MAX_REMEMBERED) {
            logged.clear();
        }
        if (logged.add(file + "\n" + reason)) {
            LOG.warn("Image {} left out of the reply: {}", file, reason);
        }
        return Optional.empty();
    }
}
