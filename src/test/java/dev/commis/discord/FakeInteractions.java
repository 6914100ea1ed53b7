package dev.commis.discord;

import static dev.commis.discord.FakeDiscord.ACK_WINDOW;
import static dev.commis.discord.FakeDiscord.APPLICATION_COMMAND;
import static dev.commis.discord.FakeDiscord.APPLICATION_ID;
import static dev.commis.discord.FakeDiscord.AUTOCOMPLETE;
import static dev.commis.discord.FakeDiscord.AUTOCOMPLETE_RESULT;
import static dev.commis.discord.FakeDiscord.CHANNEL_MESSAGE;
import static dev.commis.discord.FakeDiscord.DEFERRED_CHANNEL_MESSAGE;
import static dev.commis.discord.FakeDiscord.DEFERRED_UPDATE_MESSAGE;
import static dev.commis.discord.FakeDiscord.EPHEMERAL;
import static dev.commis.discord.FakeDiscord.GUILD_ID;
import static dev.commis.discord.FakeDiscord.LOADING;
import static dev.commis.discord.FakeDiscord.MESSAGE_COMPONENT;
import static dev.commis.discord.FakeDiscord.MODAL;
import static dev.commis.discord.FakeDiscord.TOKEN_LIFETIME;
import static dev.commis.discord.FakeDiscord.UPDATE_MESSAGE;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.commis.discord.FakeDiscord.Callback;
import dev.commis.discord.FakeDiscord.From;
import dev.commis.discord.FakeDiscord.Interaction;
import dev.commis.discord.FakeDiscord.WebhookMessage;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import mockwebserver3.MockResponse;

/**
 * The interactions users started, and the bot's answers to them on Discord's clock: one callback
 * ({@code POST interactions/{id}/{token}/callback}) within {@link FakeDiscord#ACK_WINDOW}, then follow-ups and
 * edits on {@code webhooks/{app}/{token}} while the token is younger than {@link FakeDiscord#TOKEN_LIFETIME}.
 */
final class FakeInteractions {

    private static final Map<Integer, Set<Integer>> CALLBACKS_FOR = Map.of(
            APPLICATION_COMMAND, Set.of(CHANNEL_MESSAGE, DEFERRED_CHANNEL_MESSAGE, MODAL),
            MESSAGE_COMPONENT, Set.of(CHANNEL_MESSAGE, DEFERRED_CHANNEL_MESSAGE, DEFERRED_UPDATE_MESSAGE,
                    UPDATE_MESSAGE, MODAL),
            AUTOCOMPLETE, Set.of(AUTOCOMPLETE_RESULT));
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    /** The server's side of one interaction: who it came from, and how far the bot has answered. */
    private static final class Open {
        final String id;
        final String token;
        final int type;
        final From from;
        final Instant created;
        final String sourceMessageId;
        final Set<String> messageIds = new HashSet<>();
        boolean acknowledged;
        String originalMessageId;

        Open(String id, String token, int type, From from, Instant created, String sourceMessageId) {
            this.id = id;
            this.token = token;
            this.type = type;
            this.from = from;
            this.created = created;
            this.sourceMessageId = sourceMessageId;
        }
    }

    private final FakeDiscordLog log;
    private final FakeSnowflakes ids;
    private final FakeMessages messages;
    /** By token; guarded by {@code log}. */
    private final Map<String, Open> interactions = new HashMap<>();

    FakeInteractions(FakeDiscordLog log, FakeSnowflakes ids, FakeMessages messages) {
        this.log = log;
        this.ids = ids;
        this.messages = messages;
    }

    /** A new interaction of {@code type} from {@code from}, on {@code sourceMessageId} (null for a command). */
    Interaction open(int type, From from, String sourceMessageId, Instant created) {
        synchronized (log) {
            String id = Long.toUnsignedString(ids.nextId());
            String interactionToken = "aW50ZXJhY3Rpb246" + id + "OkZha2VDb21taXM";
            interactions.put(interactionToken, new Open(id, interactionToken, type, from, created, sourceMessageId));
            return new Interaction(id, interactionToken, type, from);
        }
    }

    /** The first answer to an interaction; with {@code ?with_response=true}, Discord's callback response. */
    MockResponse callback(FakeRestRequest rest, Instant at) {
        synchronized (log) {
            Open open = interactions.get(rest.segment(2));
            if (open == null || !open.id.equals(rest.segment(1))) {
                throw FakeRefusal.unknownInteraction();
            }
            if (open.acknowledged) {
                throw FakeRefusal.of(400, FakeRefusal.ALREADY_ACKNOWLEDGED,
                        "Interaction has already been acknowledged.");
            }
            if (at.isAfter(open.created.plus(ACK_WINDOW))) {
                throw FakeRefusal.unknownInteraction();
            }
            JsonNode body = rest.body();
            int type = body.path("type").asInt(-1);
            JsonNode data = body.path("data");
            FakeFormErrors errors = FakeFormErrors.under("data");
            if (!CALLBACKS_FOR.get(open.type).contains(type)) {
                FakeFormErrors wrong = new FakeFormErrors();
                wrong.add("INTERACTION_RESPONSE_TYPE_INVALID", "Value must be one of " + CALLBACKS_FOR.get(open.type)
                        + ".", "type");
                wrong.throwIfAny();
            }
            if (type == CHANNEL_MESSAGE) {
                FakeMessageRules.message(data, true, errors);
            } else if (type == UPDATE_MESSAGE) {
                FakeMessageRules.message(data, false, errors);
            } else if (type == AUTOCOMPLETE_RESULT) {
                FakeMessageRules.choices(data.path("choices"), errors);
            }
            errors.throwIfAny();
            ObjectNode shown = null;
            switch (type) {
                case CHANNEL_MESSAGE -> shown = newInteractionMessage(open, data, data.path("flags").asInt(0), at);
                case DEFERRED_CHANNEL_MESSAGE -> shown = newInteractionMessage(open, JSON.objectNode(),
                        LOADING | (data.path("flags").asInt(0) & EPHEMERAL), at);
                case DEFERRED_UPDATE_MESSAGE -> open.originalMessageId = open.sourceMessageId;
                case UPDATE_MESSAGE -> {
                    ObjectNode source = messages.get(open.sourceMessageId);
                    if (source == null) {
                        throw FakeRefusal.of(404, FakeRefusal.UNKNOWN_MESSAGE, "Unknown Message");
                    }
                    open.originalMessageId = open.sourceMessageId;
                    shown = FakeMessages.edit(source, data, at);
                }
                default -> {
                    // an autocomplete answer or a modal creates no message
                }
            }
            open.acknowledged = true;
            log.callback(new Callback(open.id, open.token, type, FakePayloads.text(data, "content"),
                    FakePayloads.embeds(data.path("embeds")), FakePayloads.rows(data.path("components")),
                    FakePayloads.choices(data.path("choices")), data.path("flags").asInt(0), at));
            if (!"true".equals(rest.query("with_response"))) {
                return noContent();
            }
            return ok(callbackResponse(open, type, shown));
        }
    }

