package dev.commis.discord;

import static dev.commis.discord.FakeDiscord.DM_CHANNEL_ID;
import static dev.commis.discord.FakeDiscord.GUILD_ID;
import static dev.commis.discord.FakeDiscord.TEXT_CHANNEL_ID;
import static dev.commis.discord.FakeDiscord.USER_ID;
import static dev.commis.discord.FakeDiscord.USER_NAME;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.commis.discord.FakeDiscord.ChannelMessage;
import dev.commis.discord.FakeDiscord.From;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * The channels the bot may post to (the guild's text channel and one DM channel per user, lea's from the start),
 * opened with {@code POST users/@me/channels}, posted to with {@code POST channels/{id}/messages} and their messages
 * edited with {@code PATCH channels/{id}/messages/{id}}, by callers that hold the fake's lock (its
 * {@link FakeDiscordLog}).
 */
final class FakeChannels {

    private final FakeSnowflakes ids;
    private final FakeMessages messages;
    private final FakeDiscordLog log;
    private final Map<Long, ObjectNode> dmChannels = new HashMap<>();

    FakeChannels(FakeSnowflakes ids, FakeMessages messages, FakeDiscordLog log) {
        this.ids = ids;
        this.messages = messages;
        this.log = log;
        dmChannels.put(USER_ID, FakeDiscordObjects.dmChannel(DM_CHANNEL_ID,
                FakeDiscordObjects.user(USER_ID, USER_NAME)));
    }

    /** Remembers the DM channel a user outside the guild acts in, unless the user has one already. */
    void meet(From from) {
        if (!from.inGuild()) {
            dmChannels.putIfAbsent(from.userId(), FakeDiscordObjects.dmChannel(from.channelId(),
                    FakeDiscordObjects.user(from.userId(), from.username())));
        }
    }

    /** A user the bot can reach in a DM ({@code GET users/{id}}); else {@code 404 Unknown User}. */
    ObjectNode user(long userId) {
        ObjectNode channel = dmChannels.get(userId);
        if (channel == null) {
            throw FakeRefusal.of(404, FakeRefusal.UNKNOWN_USER, "Unknown User");
        }
        return (ObjectNode) channel.path("recipients").get(0).deepCopy();
    }

    /** The DM channel with {@code recipient_id}, opened if need be. */
    ObjectNode openDm(JsonNode body) {
        long recipient = FakeSnowflakes.parse(body.path("recipient_id").asText(""));
        ObjectNode channel = dmChannels.computeIfAbsent(recipient, userId -> FakeDiscordObjects.dmChannel(
                ids.nextId(), FakeDiscordObjects.user(userId, "user" + userId)));
        return channel.deepCopy();
    }

    /** Posts the message in the body to the channel of the route; refuses an unknown channel and a bad message. */
    ObjectNode post(FakeRestRequest rest, Instant at) {
        long channelId = FakeSnowflakes.parse(rest.segment(1));
        boolean dm = dmChannels.values().stream().anyMatch(channel -> channel.path("id").asLong() == channelId);
        if (channelId != TEXT_CHANNEL_ID && !dm) {
            throw FakeRefusal.unknownChannel();
        }
        JsonNode body = rest.body();
        FakeFormErrors errors = new FakeFormErrors();
        FakeMessageRules.message(body, true, errors);
        errors.throwIfAny();
        ObjectNode message = FakeDiscordObjects.botMessage(ids.nextId(), channelId, dm ? null : GUILD_ID, body, at,
                false);
        messages.put(message);
        log.channelMessage(new ChannelMessage(channelId, message.path("id").asText(),
                FakePayloads.text(body, "content"), FakePayloads.embeds(body.path("embeds")),
                FakePayloads.rows(body.path("components")), at));
        return message.deepCopy();
    }

    /**
     * Edits the bot's message of the route (any of them, interaction answers too, as Discord lets a bot edit what it
     * wrote) with the body's fields; refuses an unknown channel, a message that is not in it or is gone
     * ({@code 404 Unknown Message}) and a bad message.
     */
    ObjectNode edit(FakeRestRequest rest, Instant at) {
        long channelId = FakeSnowflakes.parse(rest.segment(1));
        boolean dm = dmChannels.values().stream().anyMatch(channel -> channel.path("id").asLong() == channelId);
        if (channelId != TEXT_CHANNEL_ID && !dm) {
            throw FakeRefusal.unknownChannel();
        }
        ObjectNode message = messages.get(rest.segment(3));
        if (message == null || message.path("channel_id").asLong() != channelId) {
            throw FakeRefusal.unknownMessage();
        }
        JsonNode body = rest.body();
        FakeFormErrors errors = new FakeFormErrors();
        FakeMessageRules.message(body, false, errors);
        errors.throwIfAny();
        FakeMessages.edit(message, body, at);
        log.channelEdit(new ChannelMessage(channelId, rest.segment(3), FakePayloads.text(body, "content"),
                FakePayloads.embeds(body.path("embeds")), FakePayloads.rows(body.path("components")), at));
        return message.deepCopy();
    }
}
