package dev.commis.telegram;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * What the fake server knows of its world, as Telegram keeps it (the chats and users it has seen, the bot's
 * messages as they stand, the queries still waiting for an answer, the chats that blocked the bot), for callers
 * that hold the fake's lock (its {@link FakeBotLog}).
 */
final class FakeChats {

    /** One of the bot's messages as it stands: its text as sent (null for a photo), keyboard, and Bot API form. */
    record BotMessage(boolean hasText, String text, JsonNode markup, ObjectNode message) {}

    private final Map<String, BotMessage> botMessages = new HashMap<>();
    private final Map<Long, ObjectNode> chats = new HashMap<>();
    private final Map<Long, ObjectNode> users = new HashMap<>();
    private final Set<String> openQueries = new HashSet<>();
    private final Set<Long> blockedChats = new HashSet<>();
    private int lastMessageId;

    /** The id of a new message in any chat: one counter for all, as the fake needs no more. */
    int nextMessageId() {
        return ++lastMessageId;
    }

    // ---- who is there ----

    void meet(long userId, ObjectNode user, long chatId, ObjectNode chat) {
        users.put(userId, user);
        chats.put(chatId, chat);
    }

    /** The chat as last seen, or a made-up one of the type its id says. */
    ObjectNode chat(long chatId) {
        ObjectNode known = chats.get(chatId);
        return known != null ? known.deepCopy()
                : FakeTelegramObjects.chat(chatId, FakeTelegramObjects.typeOf(chatId), "user" + chatId);
    }

    /** The user as last seen, or a made-up {@code user<id>}. */
    ObjectNode knownUser(long userId) {
        ObjectNode known = users.get(userId);
        return known != null ? known.deepCopy() : FakeTelegramObjects.user(userId, "user" + userId, null);
    }

    /** Someone deleted the bot's message {@code messageId}: an edit of it is refused from now on. */
    void delete(long chatId, int messageId) {
        botMessages.remove(messageKey(chatId, messageId));
    }

    void block(long chatId) {
        blockedChats.add(chatId);
    }

    /** The request's {@code chat_id}; refuses a missing or malformed one, and a chat that blocked the bot. */
    long chatId(FakeRequestParams params) {
        String raw = params.text("chat_id");
        if (raw == null || raw.isEmpty()) {
            throw FakeRefusal.badRequest("chat_id is empty");
        }
        if (!raw.matches("-?[0-9]{1,19}")) {
            throw FakeRefusal.badRequest("chat not found");
        }
        long chatId = Long.parseLong(raw);
        if (blockedChats.contains(chatId)) {
            throw FakeRefusal.of(403, chatId > 0 ? "Forbidden: bot was blocked by the user"
                    : "Forbidden: bot was kicked from the " + FakeTelegramObjects.typeOf(chatId) + " chat");
        }
        return chatId;
    }

    // ---- the bot's messages ----

    /** A new message from the bot in {@code chatId}, dated {@code at}. */
    ObjectNode botMessage(long chatId, int messageId, Instant at) {
        return FakeTelegramObjects.message(messageId, FakeTelegramObjects.bot(), chat(chatId), at.getEpochSecond());
    }

    void show(long chatId, int messageId, BotMessage shown) {
        botMessages.put(messageKey(chatId, messageId), shown);
    }

    /** The bot's message as it stands, or null when the bot sent none with that id there. */
    BotMessage shown(long chatId, int messageId) {
        return botMessages.get(messageKey(chatId, messageId));
    }

    /** The bot's message to edit; refuses one it never sent. */
    BotMessage editable(long chatId, int messageId) {
        BotMessage shown = shown(chatId, messageId);
        if (shown == null) {
            throw FakeRefusal.badRequest("message to edit not found");
        }
        return shown;
    }

    /** The request's {@code message_id}; refuses a missing one. */
    static int messageId(FakeRequestParams params) {
        Long messageId = params.number("message_id");
        if (messageId == null) {
            throw FakeRefusal.badRequest("message identifier is not specified");
        }
        return messageId.intValue();
    }

    // ---- queries waiting for an answer ----

    void openQuery(String id) {
        openQueries.add(id);
    }

    boolean isOpen(String id) {
        return openQueries.contains(id);
    }

    /** Answers query {@code id}: whether it was still waiting. */
    boolean closeQuery(String id) {
        return openQueries.remove(id);
    }

    private static String messageKey(long chatId, int messageId) {
        return chatId + ":" + messageId;
    }
}
