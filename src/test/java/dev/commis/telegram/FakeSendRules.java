package dev.commis.telegram;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * What the real Bot API refuses in what a bot sends, with the descriptions it refuses it with: empty or too long
 * text (counted after HTML parsing), broken HTML, over-long {@code callback_data}, too many inline results, badly
 * named commands, unknown chat actions.
 */
final class FakeSendRules {

    static final int TELEGRAM_TEXT_LIMIT = 4096;
    static final int TELEGRAM_CAPTION_LIMIT = 1024;
    static final int TELEGRAM_CALLBACK_DATA_LIMIT = 64;
    static final int TELEGRAM_INLINE_RESULTS_LIMIT = 50;
    static final int TELEGRAM_COMMANDS_LIMIT = 100;
    static final int TELEGRAM_COMMAND_DESCRIPTION_LIMIT = 256;
    private static final Set<String> CHAT_ACTIONS = Set.of("typing", "upload_photo", "record_video", "upload_video",
            "record_voice", "upload_voice", "upload_document", "choose_sticker", "find_location", "record_video_note",
            "upload_video_note");

    private FakeSendRules() {}

    /** The visible text of a message; refuses empty, too long (in characters after parsing) or unparsable text. */
    static String messageText(String text, String parseMode) {
        if (text == null || text.isBlank()) {
            throw FakeRefusal.badRequest("message text is empty");
        }
        String visible = visibleText(text, parseMode);
        if (visible.isBlank()) {
            throw FakeRefusal.badRequest("message text is empty");
        }
        // Telegram counts UTF-16 code units, as Java's length() does: an emoji outside the BMP counts two.
        if (visible.strip().length() > TELEGRAM_TEXT_LIMIT) {
            throw FakeRefusal.badRequest("message is too long");
        }
        return visible;
    }

    /** The visible caption of a media message (which may have none); refuses over 1024 characters. */
    static String caption(String caption, String parseMode) {
        if (caption == null || caption.isEmpty()) {
            return null;
        }
        String visible = visibleText(caption, parseMode);
        if (visible.strip().length() > TELEGRAM_CAPTION_LIMIT) {
            throw FakeRefusal.badRequest("message caption is too long");
        }
        return visible;
    }

    private static String visibleText(String text, String parseMode) {
        String mode = parseMode == null ? "" : parseMode.toLowerCase(Locale.ROOT);
        return switch (mode) {
            case "" -> text;
            case "html" -> FakeTelegramHtml.visibleText(text);
            // Commis writes HTML; Markdown is passed through unparsed, counted as sent.
            case "markdown", "markdownv2" -> text;
            default -> throw FakeRefusal.badRequest("unsupported parse_mode");
        };
    }

    /** Refuses an inline keyboard Telegram would refuse; other reply markups pass. */
    static void keyboard(JsonNode replyMarkup) {
        if (replyMarkup == null || !replyMarkup.has("inline_keyboard")) {
            return;
        }
        JsonNode rows = replyMarkup.get("inline_keyboard");
        if (!rows.isArray()) {
            throw FakeRefusal.badRequest("field \"inline_keyboard\" of the InlineKeyboardMarkup must be an Array");
        }
        for (JsonNode row : rows) {
            if (!row.isArray()) {
                throw FakeRefusal.badRequest("field \"inline_keyboard\" of the InlineKeyboardMarkup must be an Array of Arrays");
            }
            for (JsonNode button : row) {
                button(button);
            }
        }
    }

    private static void button(JsonNode button) {
        if (!button.hasNonNull("text")) {
            throw FakeRefusal.badRequest("can't parse inline keyboard button: Field \"text\" must be of type String");
        }
        if (button.has("callback_data")) {
            int bytes = button.get("callback_data").asText().getBytes(StandardCharsets.UTF_8).length;
            if (bytes < 1 || bytes > TELEGRAM_CALLBACK_DATA_LIMIT) {
                throw FakeRefusal.badRequest("BUTTON_DATA_INVALID");
            }
        } else if (button.has("url")) {
            String url = button.get("url").asText();
            if (!url.matches("(?i)(https?|tg)://\\S+")) {
                throw FakeRefusal.badRequest("BUTTON_URL_INVALID");
            }
        } else if (!button.has("switch_inline_query") && !button.has("switch_inline_query_current_chat")
                && !button.has("switch_inline_query_chosen_chat") && !button.has("copy_text")
                && !button.has("web_app") && !button.has("login_url") && !button.has("callback_game")
                && !button.has("pay")) {
            throw FakeRefusal.badRequest("can't parse inline keyboard button: Text buttons are unallowed in the inline keyboard");
        }
    }

    /** Refuses the results of {@code answerInlineQuery} Telegram would refuse. */
    static void inlineResults(JsonNode results) {
        if (results == null || !results.isArray()) {
            throw FakeRefusal.badRequest("can't parse inline query results JSON object");
        }
        if (results.size() > TELEGRAM_INLINE_RESULTS_LIMIT) {
            throw FakeRefusal.badRequest("RESULTS_TOO_MUCH");
        }
        Set<String> ids = new HashSet<>();
        for (JsonNode result : results) {
            String id = result.path("id").asText("");
            int bytes = id.getBytes(StandardCharsets.UTF_8).length;
            if (bytes < 1 || bytes > 64) {
                throw FakeRefusal.badRequest("RESULT_ID_INVALID");
            }
            if (!ids.add(id)) {
                throw FakeRefusal.badRequest("RESULT_ID_DUPLICATE");
            }
            JsonNode content = result.get("input_message_content");
            if (content != null && content.has("message_text")) {
                messageText(content.get("message_text").asText(), content.path("parse_mode").asText(null));
            }
            keyboard(result.get("reply_markup"));
        }
    }

    /** Refuses a command menu Telegram would refuse. */
    static void commands(JsonNode commands, String languageCode) {
        if (commands == null || !commands.isArray()) {
            throw FakeRefusal.badRequest("parameter \"commands\" is required");
        }
        if (commands.size() > TELEGRAM_COMMANDS_LIMIT) {
            throw FakeRefusal.badRequest("BOT_COMMANDS_TOO_MUCH");
        }
        for (JsonNode command : commands) {
            if (!command.path("command").asText("").matches("[a-z0-9_]{1,32}")) {
                throw FakeRefusal.badRequest("BOT_COMMAND_INVALID");
            }
            String description = command.path("description").asText("");
            if (description.isBlank()) {
                throw FakeRefusal.badRequest("command description must be non-empty");
            }
            if (description.codePointCount(0, description.length()) > TELEGRAM_COMMAND_DESCRIPTION_LIMIT) {
                throw FakeRefusal.badRequest("BOT_COMMAND_DESCRIPTION_INVALID");
            }
        }
        if (languageCode != null && !languageCode.isEmpty() && !languageCode.matches("[a-z]{2}")) {
            throw FakeRefusal.badRequest("invalid language code specified");
        }
    }

    static void chatAction(String action) {
        if (action == null || !CHAT_ACTIONS.contains(action)) {
            throw FakeRefusal.badRequest("wrong parameter action in request");
        }
    }
}
