package dev.commis.vault;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Finds the recipe files of a vault: every {@code .md} file, except in hidden folders
 * ({@code .obsidian}, {@code .trash}, {@code .git}) and in the templates folder. Paths are
 * relative to the vault, with {@code /} separators, sorted.
 */
public final class VaultScanner {

    /**
     * The recipe files found, each with its size and modification time (so that a cache can tell
     * whether it changed), and how many other files were passed over.
     */
    public record Scan(List<String> recipeFiles, Map<String, FileStamp> stamps, int skipped) {
        public Scan {
            recipeFiles = List.copyOf(recipeFiles);
            stamps = Map.copyOf(stamps);
        }
    }

    /** A file's size and last modification, in milliseconds. */
    public record FileStamp(long size, long modified) {
    }

    private final String templatesFolder;

    /** @param templatesFolder the templates folder relative to the vault (case-insensitive), or "" for none */
    public VaultScanner(String templatesFolder) {
        String normalized = templatesFolder == null ? "" : templatesFolder.replace('\\', '/');
        while (normalized.endsWith("/")) {
            normalized = normalized.substring(0, normalized.length() - 1);
        }
        this.templatesFolder = normalized.toLowerCase(Locale.ROOT);
    }

    /**
     * Lists the recipe files under {@code root}.
     *
     * @throws IOException when {@code root} is not a readable folder
     */
    public Scan scan(Path root) throws IOException {
        if (!Files.isDirectory(root)) {
            throw new java.nio.file.NotDirectoryException(root.toString());
        }
        List<String> recipes = new ArrayList<>();
        Map<String, FileStamp> stamps = new HashMap<>();
        int[] skipped = {0};
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                return dir.equals(root) || isFolderToRead(relative(root, dir))
                        ? FileVisitResult.CONTINUE : FileVisitResult.SKIP_SUBTREE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                String path = relative(root, file);
                if (attrs.isRegularFile() && isRecipeFile(path)) {
                    recipes.add(path);
                    stamps.put(path, new FileStamp(attrs.size(), attrs.lastModifiedTime().toMillis()));
                } else {
                    skipped[0]++;
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                skipped[0]++; // gone between listing and reading, or unreadable: the next scan will tell
                return FileVisitResult.CONTINUE;
            }
        });
        recipes.sort(null);
        return new Scan(recipes, stamps, skipped[0]);
    }

    /** Whether {@code path} (relative, {@code /}-separated) names a file that should be read as a recipe. */
    public boolean isRecipeFile(String path) {
        int slash = path.lastIndexOf('/');
        String name = path.substring(slash + 1);
        return name.toLowerCase(Locale.ROOT).endsWith(".md") && !name.startsWith(".")
                && (slash < 0 || isFolderToRead(path.substring(0, slash)));
    }

    /** Whether the folder at {@code path} and every folder above it is one to read. */
    public boolean isFolderToRead(String path) {
        if (!templatesFolder.isEmpty()) {
            String lower = path.toLowerCase(Locale.ROOT);
            if (lower.equals(templatesFolder) || lower.startsWith(templatesFolder + "/")) {
                return false;
            }
        }
        for (String segment : path.split("/")) {
            if (segment.startsWith(".")) {
                return false;
            }
        }
        return true;
    }

    static String relative(Path root, Path file) {
        return root.relativize(file).toString().replace(java.io.File.separatorChar, '/');
    }
}
