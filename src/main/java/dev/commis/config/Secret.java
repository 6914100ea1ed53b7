package dev.commis.config;

import java.util.Objects;

/**
 * A secret such as a bot token: its text is only given by {@link #reveal()}, and
 * {@link #toString()} never shows it, so a secret cannot slip into a log line or a message.
 */
public final class Secret {

    private final String value;

    public Secret(String value) {
        this.value = Objects.requireNonNull(value, "value");
    }

    /** The secret's text, for the one place that must send it (the platform client). */
    public String reveal() {
        return value;
    }

    @Override
    public String toString() {
        return "********";
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Secret secret && secret.value.equals(value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }
}
