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
import java.util.Optional;

/**
 * Finds the recipe files of a vault: every {@code .md} (or {@code .markdown}) file, except in hidden folders
 * ({@code .obsidian}, {@code .trash}, {@code .git}) and in the templates folder. Paths are
 * relative to the vault, with {@code /} separators, sorted.
 */
public final class VaultScanner {

    /**
     * The recipe files found, each with its size and modification time (so that a cache can tell
     * whether it changed) and its path as listed (a name that is not valid UTF-8 reads back only
     * through that path, not through its text); how many other files were passed over; and the
     * folders and files that could not be read, each with the reason.
     */
    public record Scan(List<String> recipeFiles, Map<String, FileStamp> stamps, Map<String, Path> files, int skipped,
            List<Problem> problems) {
        public Scan {
            recipeFiles = List.copyOf(recipeFiles);
            stamps = Map.copyOf(stamps);
            files = Map.copyOf(files);
            problems = List.copyOf(problems);
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
        Map<String, Path> files = new HashMap<>();
        List<Problem> problems = new ArrayList<>();
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
                    if (files.putIfAbsent(path, file) == null) {
                        recipes.add(path);
                        stamps.put(path, new FileStamp(attrs.size(), attrs.lastModifiedTime().toMillis()));
                    }
                } else {
                    skipped[0]++;
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                Optional<Problem> problem = unreadable(relative(root, file),
                        Files.isDirectory(file, java.nio.file.LinkOption.NOFOLLOW_LINKS), e);
                problem.ifPresentOrElse(problems::add, () -> skipped[0]++);
                return FileVisitResult.CONTINUE;
            }
        });
        recipes.sort(null);
        return new Scan(recipes, stamps, files, skipped[0], problems);
    }

    /**
     * The problem to report for {@code path} (a folder when {@code isFolder}) that could not be
     * opened, with the reason; empty when it needs no report (gone since it was listed, or a file
     * or folder that would have been passed over anyway).
     */
    Optional<Problem> unreadable(String path, boolean isFolder, IOException e) {
        if (e instanceof java.nio.file.NoSuchFileException) {
            return Optional.empty(); // gone between listing and reading: the next scan will tell
        }
        if (isFolder) {
            return isFolderToRead(path) ? Optional.of(Problem.error(path, 0,
                    "this folder cannot be read, so its recipes are not loaded: " + ReadFailure.reason(e))) : Optional.empty();
        }
        return isRecipeFile(path) ? Optional.of(Problem.error(path, 0, "cannot be read: " + ReadFailure.reason(e)))
                : Optional.empty();
    }

    /** Whether {@code path} (relative, {@code /}-separated) names a file that should be read as a recipe. */
    public boolean isRecipeFile(String path) {
        int slash = path.lastIndexOf('/');
        String name = path.substring(slash + 1);
        return FileTitle.isMarkdown(name) && !name.startsWith(".")
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
