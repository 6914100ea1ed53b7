package dev.commis.discord;

import static dev.commis.discord.FakeDiscord.APPLICATION_COMMAND;
import static dev.commis.discord.FakeDiscord.APPLICATION_ID;
import static dev.commis.discord.FakeDiscord.AUTOCOMPLETE;
import static dev.commis.discord.FakeDiscord.GUILD_ID;
import static dev.commis.discord.FakeDiscord.MESSAGE_COMPONENT;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.commis.discord.FakeDiscord.From;
import dev.commis.discord.FakeDiscord.Interaction;
import java.time.Clock;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What users do, dispatched as {@code INTERACTION_CREATE} on the newest identified gateway session, shaped as
 * Discord sends it: slash commands (with the registered command's id when there is one), autocomplete, and
 * presses on the buttons of the bot's messages.
 */
final class FakeUsers {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final FakeDiscordLog log;
    private final Clock clock;
    private final FakeSnowflakes ids;
    private final FakeGatewayHost gateways;
    private final FakeInteractions interactions;
    private final FakeChannels channels;
    private final FakeCommands commands;
    private final FakeMessages messages;

    FakeUsers(FakeDiscordLog log, Clock clock, FakeSnowflakes ids, FakeGatewayHost gateways,
            FakeInteractions interactions, FakeChannels channels, FakeCommands commands, FakeMessages messages) {
        this.log = log;
        this.clock = clock;
        this.ids = ids;
        this.gateways = gateways;
        this.interactions = interactions;
        this.channels = channels;
        this.commands = commands;
        this.messages = messages;
    }

    /** Type 2 for {@code command} (subcommands after a space), with options typed by their Java values. */
    Interaction slashCommand(From from, String command, Map<String, ?> options) {
        ArrayNode given = JSON.arrayNode();
        options.forEach((name, value) -> given.add(option(name, value)));
        return dispatch(APPLICATION_COMMAND, from, commandData(from, command, given), null);
    }

    /** Type 4, with {@code focusedOption} focused on the partial value {@code typed}. */
    Interaction autocomplete(From from, String command, String focusedOption, String typed,
            Map<String, ?> otherOptions) {
        ArrayNode given = JSON.arrayNode();
        otherOptions.forEach((name, value) -> given.add(option(name, value)));
        given.add(JSON.objectNode().put("type", 3).put("name", focusedOption).put("value", typed)
                .put("focused", true));
        return dispatch(AUTOCOMPLETE, from, commandData(from, command, given), null);
    }

    /** Type 3 on the newest message the bot sent to {@code from}'s channel with a button {@code customId}. */
    Interaction button(From from, String customId) {
        String messageId;
        synchronized (log) {
            messageId = messages.newestCarrying(from.channelId(), customId);
        }
        return button(from, messageId, customId);
    }

    /** Type 3, component_type 2, on message {@code messageId}. */
    Interaction button(From from, String messageId, String customId) {
        ObjectNode message;
        synchronized (log) {
            ObjectNode known = messages.get(messageId);
            if (known == null) {
                throw new IllegalStateException("the bot sent no message " + messageId);
            }
            message = known.deepCopy();
        }
        ObjectNode data = JSON.objectNode().put("custom_id", customId).put("component_type",
                FakeMessageRules.BUTTON);
        return dispatch(MESSAGE_COMPONENT, from, data, message);
    }

    private Interaction dispatch(int type, From from, ObjectNode data, ObjectNode sourceMessage) {
        FakeGateway gateway;
        Interaction interaction;
        ObjectNode payload;
        synchronized (log) {
            gateway = gateways.identified().orElseThrow(() -> new IllegalStateException(
                    "no identified gateway session: start JDA and await ready first"));
            String sourceId = sourceMessage == null ? null : sourceMessage.path("id").asText();
            interaction = interactions.open(type, from, sourceId, clock.instant());
            channels.meet(from);
            payload = interactionPayload(interaction, data, sourceMessage);
        }
        gateway.dispatch("INTERACTION_CREATE", payload);
        return interaction;
    }

    private static ObjectNode interactionPayload(Interaction interaction, ObjectNode data, ObjectNode sourceMessage) {
        From from = interaction.from();
        long permissions = FakeDiscordObjects.EVERYONE_PERMISSIONS;
        ObjectNode payload = JSON.objectNode()
                .put("id", interaction.id())
                .put("application_id", FakeDiscordObjects.id(APPLICATION_ID))
                .put("type", interaction.type())
                .put("token", interaction.token())
                .put("version", 1)
                .put("locale", from.locale())
                .put("channel_id", FakeDiscordObjects.id(from.channelId()))
                .put("app_permissions", Long.toString(permissions))
                .put("attachment_size_limit", 10_485_760)
                .put("context", from.inGuild() ? 0 : 1);
        payload.putArray("entitlements");
        // Installed to the guild; in a bot DM, Discord gives the guild-install owner as "0".
        payload.putObject("authorizing_integration_owners")
                .put("0", from.inGuild() ? FakeDiscordObjects.id(GUILD_ID) : "0");
        ObjectNode user = FakeDiscordObjects.user(from.userId(), from.username());
        if (from.inGuild()) {
            payload.put("guild_id", FakeDiscordObjects.id(GUILD_ID)).put("guild_locale", "fr");
            payload.putObject("guild").put("id", FakeDiscordObjects.id(GUILD_ID)).put("locale", "fr")
                    .putArray("features");
            payload.set("channel", FakeDiscordObjects.textChannel().put("permissions", Long.toString(permissions)));
            payload.set("member", FakeDiscordObjects.member(user, -1).put("permissions", Long.toString(permissions)));
        } else {
            payload.set("channel", FakeDiscordObjects.interactionDmChannel(from.channelId()));
            payload.set("user", user);
        }
        payload.set("data", data);
        if (sourceMessage != null) {
            payload.set("message", sourceMessage);
        }
        return payload;
    }

    /** The {@code data} of a command or autocomplete interaction; subcommands nest the options. */
    private ObjectNode commandData(From from, String command, ArrayNode options) {
        String[] words = command.trim().split("\\s+");
        ArrayNode nested = options;
        for (int i = words.length - 1; i >= 1; i--) {
            ObjectNode sub = JSON.objectNode().put("type", i == words.length - 1 ? 1 : 2).put("name", words[i]);
            sub.set("options", nested);
            nested = JSON.arrayNode().add(sub);
        }
        ObjectNode data = JSON.objectNode().put("type", 1).put("name", words[0]);
        synchronized (log) {
            Optional<ObjectNode> registered = commands.find(from.inGuild(), words[0]);
            data.put("id", registered.map(found -> found.path("id").asText())
                    .orElseGet(() -> Long.toUnsignedString(ids.nextId())));
            registered.map(found -> found.path("guild_id").asText(null)).filter(Objects::nonNull)
                    .ifPresent(guildId -> data.put("guild_id", guildId));
        }
        data.set("options", nested);
        return data;
    }

    private static ObjectNode option(String name, Object value) {
        ObjectNode option = JSON.objectNode().put("name", name);
        if (value instanceof Boolean flag) {
            option.put("type", 5).put("value", flag);
        } else if (value instanceof Integer || value instanceof Long) {
            option.put("type", 4).put("value", ((Number) value).longValue());
        } else if (value instanceof Double || value instanceof Float) {
            option.put("type", 10).put("value", ((Number) value).doubleValue());
        } else {
            option.put("type", 3).put("value", String.valueOf(value));
        }
        return option;
    }
}
