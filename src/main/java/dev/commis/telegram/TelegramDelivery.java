package dev.commis.telegram;

import dev.commis.chat.reply.Reply;
import dev.commis.reminders.Delivery;
import java.util.concurrent.TimeUnit;

/** Sends reminders to Telegram chats as new messages (so that the phone rings), naming who set them in a group. */
final class TelegramDelivery implements Delivery {

    private final TelegramReplies replies;

    TelegramDelivery(TelegramReplies replies) {
        this.replies = replies;
    }

    @Override
    public void deliver(String chat, String user, String text) throws Exception {
        long id = Long.parseLong(chat.substring(chat.indexOf(':') + 1));
        String said = id < 0 && !user.isEmpty() ? user + " " + text : text;
        replies.send(id, Reply.text(said)).get(2, TimeUnit.MINUTES); // accepted by Telegram, or this throws
    }
}
