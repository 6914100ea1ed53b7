package dev.commis.telegram;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.util.Set;

/**
 * What users do, queued as the updates Telegram would deliver for it: text messages (channel posts in a channel),
 * presses on inline buttons, and inline queries; each returns the update_id it got.
 */
final class FakeUsers {

    private static final Set<String> CHAT_TYPES = Set.of("private", "group", "supergroup", "channel");
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final FakeBotLog log;
    private final FakeChats chats;
    private final FakeUpdateQueue updates;
    private final Clock clock;

    FakeUsers(FakeBotLog log, FakeChats chats, FakeUpdateQueue updates, Clock clock) {
        this.log = log;
        this.chats = chats;
        this.updates = updates;
        this.clock = clock;
    }

    /** A text message; bot commands in it get their entities. */
    int message(long chatId, String chatType, long userId, String username, String languageCode, String text) {
        if (!CHAT_TYPES.contains(chatType)) {
            throw new IllegalArgumentException("chat type is one of " + CHAT_TYPES + ", was " + chatType);
        }
        synchronized (log) {
            ObjectNode user = FakeTelegramObjects.user(userId, username, languageCode);
            ObjectNode chat = FakeTelegramObjects.chat(chatId, chatType, username);
            chats.meet(userId, user, chatId, chat);
            int messageId = chats.nextMessageId();
            long date = clock.instant().getEpochSecond();
            boolean channel = chatType.equals("channel");
            return updates.add(updateId -> {
                ObjectNode message = FakeTelegramObjects.message(messageId, user.deepCopy(), chat.deepCopy(), date);
                if (channel) {
                    message.remove("from");
                    message.set("sender_chat", chat.deepCopy());
                }
                message.put("text", text);
                ArrayNode entities = FakeTelegramObjects.commandEntities(text);
                if (!entities.isEmpty()) {
                    message.set("entities", entities);
                }
                ObjectNode update = JSON.objectNode();
                update.set(channel ? "channel_post" : "message", message);
                return update;
            });
        }
    }

    /** A press on a button carrying {@code data}, under the bot's message as it stands when it is known. */
    int callback(long chatId, long userId, int messageId, String data) {
        synchronized (log) {
            ObjectNode user = chats.knownUser(userId);
            FakeChats.BotMessage shown = chats.shown(chatId, messageId);
            ObjectNode message = shown != null ? shown.message().deepCopy()
                    : FakeTelegramObjects.message(messageId, FakeTelegramObjects.bot(), chats.chat(chatId),
                            clock.instant().getEpochSecond());
            return updates.add(updateId -> {
                String id = "cbq" + updateId;
                chats.openQuery(id);
                ObjectNode query = JSON.objectNode().put("id", id);
                query.set("from", user);
                query.set("message", message);
                query.put("chat_instance", "ci" + chatId).put("data", data);
                ObjectNode update = JSON.objectNode();
                update.set("callback_query", query);
                return update;
            });
        }
    }

    /** An inline query ({@code @CommisBot query}) from the user's own chat. */
    int inlineQuery(long userId, String query) {
        synchronized (log) {
            ObjectNode user = chats.knownUser(userId);
            return updates.add(updateId -> {
                String id = "iq" + updateId;
                chats.openQuery(id);
                ObjectNode inline = JSON.objectNode().put("id", id);
                inline.set("from", user);
                inline.put("query", query).put("offset", "").put("chat_type", "sender");
                ObjectNode update = JSON.objectNode();
                update.set("inline_query", inline);
                return update;
            });
        }
    }
}
