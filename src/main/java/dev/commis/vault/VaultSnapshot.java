package dev.commis.vault;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * One immutable reading of a vault: its recipes by id, and every problem found. A new
 * snapshot replaces an old one whole; nothing in a snapshot ever changes.
 */
public final class VaultSnapshot {

    /**
     * What became of one file: its recipe (null when it never loaded; the previous version when
     * it failed after an edit), its problems, whether its text was repaired, and the size and
     * modification time it was read at.
     */
    record FileEntry(String path, Recipe recipe, List<Problem> problems, boolean repaired, VaultScanner.FileStamp stamp) {
        static FileEntry of(RecipeParser.Result result, VaultScanner.FileStamp stamp) {
            return new FileEntry(result.path(), result.recipe(), result.problems(), result.repaired(), stamp);
        }
    }

    private final Path root;
    private final Map<String, FileEntry> files;
    private final Map<String, Recipe> byId;
    private final List<Recipe> recipes;
    private final List<Problem> problems;
    private final int skipped;
    private final Instant loadedAt;

    private VaultSnapshot(Path root, Map<String, FileEntry> files, List<Problem> folderProblems, int skipped, Instant loadedAt) {
        this.root = root;
        this.files = Collections.unmodifiableMap(files);
        this.skipped = skipped;
        this.loadedAt = loadedAt;
        Map<String, Recipe> ids = new LinkedHashMap<>();
        Map<String, String> pathOfId = new HashMap<>();
        // A second file's new id must be no file's own id either, or that file would lose its id.
        Set<String> ownIds = new HashSet<>();
        files.values().stream().filter(entry -> entry.recipe() != null && entry.recipe().isRecipe()).forEach(entry -> ownIds.add(entry.recipe().id()));
        List<Problem> found = new ArrayList<>();
        for (FileEntry entry : files.values()) {
            found.addAll(entry.problems());
            Recipe recipe = entry.recipe();
            if (recipe == null || !recipe.isRecipe()) {
                continue; // a page of a site (an index, "about"): its warning says so, and no command offers it
            }
            String other = pathOfId.putIfAbsent(recipe.id(), recipe.path());
            if (other != null) {
                recipe = recipe.withId(RecipeIds.disambiguated(recipe.path(),
                        id -> ownIds.contains(id) || pathOfId.containsKey(id)));
                pathOfId.put(recipe.id(), recipe.path());
                found.add(Problem.warning(recipe.path(), 0, "its name gives the same id ('" + RecipeIds.of(recipe.path())
                        + "') as " + other + "; it was loaded as '" + recipe.id()
                        + "', which changes if " + other + " is renamed: give one of them another name"));
            }
            ids.put(recipe.id(), recipe);
        }
        this.byId = Collections.unmodifiableMap(ids);
        this.recipes = List.copyOf(ids.values());
        found.addAll(folderProblems);
        found.sort(java.util.Comparator.comparing(Problem::file));
        this.problems = List.copyOf(found);
    }

    /** A snapshot of {@code root} made of {@code entries}; ids are assigned here, in path order. */
    static VaultSnapshot of(Path root, Collection<FileEntry> entries, int skipped, Instant loadedAt) {
        return of(root, entries, List.of(), skipped, loadedAt);
    }

    /** The same, with the problems of folders and files that could not even be listed or opened. */
    static VaultSnapshot of(Path root, Collection<FileEntry> entries, List<Problem> folderProblems, int skipped,
            Instant loadedAt) {
        Map<String, FileEntry> byPath = new TreeMap<>();
        entries.forEach(entry -> byPath.put(entry.path(), entry));
        return new VaultSnapshot(root, byPath, folderProblems, skipped, loadedAt);
    }

    /** The vault's folder. */
    public Path root() {
        return root;
    }

    /** Every recipe, ordered by path: files read with neither ingredients nor steps are pages, not recipes. */
    public List<Recipe> recipes() {
        return recipes;
    }

    public Optional<Recipe> recipe(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** Errors and warnings, ordered by file. */
    public List<Problem> problems() {
        return problems;
    }

    public boolean hasErrors() {
        return problems.stream().anyMatch(Problem::isError);
    }

    /** Number of recipe files read, loaded or not. */
    public int fileCount() {
        return files.size();
    }

    /** Number of other files passed over (not Markdown). */
    public int skippedCount() {
        return skipped;
    }

    /** Paths of the files whose text was repaired. */
    public List<String> repaired() {
        return files.values().stream().filter(FileEntry::repaired).map(FileEntry::path).toList();
    }

    public Instant loadedAt() {
        return loadedAt;
    }

    Map<String, FileEntry> files() {
        return files;
    }
}
