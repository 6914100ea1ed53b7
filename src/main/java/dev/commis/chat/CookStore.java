package dev.commis.chat;

import dev.commis.events.ChatEvents;
import dev.commis.store.Database;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The cook in progress in each chat (one at a time), kept in the store so that it survives a restart. Every
 * change is published to its {@link ChatEvents} (started, moved, stopped).
 */
public final class CookStore {

    /** A chat's cook: which recipe, for how many, at which step (from 0), started by whom. */
    public record Cook(String recipe, OptionalInt servings, int step, String user) {
    }

    private final Database database;
    private final ChatEvents events;

    /** A store whose changes nobody listens to. */
    public CookStore(Database database) {
        this(database, new ChatEvents());
    }

    public CookStore(Database database, ChatEvents events) {
        this.database = database;
        this.events = events;
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
        Optional<Cook> before = get(chat);
        database.update("INSERT INTO cooks (chat, recipe, servings, step, user) VALUES (?, ?, ?, ?, ?) ON CONFLICT(chat)"
                        + " DO UPDATE SET recipe = excluded.recipe, servings = excluded.servings, step = excluded.step,"
                        + " user = excluded.user",
                chat, cook.recipe(), cook.servings().isPresent() ? cook.servings().getAsInt() : null, cook.step(), cook.user());
        boolean same = before.isPresent() && before.get().recipe().equals(cook.recipe());
        events.publish(chat, same ? ChatEvents.Kind.COOK_MOVED : ChatEvents.Kind.COOK_STARTED);
    }

    /** Ends the chat's cook; whether there was one. */
    public boolean remove(String chat) {
        boolean removed = database.update("DELETE FROM cooks WHERE chat = ?", chat) > 0;
        if (removed) {
            events.publish(chat, ChatEvents.Kind.COOK_STOPPED);
        }
        return removed;
    }
}
