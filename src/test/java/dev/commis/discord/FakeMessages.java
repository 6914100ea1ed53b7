package dev.commis.discord;

import static dev.commis.discord.FakeDiscord.LOADING;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.commis.discord.FakeDiscord.Message;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The messages the bot has posted, in the order posted, as they stand after edits and deletions, for callers that
 * hold the fake's lock (its {@link FakeDiscordLog}).
 */
final class FakeMessages {

    private final Map<String, ObjectNode> messages = new LinkedHashMap<>();

    /** Keeps {@code message} (the object itself, which edits change) under its id. */
    void put(ObjectNode message) {
        messages.put(message.path("id").asText(), message);
    }

    /** The message as it stands, or null when the bot has none with that id. */
    ObjectNode get(String messageId) {
        return messages.get(messageId);
    }

    void remove(String messageId) {
        messages.remove(messageId);
    }

    /** The id of the newest message in {@code channelId} that carries a button {@code customId}. */
    String newestCarrying(long channelId, String customId) {
        List<ObjectNode> carrying = messages.values().stream()
                .filter(message -> message.path("channel_id").asLong() == channelId)
                .filter(message -> FakePayloads.rows(message.path("components")).stream()
                        .flatMap(List::stream).anyMatch(button -> customId.equals(button.customId())))
                .toList();
        if (carrying.isEmpty()) {
            throw new IllegalStateException("no message the bot sent to channel " + channelId
                    + " carries a button " + customId + "; messages: " + messages.keySet());
        }
        return carrying.get(carrying.size() - 1).path("id").asText();
    }

    /** The message as a test reads it. */
    Optional<Message> shown(String messageId) {
        return Optional.ofNullable(messages.get(messageId)).map(FakeMessages::shown);
    }

    /** Applies the fields an edit gives to {@code message}; a deferred (loading) message stops loading. */
    static ObjectNode edit(ObjectNode message, JsonNode data, Instant at) {
        if (data.hasNonNull("content")) {
            message.put("content", data.get("content").asText());
        }
        if (data.hasNonNull("embeds")) {
            message.set("embeds", FakeDiscordObjects.embedsAsShown(data.get("embeds")));
        }
        if (data.hasNonNull("components")) {
            message.set("components", data.get("components").deepCopy());
        }
        int flags = message.path("flags").asInt(0);
        if ((flags & LOADING) != 0) {
            message.put("flags", flags & ~LOADING);
        } else {
            message.put("edited_timestamp", FakeDiscordObjects.timestamp(at));
        }
        return message;
    }

    private static Message shown(ObjectNode message) {
        return new Message(message.path("id").asText(), message.path("channel_id").asLong(),
                message.path("content").asText(""), FakePayloads.embeds(message.path("embeds")),
                FakePayloads.rows(message.path("components")), message.path("flags").asInt(0),
                !message.path("edited_timestamp").isNull());
    }
}
