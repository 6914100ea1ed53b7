package dev.commis.chat;

import dev.commis.store.Database;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
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

    public Optional<Cook> get(String chat) {
        Connection connection = database.connection();
        synchronized (connection) {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT recipe, servings, step, user FROM cooks WHERE chat = ?")) {
                select.setString(1, chat);
                try (ResultSet row = select.executeQuery()) {
                    if (!row.next()) {
                        return Optional.empty();
                    }
                    int servings = row.getInt(2);
                    return Optional.of(new Cook(row.getString(1), row.wasNull() ? OptionalInt.empty() : OptionalInt.of(servings),
                            row.getInt(3), row.getString(4)));
                }
            } catch (SQLException e) {
                throw new IllegalStateException("cannot read the cook of chat " + chat + ": " + e.getMessage(), e);
            }
        }
    }

    public void put(String chat, Cook cook) {
        Connection connection = database.connection();
        synchronized (connection) {
            try (PreparedStatement upsert = connection.prepareStatement(
                    "INSERT INTO cooks (chat, recipe, servings, step, user) VALUES (?, ?, ?, ?, ?) ON CONFLICT(chat) DO UPDATE"
                            + " SET recipe = excluded.recipe, servings = excluded.servings, step = excluded.step, user = excluded.user")) {
                upsert.setString(1, chat);
                upsert.setString(2, cook.recipe());
                if (cook.servings().isPresent()) {
                    upsert.setInt(3, cook.servings().getAsInt());
                } else {
                    upsert.setNull(3, java.sql.Types.INTEGER);
                }
                upsert.setInt(4, cook.step());
                upsert.setString(5, cook.user());
                upsert.executeUpdate();
            } catch (SQLException e) {
                throw new IllegalStateException("cannot save the cook of chat " + chat + ": " + e.getMessage(), e);
            }
        }
    }

    /** Ends the chat's cook; whether there was one. */
    public boolean remove(String chat) {
        Connection connection = database.connection();
        synchronized (connection) {
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM cooks WHERE chat = ?")) {
                delete.setString(1, chat);
                return delete.executeUpdate() > 0;
            } catch (SQLException e) {
                throw new IllegalStateException("cannot end the cook of chat " + chat + ": " + e.getMessage(), e);
            }
        }
    }
}
