package dev.commis.config;

/** Settings that cannot be used, with a message naming the file, the key and the value (never a token's). */
public final class SettingsException extends Exception {

    private static final long serialVersionUID = 1L;

    public SettingsException(String message) {
        super(message);
    }
}
