package dev.commis.chat;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.commis.search.RecipeIndex;
import dev.commis.text.Folding;
import dev.commis.vault.Recipe;
import dev.commis.vault.VaultSnapshot;
import java.util.List;
import java.util.function.Supplier;

/**
 * The recipes as the chat sees them: the index of the current vault snapshot, built once per
 * snapshot, and the answers to recent lookups, cached per snapshot so that an edit to the vault
 * never serves a stale answer.
 */
public final class Library {

    /** One snapshot's index and caches; replaced whole when the vault changes. */
    private record Current(VaultSnapshot snapshot, RecipeIndex index,
            Cache<String, RecipeIndex.Match> finds, Cache<String, List<Recipe>> searches) {

        static Current of(VaultSnapshot snapshot) {
            return new Current(snapshot, RecipeIndex.of(snapshot),
                    Caffeine.newBuilder().maximumSize(2_000).build(),
                    Caffeine.newBuilder().maximumSize(500).build());
        }
    }

    private final Supplier<VaultSnapshot> snapshots;
    private volatile Current current;

    /** @param snapshots gives the vault's current snapshot (a {@code Vault}'s, or a fixed one) */
    public Library(Supplier<VaultSnapshot> snapshots) {
        this.snapshots = snapshots;
        this.current = Current.of(snapshots.get());
    }

    /** Builds the index of the latest snapshot now, so that the next request finds it ready. */
    public void refresh() {
        current();
    }

    private Current current() {
        Current now = current;
        VaultSnapshot latest = snapshots.get();
        if (now.snapshot() != latest) {
            synchronized (this) {
                now = current;
                if (now.snapshot() != latest) {
                    now = Current.of(latest);
                    current = now;
                }
            }
        }
        return now;
    }

    public VaultSnapshot snapshot() {
        return current().snapshot();
    }

    public RecipeIndex index() {
        return current().index();
    }

    /** {@link RecipeIndex#find}, cached. */
    public RecipeIndex.Match find(String name) {
        Current now = current();
        return now.finds().get(Folding.fold(name).strip(), key -> now.index().find(name));
    }

    /** {@link RecipeIndex#search}, cached. */
    public List<Recipe> search(String words) {
        Current now = current();
        return now.searches().get(Folding.fold(words).strip(), key -> now.index().search(words));
    }
}
