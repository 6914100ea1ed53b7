package dev.commis.vault;

import java.io.IOException;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The vault as the running bot sees it: the current {@link VaultSnapshot}, swapped atomically
 * when files change, so that a reader always sees one whole snapshot. A vault folder that can no
 * longer be read keeps the last good snapshot: when the folder itself is gone, the one from before
 * its files began to disappear, since a folder being deleted loses its files over several reloads
 * before it goes.
 */
public final class Vault {

    private static final Logger LOG = LoggerFactory.getLogger(Vault.class);

    private final VaultLoader loader;
    private final AtomicReference<VaultSnapshot> current;
    private final List<Consumer<VaultSnapshot>> listeners = new CopyOnWriteArrayList<>();
    /** The snapshot before the current run of reloads that only removed files; null when the last reload added or changed any. */
    private VaultSnapshot beforeRemovals;

    public Vault(VaultLoader loader, VaultSnapshot initial) {
        this.loader = Objects.requireNonNull(loader, "loader");
        this.current = new AtomicReference<>(Objects.requireNonNull(initial, "initial"));
    }

    public VaultSnapshot snapshot() {
        return current.get();
    }

    /** {@code listener} is told of every new snapshot, on the thread that made it. */
    public void onChange(Consumer<VaultSnapshot> listener) {
        listeners.add(listener);
    }

    /** Re-reads {@code changed} paths (relative to the vault) and swaps in the new snapshot. */
    public synchronized VaultSnapshot reload(Set<String> changed) {
        VaultSnapshot previous = current.get();
        VaultSnapshot next;
        try {
            next = loader.update(previous, changed);
        } catch (IOException e) {
            VaultSnapshot kept = beforeRemovals != null ? beforeRemovals : previous;
            LOG.warn("Vault folder {} cannot be read ({}); keeping the {} recipes loaded before its files began to disappear",
                    previous.root(), e.toString(), kept.recipes().size());
            if (kept != previous) {
                swap(kept);
            }
            return kept;
        }
        boolean onlyRemoved = next.fileCount() < previous.fileCount()
                && previous.files().keySet().containsAll(next.files().keySet());
        if (!onlyRemoved) {
            beforeRemovals = null;
        } else if (beforeRemovals == null) {
            beforeRemovals = previous;
        }
        swap(next);
        return next;
    }

    private void swap(VaultSnapshot next) {
        current.set(next);
        for (Consumer<VaultSnapshot> listener : listeners) {
            try {
                listener.accept(next);
            } catch (RuntimeException e) {
                LOG.warn("A vault listener failed on reload", e);
            }
        }
    }
}
