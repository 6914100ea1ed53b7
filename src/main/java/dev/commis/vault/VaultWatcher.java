package dev.commis.vault;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;
import static java.nio.file.StandardWatchEventKinds.OVERFLOW;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Follows edits to a vault while Commis runs: a file created, changed, renamed or deleted
 * reaches the {@link Vault} as one reload once the folder has been quiet for a moment, so an
 * editor's burst of writes (temporary file, rename, touch) costs one reload of the files that
 * changed. Runs on one daemon thread until closed.
 */
public final class VaultWatcher implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(VaultWatcher.class);

    /** How long the folder must be quiet before a reload; short enough that an edit shows within a second. */
    public static final Duration DEFAULT_QUIET = Duration.ofMillis(200);
    /** The longest a reload waits behind a stream of events. */
    public static final Duration DEFAULT_MAX_DELAY = Duration.ofMillis(600);
    /** How often a vault folder that was deleted is looked for again, to follow it once it is back. */
    private static final Duration ROOT_CHECK = Duration.ofSeconds(1);

    private final Vault vault;
    private final VaultScanner scanner;
    private final Path root;
    private final Duration quiet;
    private final Duration maxDelay;
    private final WatchService service;
    private final Map<WatchKey, Path> folders = new ConcurrentHashMap<>();
    private final Thread thread;

    /**
     * Starts watching {@code vault}'s folder and every readable folder below it.
     *
     * @throws IOException when the folder cannot be watched
     */
    public static VaultWatcher start(Vault vault, VaultScanner scanner, Duration quiet, Duration maxDelay)
            throws IOException {
        VaultWatcher watcher = new VaultWatcher(vault, scanner, quiet, maxDelay);
        watcher.registerTree(watcher.root);
        watcher.thread.start();
        return watcher;
    }

    private VaultWatcher(Vault vault, VaultScanner scanner, Duration quiet, Duration maxDelay) throws IOException {
        this.vault = vault;
        this.scanner = scanner;
        this.root = vault.snapshot().root();
        this.quiet = quiet;
        this.maxDelay = maxDelay;
        this.service = root.getFileSystem().newWatchService();
        this.thread = new Thread(this::run, "vault-watcher");
        this.thread.setDaemon(true);
    }

    private void run() {
        try {
            while (!Thread.currentThread().isInterrupted()) {
                WatchKey key = service.poll(ROOT_CHECK.toMillis(), TimeUnit.MILLISECONDS);
                if (key == null) {
                    followRootAgainIfBack();
                    continue;
                }
                Set<String> changed = new HashSet<>();
                collect(key, changed);
                long deadline = System.nanoTime() + maxDelay.toNanos();
                while (System.nanoTime() < deadline
                        && (key = service.poll(quiet.toMillis(), TimeUnit.MILLISECONDS)) != null) {
                    collect(key, changed);
                }
                if (!changed.isEmpty()) {
                    safeReload(changed);
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException stop) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            LOG.error("Stopped following vault edits after an unexpected error; restart Commis to follow them again", e);
        }
    }

    /**
     * Reloads, surviving anything the reload throws (even running out of memory on a huge file):
     * one failed reload must not stop the following ones; the vault keeps its snapshot.
     */
    @SuppressWarnings("PMD.AvoidCatchingThrowable")
    private void safeReload(Set<String> changed) {
        try {
            reload(changed);
        } catch (Throwable e) {
            LOG.error("Reloading the vault failed ({}); the recipes loaded before stay in use, and later edits are"
                    + " still followed", e.toString(), e);
        }
    }

    /** After the vault folder was deleted, follows it again once a folder is back at its place. */
    private void followRootAgainIfBack() {
        if (folders.containsValue(root) || !Files.isDirectory(root)) {
            return;
        }
        LOG.info("Vault folder {} is back; following its edits again", root);
        registerTree(root);
        safeReload(Set.of(""));
    }

    private void reload(Set<String> changed) {
        long start = System.nanoTime();
        VaultSnapshot snapshot = vault.reload(changed);
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        LOG.info("Vault reloaded: {} path(s) changed, {} recipes ({} ms)", changed.size(), snapshot.recipes().size(), millis);
        for (Problem problem : snapshot.problems()) {
            if (changed.contains(problem.file())) {
                LOG.warn("{} {}", problem.isError() ? "Error in" : "Warning for", problem);
            }
        }
    }

    private void collect(WatchKey key, Set<String> changed) {
        Path folder = folders.get(key);
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == OVERFLOW || folder == null) {
                changed.add(""); // events were lost: re-read the whole vault
                continue;
            }
            Path child = folder.resolve((Path) event.context());
            String path = VaultScanner.relative(root, child);
            boolean isFolder = Files.isDirectory(child);
            if (isFolder && event.kind() == ENTRY_MODIFY) {
                continue; // the files inside report their own changes
            }
            changed.add(path); // a folder created or moved in stands for every file below it
            if (isFolder && event.kind() == ENTRY_CREATE && scanner.isFolderToRead(path)) {
                registerTree(child);
            }
        }
        if (!key.reset()) {
            folders.remove(key);
        }
    }

    private void registerTree(Path top) {
        try {
            Files.walkFileTree(top, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                    if (!dir.equals(root) && !scanner.isFolderToRead(VaultScanner.relative(root, dir))) {
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    folders.put(dir.register(service, ENTRY_CREATE, ENTRY_MODIFY, ENTRY_DELETE), dir);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            LOG.warn("Cannot follow edits in {}: {}", top, e.getMessage());
        }
    }

    /** Stops following edits; the vault keeps its current snapshot. */
    @Override
    public void close() {
        thread.interrupt();
        try {
            service.close();
            thread.join(TimeUnit.SECONDS.toMillis(2));
        } catch (IOException e) {
            LOG.debug("Closing the watch service failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
