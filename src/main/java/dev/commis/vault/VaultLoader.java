package dev.commis.vault;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads a vault into a {@link VaultSnapshot}, parsing files in parallel over the machine's
 * cores; and makes the next snapshot from the previous one and a set of changed paths,
 * re-parsing only those. One bad file never stops the others. With a {@link VaultCache}, files
 * unchanged since the last run are not parsed again.
 */
public final class VaultLoader {

    /** Writes the cache off the loading path, one write at a time, so that a reload never waits for it. */
    private static final Executor CACHE_WRITER = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "vault-cache-writer");
        thread.setDaemon(true);
        return thread;
    });

    /** The largest recipe file read unless told otherwise: real recipes are a few kilobytes. */
    public static final long DEFAULT_MAX_FILE_SIZE = 1L << 20;

    private static final Logger LOG = LoggerFactory.getLogger(VaultLoader.class);

    private final VaultScanner scanner;
    private final Clock clock;
    private final LoadProgress progress;
    private final VaultCache cache;
    private final long maxFileSize;

    public VaultLoader(VaultScanner scanner, Clock clock, LoadProgress progress) {
        this(scanner, clock, progress, null, DEFAULT_MAX_FILE_SIZE);
    }

    private VaultLoader(VaultScanner scanner, Clock clock, LoadProgress progress, VaultCache cache, long maxFileSize) {
        this.scanner = scanner;
        this.clock = clock;
        this.progress = progress;
        this.cache = cache;
        this.maxFileSize = maxFileSize;
    }

    /**
     * The same loader keeping what it read in {@code cache}: a later {@link #load} re-parses only
     * the files whose size or modification time changed since.
     */
    public VaultLoader withCache(VaultCache cache) {
        return new VaultLoader(scanner, clock, progress, cache, maxFileSize);
    }

    /**
     * The same loader skipping, with a warning, every file larger than {@code bytes}: one stray
     * huge file must not take minutes and gigabytes to parse, nor exhaust a small heap.
     */
    public VaultLoader withMaxFileSize(long bytes) {
        return new VaultLoader(scanner, clock, progress, cache, bytes);
    }

    public VaultScanner scanner() {
        return scanner;
    }

    /**
     * Reads every recipe file under {@code root}.
     *
     * @throws IOException when {@code root} is not a readable folder
     */
    public VaultSnapshot load(Path root) throws IOException {
        VaultScanner.Scan scan = scanner.scan(root);
        Map<String, VaultSnapshot.FileEntry> cached = cache == null ? Map.of() : cache.read(root);
        List<VaultSnapshot.FileEntry> entries = new ArrayList<>(scan.recipeFiles().size());
        List<String> toParse = new ArrayList<>();
        for (String path : scan.recipeFiles()) {
            VaultSnapshot.FileEntry known = cached.get(path);
            if (known != null && known.stamp().equals(scan.stamps().get(path))) {
                entries.add(known);
            } else {
                toParse.add(path);
            }
        }
        entries.addAll(parseAll(root, toParse, scan));
        VaultSnapshot snapshot = VaultSnapshot.of(root, entries, scan.problems(), scan.skipped(), clock.instant());
        if (!toParse.isEmpty() || cached.size() != entries.size()) {
            save(snapshot);
        }
        return snapshot;
    }

    /**
     * The snapshot after {@code changed} paths (relative to the vault) were created, modified
     * or deleted. A changed folder stands for every file below it, and {@code ""} for the whole
     * vault. The tree is listed again, so that renamed or deleted folders are seen whole; files
     * that did not change keep their entry. A changed file that no longer
     * parses keeps its previous recipe beside its new problems, so a half-written file does not
     * make a recipe vanish.
     *
     * @throws IOException when the vault folder itself can no longer be read
     */
    public VaultSnapshot update(VaultSnapshot previous, Set<String> changed) throws IOException {
        Path root = previous.root();
        VaultScanner.Scan scan = scanner.scan(root);
        Map<String, VaultSnapshot.FileEntry> before = previous.files();
        List<VaultSnapshot.FileEntry> entries = new ArrayList<>(scan.recipeFiles().size());
        List<String> toParse = new ArrayList<>();
        for (String path : scan.recipeFiles()) {
            VaultSnapshot.FileEntry old = before.get(path);
            if (old == null || isChanged(path, changed) || !old.stamp().equals(scan.stamps().get(path))) {
                toParse.add(path);
            } else {
                entries.add(old);
            }
        }
        for (VaultSnapshot.FileEntry fresh : parseAll(root, toParse, scan)) {
            VaultSnapshot.FileEntry old = before.get(fresh.path());
            if (fresh.recipe() == null && old != null && old.recipe() != null) {
                List<Problem> problems = new ArrayList<>(fresh.problems());
                problems.add(Problem.warning(fresh.path(), 0, "the previous version of this recipe is kept until the file reads again"));
                fresh = new VaultSnapshot.FileEntry(fresh.path(), old.recipe(), problems, fresh.repaired(), fresh.stamp());
            }
            entries.add(fresh);
        }
        VaultSnapshot snapshot = VaultSnapshot.of(root, entries, scan.problems(), scan.skipped(), clock.instant());
        save(snapshot);
        return snapshot;
    }

    /** Waits until the cache writes asked for so far are done (for tests and orderly shutdowns). */
    public static void awaitCacheWrites() throws InterruptedException {
        java.util.concurrent.CountDownLatch done = new java.util.concurrent.CountDownLatch(1);
        CACHE_WRITER.execute(done::countDown);
        done.await();
    }

    private void save(VaultSnapshot snapshot) {
        if (cache != null) {
            CACHE_WRITER.execute(() -> cache.write(snapshot.root(), snapshot.files().values()));
        }
    }

    private static boolean isChanged(String path, Set<String> changed) {
        if (changed.contains("")) {
            return true;
        }
        for (String p = path; ; p = p.substring(0, p.lastIndexOf('/'))) {
            if (changed.contains(p)) {
                return true;
            }
            if (p.indexOf('/') < 0) {
                return false;
            }
        }
    }

    private List<VaultSnapshot.FileEntry> parseAll(Path root, Collection<String> paths, VaultScanner.Scan scan) {
        int total = paths.size();
        AtomicInteger done = new AtomicInteger();
        return paths.parallelStream()
                .map(path -> {
                    Path file = scan.files().getOrDefault(path, root.resolve(path));
                    VaultSnapshot.FileEntry entry = parseFile(file, path, scan.stamps().get(path));
                    progress.progress(done.incrementAndGet(), total);
                    return entry;
                })
                .toList();
    }

    private VaultSnapshot.FileEntry parseFile(Path file, String path, VaultScanner.FileStamp stamp) {
        if (stamp != null && stamp.size() > maxFileSize) {
            return tooLarge(path, stamp.size(), stamp);
        }
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            // Read one byte past the limit, never the whole file: it may have grown since it was listed.
            bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxFileSize + 1));
        } catch (NoSuchFileException gone) {
            return new VaultSnapshot.FileEntry(path, null,
                    List.of(Problem.error(path, 0, "was deleted while the vault was being read")), false, stamp);
        } catch (IOException e) {
            return new VaultSnapshot.FileEntry(path, null,
                    List.of(Problem.error(path, 0, "cannot be read: " + ReadFailure.reason(e))), false, stamp);
        }
        if (bytes.length > maxFileSize) {
            return tooLarge(path, bytes.length, stamp);
        }
        return VaultSnapshot.FileEntry.of(RecipeParser.parse(path, bytes), stamp);
    }

    private VaultSnapshot.FileEntry tooLarge(String path, long size, VaultScanner.FileStamp stamp) {
        String shown = ReadFailure.size(size);
        String message = "is " + (shown.equals(ReadFailure.size(maxFileSize)) ? "over " : "") + shown
                + ", larger than a recipe file may be (" + ReadFailure.size(maxFileSize)
                + ", setting max_recipe_size); it was skipped: split it, or raise the limit";
        LOG.warn("Skipping {}: {}", path, message);
        return new VaultSnapshot.FileEntry(path, null, List.of(Problem.warning(path, 0, message)), false, stamp);
    }
}
