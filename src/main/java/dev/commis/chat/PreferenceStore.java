package dev.commis.chat;

import dev.commis.kitchen.UnitSystem;
import dev.commis.store.Database;
import dev.commis.text.Language;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/** Each chat's preferences, kept in the embedded store so that they survive a restart. */
public final class PreferenceStore {

    private final Database database;

    public PreferenceStore(Database database) {
        this.database = database;
    }

    /** The chat's preferences, or {@link ChatPreferences#NONE}. */
    public ChatPreferences get(String chat) {
        Connection connection = database.connection();
        synchronized (connection) {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT lang, units FROM chat_preferences WHERE chat = ?")) {
                select.setString(1, chat);
                try (ResultSet row = select.executeQuery()) {
                    if (!row.next()) {
                        return ChatPreferences.NONE;
                    }
                    Optional<Language> lang = Optional.ofNullable(row.getString(1)).flatMap(Language::fromCode);
                    UnitSystem units = parseUnits(row.getString(2));
                    return new ChatPreferences(lang, units);
                }
            } catch (SQLException e) {
                throw new IllegalStateException("cannot read preferences of chat " + chat + ": " + e.getMessage(), e);
            }
        }
    }

    /** Saves the chat's preferences; durable when this returns. */
    public void put(String chat, ChatPreferences preferences) {
        Connection connection = database.connection();
        synchronized (connection) {
            try (PreparedStatement upsert = connection.prepareStatement(
                    "INSERT INTO chat_preferences (chat, lang, units) VALUES (?, ?, ?) "
                            + "ON CONFLICT(chat) DO UPDATE SET lang = excluded.lang, units = excluded.units")) {
                upsert.setString(1, chat);
                upsert.setString(2, preferences.lang().map(Language::code).orElse(null));
                upsert.setString(3, preferences.units().name());
                upsert.executeUpdate();
            } catch (SQLException e) {
                throw new IllegalStateException("cannot save preferences of chat " + chat + ": " + e.getMessage(), e);
            }
        }
    }

    private static UnitSystem parseUnits(String name) {
        if (name == null) {
            return UnitSystem.AS_WRITTEN;
        }
        try {
            return UnitSystem.valueOf(name);
        } catch (IllegalArgumentException e) {
            return UnitSystem.AS_WRITTEN;
        }
    }
}
