package dev.commis.store;

/** The store cannot be opened, read or written; the message says which file and why. */
public final class StoreException extends Exception {

    private static final long serialVersionUID = 1L;

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
