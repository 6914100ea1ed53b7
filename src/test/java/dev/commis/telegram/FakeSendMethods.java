package dev.commis.telegram;

import static dev.commis.telegram.FakeKeyboards.buttons;
import static dev.commis.telegram.FakeKeyboards.inlineKeyboard;
import static dev.commis.telegram.FakeKeyboards.setMarkup;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.commis.telegram.FakeBotApi.CallbackAnswer;
import dev.commis.telegram.FakeBotApi.ChatAction;
import dev.commis.telegram.FakeBotApi.Edit;
import dev.commis.telegram.FakeBotApi.InlineAnswer;
import dev.commis.telegram.FakeBotApi.InlineResult;
import dev.commis.telegram.FakeBotApi.Sent;
import dev.commis.telegram.FakeChats.BotMessage;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The Bot API methods that post into a chat (sends, edits, answers to callback and inline queries), answered as
 * Telegram does for callers that hold the fake's lock, and recorded in the {@link FakeBotLog} once accepted.
 */
final class FakeSendMethods {

    private static final String NOT_MODIFIED = "message is not modified: specified new message content and reply "
            + "markup are exactly the same as a current content and reply markup of the message";
    private static final String QUERY_TOO_OLD = "query is too old and response timeout expired or query ID is invalid";

    private final FakeChats chats;
    private final FakeBotLog log;

    FakeSendMethods(FakeChats chats, FakeBotLog log) {
        this.chats = chats;
        this.log = log;
    }

    JsonNode sendMessage(FakeRequestParams params, Instant at) {
        long chatId = chats.chatId(params);
        String text = params.text("text");
        String parseMode = params.text("parse_mode");
        String visible = FakeSendRules.messageText(text, parseMode);
        JsonNode markup = params.json("reply_markup");
        FakeSendRules.keyboard(markup);
        int messageId = chats.nextMessageId();
        ObjectNode message = chats.botMessage(chatId, messageId, at).put("text", visible);
        setMarkup(message, markup);
        chats.show(chatId, messageId, new BotMessage(true, text, inlineKeyboard(markup), message));
        log.sent(new Sent("sendMessage", chatId, messageId, text, parseMode, buttons(markup), null, -1, at));
        return message;
    }

    JsonNode sendPhoto(FakeRequestParams params, Instant at) {
        long chatId = chats.chatId(params);
        String photo = params.text("photo");
        if (photo == null || photo.isEmpty()) {
            throw FakeRefusal.badRequest("there is no photo in the request");
        }
        long uploadBytes = -1;
        String fileName = photo;
        if (photo.startsWith("attach://")) {
            FakeRequestParams.Upload upload = params.uploads().get(photo.substring("attach://".length()));
            if (upload == null) {
                throw FakeRefusal.badRequest("there is no photo in the request");
            }
            if (upload.size() == 0) {
                throw FakeRefusal.badRequest("file must be non-empty");
            }
            uploadBytes = upload.size();
            fileName = upload.fileName();
        }
        String caption = params.text("caption");
        String parseMode = params.text("parse_mode");
        String visibleCaption = FakeSendRules.caption(caption, parseMode);
        JsonNode markup = params.json("reply_markup");
        FakeSendRules.keyboard(markup);
        int messageId = chats.nextMessageId();
        ObjectNode message = chats.botMessage(chatId, messageId, at);
        message.putArray("photo").add(FakeTelegramObjects.photo(fileName, Math.max(0, uploadBytes)));
        if (visibleCaption != null) {
            message.put("caption", visibleCaption);
        }
        setMarkup(message, markup);
        chats.show(chatId, messageId, new BotMessage(false, caption, inlineKeyboard(markup), message));
        log.sent(new Sent("sendPhoto", chatId, messageId, caption, parseMode, buttons(markup), photo, uploadBytes, at));
        return message;
    }

    JsonNode sendChatAction(FakeRequestParams params, Instant at) {
        long chatId = chats.chatId(params);
        String action = params.text("action");
        FakeSendRules.chatAction(action);
        log.chatAction(new ChatAction(chatId, action, at));
        return BooleanNode.TRUE;
    }

