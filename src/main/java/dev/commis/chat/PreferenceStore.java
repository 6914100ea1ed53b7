package dev.commis.chat;

import dev.commis.kitchen.UnitSystem;
import dev.commis.store.Database;
import dev.commis.text.Language;
import java.util.Optional;

/** Each chat's preferences, kept in the embedded store so that they survive a restart. */
public final class PreferenceStore {

    private final Database database;

    public PreferenceStore(Database database) {
        this.database = database;
    }

    /** The chat's preferences, or {@link ChatPreferences#NONE}. */
    public ChatPreferences get(String chat) {
        return database.query("SELECT lang, units FROM chat_preferences WHERE chat = ?",
                        row -> new ChatPreferences(Optional.ofNullable(row.getString(1)).flatMap(Language::fromCode),
                                parseUnits(row.getString(2))),
                        chat)
                .stream().findFirst().orElse(ChatPreferences.NONE);
    }

    /** Saves the chat's preferences; durable when this returns. */
    public void put(String chat, ChatPreferences preferences) {
        database.update("INSERT INTO chat_preferences (chat, lang, units) VALUES (?, ?, ?) "
                        + "ON CONFLICT(chat) DO UPDATE SET lang = excluded.lang, units = excluded.units",
                chat, preferences.lang().map(Language::code).orElse(null), preferences.units().name());
    }

    private static UnitSystem parseUnits(String name) {
        try {
            return name == null ? UnitSystem.AS_WRITTEN : UnitSystem.valueOf(name);
        } catch (IllegalArgumentException e) {
            return UnitSystem.AS_WRITTEN; // a value from a newer or older Commis: show quantities as written
        }
    }
}