    /** A follow-up ({@code POST}), or a read, edit or deletion of an interaction message ({@code …/messages/{id}}). */
    MockResponse webhook(FakeRestRequest rest, Instant at) {
        synchronized (log) {
            Open open = interactions.get(rest.segment(2));
            if (!rest.segment(1).equals(FakeDiscordObjects.id(APPLICATION_ID)) || open == null
                    || !open.acknowledged) {
                throw FakeRefusal.unknownWebhook();
            }
            if (at.isAfter(open.created.plus(TOKEN_LIFETIME))) {
                throw FakeRefusal.of(401, FakeRefusal.INVALID_WEBHOOK_TOKEN, "Invalid Webhook Token");
            }
            JsonNode body = rest.body();
            MockResponse response;
            if (rest.matches("POST", "webhooks", "*", "*")) {
                FakeFormErrors errors = new FakeFormErrors();
                FakeMessageRules.message(body, true, errors);
                errors.throwIfAny();
                ObjectNode message = newInteractionMessage(open, body, body.path("flags").asInt(0), at);
                log.followUp(webhookMessage(open, message.path("id").asText(), body, at));
                response = "true".equals(rest.query("wait")) ? ok(message.deepCopy()) : noContent();
            } else if (rest.segments().size() == 5 && rest.segment(3).equals("messages")) {
                String messageId = rest.segment(4).equals("@original") ? open.originalMessageId : rest.segment(4);
                ObjectNode message = messageId == null ? null : messages.get(messageId);
                boolean own = messageId != null && (open.messageIds.contains(messageId)
                        || messageId.equals(open.originalMessageId));
                if (message == null || !own) {
                    throw FakeRefusal.of(404, FakeRefusal.UNKNOWN_MESSAGE, "Unknown Message");
                }
                switch (rest.method()) {
                    case "GET" -> response = ok(message.deepCopy());
                    case "PATCH" -> {
                        FakeFormErrors errors = new FakeFormErrors();
                        FakeMessageRules.message(body, false, errors);
                        errors.throwIfAny();
                        FakeMessages.edit(message, body, at);
                        log.edit(webhookMessage(open, messageId, body, at));
                        response = ok(message.deepCopy());
                    }
                    case "DELETE" -> {
                        messages.remove(messageId);
                        response = noContent();
                    }
                    default -> throw FakeRefusal.notFound();
                }
            } else {
                throw FakeRefusal.notFound();
            }
            log.notifyAll();
            return response;
        }
    }

    /** Discord's interaction callback response, for a callback sent with {@code ?with_response=true}. */
    private static ObjectNode callbackResponse(Open open, int type, ObjectNode shown) {
        ObjectNode response = JSON.objectNode();
        ObjectNode interaction = response.putObject("interaction").put("id", open.id).put("type", open.type);
        if (shown != null) {
            int flags = shown.path("flags").asInt(0);
            interaction.put("response_message_id", shown.path("id").asText())
                    .put("response_message_loading", (flags & LOADING) != 0)
                    .put("response_message_ephemeral", (flags & EPHEMERAL) != 0);
            ObjectNode resource = response.putObject("resource").put("type", type);
            resource.set("message", shown.deepCopy());
        }
        return response;
    }

    private ObjectNode newInteractionMessage(Open open, JsonNode data, int flags, Instant at) {
        ObjectNode payload = data.deepCopy();
        payload.put("flags", flags);
        ObjectNode message = FakeDiscordObjects.botMessage(ids.nextId(), open.from.channelId(),
                open.from.inGuild() ? GUILD_ID : null, payload, at, true);
        String id = message.path("id").asText();
        messages.put(message);
        open.messageIds.add(id);
        if (open.originalMessageId == null) {
            open.originalMessageId = id;
        }
        return message;
    }

    private static WebhookMessage webhookMessage(Open open, String messageId, JsonNode body, Instant at) {
        return new WebhookMessage(open.token, messageId, FakePayloads.text(body, "content"),
                FakePayloads.embeds(body.path("embeds")), FakePayloads.rows(body.path("components")),
                body.path("flags").asInt(0), at);
    }

    /** A bare 204, with the {@code Via} header Discord's answers carry. */
    private static MockResponse noContent() {
        return new MockResponse.Builder().code(204).setHeader("Via", "1.1 google").build();
    }

    private static MockResponse ok(JsonNode body) {
        return FakeDiscordObjects.json(200, body).build();
    }
}