    JsonNode editMessageText(FakeRequestParams params, Instant at) {
        String text = params.text("text");
        String parseMode = params.text("parse_mode");
        String visible = FakeSendRules.messageText(text, parseMode);
        JsonNode markup = params.json("reply_markup");
        FakeSendRules.keyboard(markup);
        String inlineMessageId = params.text("inline_message_id");
        if (inlineMessageId != null) {
            log.edit(new Edit("editMessageText", 0, 0, inlineMessageId, text, parseMode, buttons(markup), at));
            return BooleanNode.TRUE;
        }
        long chatId = chats.chatId(params);
        int messageId = FakeChats.messageId(params);
        BotMessage shown = chats.editable(chatId, messageId);
        if (!shown.hasText()) {
            throw FakeRefusal.badRequest("there is no text in the message to edit");
        }
        if (Objects.equals(shown.text(), text) && Objects.equals(shown.markup(), inlineKeyboard(markup))) {
            throw FakeRefusal.badRequest(NOT_MODIFIED);
        }
        // As on Telegram, an edit without reply_markup takes the keyboard away.
        ObjectNode message = shown.message().deepCopy().put("text", visible).put("edit_date", at.getEpochSecond());
        message.remove("reply_markup");
        setMarkup(message, markup);
        chats.show(chatId, messageId, new BotMessage(true, text, inlineKeyboard(markup), message));
        log.edit(new Edit("editMessageText", chatId, messageId, null, text, parseMode, buttons(markup), at));
        return message;
    }

    JsonNode editMessageReplyMarkup(FakeRequestParams params, Instant at) {
        JsonNode markup = params.json("reply_markup");
        FakeSendRules.keyboard(markup);
        String inlineMessageId = params.text("inline_message_id");
        if (inlineMessageId != null) {
            log.edit(new Edit("editMessageReplyMarkup", 0, 0, inlineMessageId, null, null, buttons(markup), at));
            return BooleanNode.TRUE;
        }
        long chatId = chats.chatId(params);
        int messageId = FakeChats.messageId(params);
        BotMessage shown = chats.editable(chatId, messageId);
        if (Objects.equals(shown.markup(), inlineKeyboard(markup))) {
            throw FakeRefusal.badRequest(NOT_MODIFIED);
        }
        ObjectNode message = shown.message().deepCopy().put("edit_date", at.getEpochSecond());
        message.remove("reply_markup");
        setMarkup(message, markup);
        chats.show(chatId, messageId, new BotMessage(shown.hasText(), shown.text(), inlineKeyboard(markup), message));
        log.edit(new Edit("editMessageReplyMarkup", chatId, messageId, null, null, null, buttons(markup), at));
        return message;
    }

    JsonNode answerCallbackQuery(FakeRequestParams params, Instant at) {
        String id = params.text("callback_query_id");
        if (id == null || !chats.closeQuery(id)) {
            throw FakeRefusal.badRequest(QUERY_TOO_OLD);
        }
        log.callbackAnswer(new CallbackAnswer(id, params.text("text"), params.flag("show_alert"), at));
        return BooleanNode.TRUE;
    }

    JsonNode answerInlineQuery(FakeRequestParams params, Instant at) {
        String id = params.text("inline_query_id");
        if (id == null || !chats.isOpen(id)) {
            throw FakeRefusal.badRequest(QUERY_TOO_OLD);
        }
        JsonNode results = params.json("results");
        FakeSendRules.inlineResults(results);
        chats.closeQuery(id);
        List<InlineResult> answered = new ArrayList<>();
        results.forEach(result -> answered.add(new InlineResult(result.path("type").asText(null),
                result.path("id").asText(), result.path("title").asText(null),
                result.path("input_message_content").path("message_text").asText(null),
                buttons(result.get("reply_markup")))));
        Long cacheTime = params.number("cache_time");
        log.inlineAnswer(new InlineAnswer(id, List.copyOf(answered), cacheTime == null ? null : cacheTime.intValue(),
                params.flag("is_personal"), params.text("next_offset"), at));
        return BooleanNode.TRUE;
    }
}
