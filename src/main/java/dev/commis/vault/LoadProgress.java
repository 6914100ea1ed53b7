package dev.commis.vault;

/** Told how far a vault load has got; called from the loading threads, so it must be thread-safe. */
@FunctionalInterface
public interface LoadProgress {

    /** Reports nothing. */
    LoadProgress NONE = (done, total) -> { };

    /** {@code done} of {@code total} files have been read. */
    void progress(int done, int total);
}
