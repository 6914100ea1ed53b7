package dev.commis.chat;

import dev.commis.events.ChatEvents;
import dev.commis.store.Database;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The cook in progress in each chat, kept in the store so that it survives a restart: one at a
 * time, either one recipe ({@link Cook}) or several cooked together ({@link Joint}); putting one
 * ends the other. Every change of a one-recipe cook is published to its {@link ChatEvents}
 * (started, moved, stopped), for the kitchen screen.
 */
public final class CookStore {

    /** A chat's cook: which recipe, for how many, at which step (from 0), started by whom. */
    public record Cook(String recipe, OptionalInt servings, int step, String user) {
    }

    /** A chat's joint cook: its recipes' ids in the order planned, when everything is ready, started by whom. */
    public record Joint(List<String> recipes, Instant ready, String user) {

        public Joint {
            recipes = List.copyOf(recipes);
        }
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

    /** Sets the chat's cook, ending its joint cook if any. */
    public void put(String chat, Cook cook) {
        database.update("DELETE FROM joint_cooks WHERE chat = ?", chat);
        Optional<Cook> before = get(chat);
        database.update("INSERT INTO cooks (chat, recipe, servings, step, user) VALUES (?, ?, ?, ?, ?) ON CONFLICT(chat)"
                        + " DO UPDATE SET recipe = excluded.recipe, servings = excluded.servings, step = excluded.step,"
                        + " user = excluded.user",
                chat, cook.recipe(), cook.servings().isPresent() ? cook.servings().getAsInt() : null, cook.step(), cook.user());
        boolean same = before.isPresent() && before.get().recipe().equals(cook.recipe());
        events.publish(chat, same ? ChatEvents.Kind.COOK_MOVED : ChatEvents.Kind.COOK_STARTED);
    }

    public Optional<Joint> joint(String chat) {
        return database.query("SELECT recipes, ready_at, user FROM joint_cooks WHERE chat = ?",
                row -> new Joint(List.of(row.getString(1).split("\n")), Instant.ofEpochMilli(row.getLong(2)), row.getString(3)),
                chat).stream().findFirst();
    }

    /** Sets the chat's joint cook, ending its one-recipe cook if any. */
    public void putJoint(String chat, Joint joint) {
        if (database.update("DELETE FROM cooks WHERE chat = ?", chat) > 0) {
            events.publish(chat, ChatEvents.Kind.COOK_STOPPED);
        }
        database.update("INSERT INTO joint_cooks (chat, recipes, ready_at, user) VALUES (?, ?, ?, ?) ON CONFLICT(chat)"
                        + " DO UPDATE SET recipes = excluded.recipes, ready_at = excluded.ready_at, user = excluded.user",
                chat, String.join("\n", joint.recipes()), joint.ready().toEpochMilli(), joint.user());
    }

    /** Ends the chat's cook, of one recipe or joint; whether there was one. */
    public boolean remove(String chat) {
        int joint = database.update("DELETE FROM joint_cooks WHERE chat = ?", chat);
        boolean removed = database.update("DELETE FROM cooks WHERE chat = ?", chat) > 0;
        if (removed) {
            events.publish(chat, ChatEvents.Kind.COOK_STOPPED);
        }
        return removed || joint > 0;
    }
}
