package dev.commis.chat;

import dev.commis.store.Database;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;

/**
 * Each chat's kitchen screen token, kept in the store so that a link survives a restart: 24 random
 * bytes from a {@link SecureRandom} (192 bits, unguessable), written in URL-safe base64. A chat has
 * at most one token; revoking it makes its link a 404, and the next link is a new token.
 */
public final class ScreenTokens {

    private static final int BYTES = 24;
    /** What a token looks like: anything else is not looked up. */
    private static final java.util.regex.Pattern SHAPE = java.util.regex.Pattern.compile("[A-Za-z0-9_-]{32}");

    private final Database database;
    private final SecureRandom random;

    public ScreenTokens(Database database, SecureRandom random) {
        this.database = database;
        this.random = random;
    }

    /** The chat's token, made now when it has none. */
    public synchronized String tokenFor(String chat) {
        Optional<String> kept = tokenOf(chat);
        if (kept.isPresent()) {
            return kept.get();
        }
        byte[] bytes = new byte[BYTES];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        database.update("INSERT INTO screens (chat, token) VALUES (?, ?)", chat, token);
        return token;
    }

    /** The chat's token, if it has one. */
    public Optional<String> tokenOf(String chat) {
        return database.query("SELECT token FROM screens WHERE chat = ?", row -> row.getString(1), chat).stream().findFirst();
    }

    /** The chat whose token is {@code token}; empty for a token of the wrong shape, revoked or never made. */
    public Optional<String> chatOf(String token) {
        if (token == null || !SHAPE.matcher(token).matches()) {
            return Optional.empty();
        }
        return database.query("SELECT chat FROM screens WHERE token = ?", row -> row.getString(1), token).stream().findFirst();
    }

    /** Forgets the chat's token; whether it had one. */
    public synchronized boolean revoke(String chat) {
        return database.update("DELETE FROM screens WHERE chat = ?", chat) > 0;
    }
}
