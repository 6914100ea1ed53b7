package dev.commis.importer;

import dev.commis.vault.Recipe;
import java.util.Objects;

/**
 * What became of one link: saved as a new file, already in the vault, or failed.
 *
 * @param url    the link as given
 * @param status which of the three
 * @param file   the vault-relative path of the new or existing file; "" when it failed
 * @param recipe the saved recipe as Commis reads it back (null unless saved)
 * @param error  why it failed (null unless failed)
 */
public record ImportOutcome(String url, Status status, String file, Recipe recipe, ImportException error) {

    /** Saved, already there, or failed. */
    public enum Status { SAVED, ALREADY_THERE, FAILED }

    public ImportOutcome {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(status, "status");
        file = file == null ? "" : file;
    }

    static ImportOutcome saved(String url, String file, Recipe recipe) {
        return new ImportOutcome(url, Status.SAVED, file, recipe, null);
    }

    static ImportOutcome alreadyThere(String url, String file) {
        return new ImportOutcome(url, Status.ALREADY_THERE, file, null, null);
    }

    static ImportOutcome failed(String url, ImportException error) {
        return new ImportOutcome(url, Status.FAILED, "", null, error);
    }

    /** The saved recipe's title, or "". */
    public String title() {
        return recipe == null ? "" : recipe.title();
    }
}
