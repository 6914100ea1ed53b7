package dev.commis.telegram;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Bot API objects (users, chats, messages, entities) in the shape the real server writes them. */
final class FakeTelegramObjects {

    static final long BOT_ID = 4242;
    static final String BOT_NAME = "CommisBot";

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    /** A bot command as Telegram finds one: a slash at a word start, a name, perhaps {@code @bot}. */
    private static final Pattern BOT_COMMAND =
            Pattern.compile("(?<![\\p{L}\\p{N}_/])/[A-Za-z0-9_]{1,64}(?:@[A-Za-z0-9_]{3,32})?(?![A-Za-z0-9_@])");

    private FakeTelegramObjects() {}

    static ObjectNode bot() {
        return JSON.objectNode()
                .put("id", BOT_ID)
                .put("is_bot", true)
                .put("first_name", BOT_NAME)
                .put("username", BOT_NAME);
    }

    /** What {@code getMe} answers. */
    static ObjectNode me() {
        return bot()
                .put("can_join_groups", true)
                .put("can_read_all_group_messages", false)
                .put("supports_inline_queries", true);
    }

    static ObjectNode user(long id, String username, String languageCode) {
        ObjectNode user = JSON.objectNode()
                .put("id", id)
                .put("is_bot", false)
                .put("first_name", username)
                .put("username", username);
        if (languageCode != null) {
            user.put("language_code", languageCode);
        }
        return user;
    }

    static ObjectNode chat(long id, String type, String username) {
        ObjectNode chat = JSON.objectNode().put("id", id).put("type", type);
        if (type.equals("private")) {
            chat.put("first_name", username).put("username", username);
        } else {
            chat.put("title", "Cuisine " + Math.abs(id));
        }
        return chat;
    }

    /** The chat type Telegram's ids imply: users are positive, supergroups and channels {@code -100…}. */
    static String typeOf(long chatId) {
        if (chatId > 0) {
            return "private";
        }
        return String.valueOf(chatId).startsWith("-100") ? "supergroup" : "group";
    }

    static ObjectNode message(int messageId, ObjectNode from, ObjectNode chat, long date) {
        ObjectNode message = JSON.objectNode().put("message_id", messageId);
        message.set("from", from);
        message.set("chat", chat);
        message.put("date", date);
        return message;
    }

    /** The {@code bot_command} entities Telegram marks in {@code text}, offsets in UTF-16 units. */
    static ArrayNode commandEntities(String text) {
        ArrayNode entities = JSON.arrayNode();
        Matcher command = BOT_COMMAND.matcher(text);
        while (command.find()) {
            entities.addObject()
                    .put("offset", command.start())
                    .put("length", command.end() - command.start())
                    .put("type", "bot_command");
        }
        return entities;
    }

    static ObjectNode photo(String fileName, long size) {
        return JSON.objectNode()
                .put("file_id", "photo-" + Integer.toHexString(fileName.hashCode()) + "-" + size)
                .put("file_unique_id", "u" + Integer.toHexString(fileName.hashCode()))
                .put("width", 1280)
                .put("height", 960)
                .put("file_size", size);
    }
}
