package dev.commis.chat;

import dev.commis.store.Database;
import java.util.Optional;
import java.util.OptionalInt;

/** The cook in progress in each chat (one at a time), kept in the store so that it survives a restart. */
public final class CookStore {

    /** A chat's cook: which recipe, for how many, at which step (from 0), started by whom. */
    public record Cook(String recipe, OptionalInt servings, int step, String user) {
    }

    private final Database database;

    public CookStore(Database database) {
        this.database = database;
    }

    /** The store the cooks are kept in, which the other per-chat stores may share. */
    public Database database() {
        return database;
    }

    public Optional<Cook> get(String chat) {
        return database.query("SELECT recipe, servings, step, user FROM cooks WHERE chat = ?", row -> {
            // wasNull() speaks of the column read last: ask it right after the servings.
            int servings = row.getInt(2);
            OptionalInt asked = row.wasNull() ? OptionalInt.empty() : OptionalInt.of(servings);
            return new Cook(row.getString(1), asked, row.getInt(3), row.getString(4));
        }, chat).stream().findFirst();
    }

    public void put(String chat, Cook cook) {
        database.update("INSERT INTO cooks (chat, recipe, servings, step, user) VALUES (?, ?, ?, ?, ?) ON CONFLICT(chat)"
                        + " DO UPDATE SET recipe = excluded.recipe, servings = excluded.servings, step = excluded.step,"
                        + " user = excluded.user",
                chat, cook.recipe(), cook.servings().isPresent() ? cook.servings().getAsInt() : null, cook.step(), cook.user());
    }

    /** Ends the chat's cook; whether there was one. */
    public boolean remove(String chat) {
        return database.update("DELETE FROM cooks WHERE chat = ?", chat) > 0;
    }
}
