package dev.commis.telegram;

import dev.commis.chat.reply.Reply;
import dev.commis.reminders.Delivery;
import dev.commis.reminders.Undeliverable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;

/** Sends reminders to Telegram chats as new messages (so that the phone rings), naming who set them in a group. */
final class TelegramDelivery implements Delivery {

    /** How long the scheduler waits for Telegram before it tries again later; short, so one slow chat holds no one up long. */
    static final long PATIENCE_SECONDS = 20;

    private final TelegramReplies replies;

    TelegramDelivery(TelegramReplies replies) {
        this.replies = replies;
    }

    @Override
    public void deliver(String chat, String user, String text) throws Exception {
        long id = Long.parseLong(chat.substring(chat.indexOf(':') + 1));
        String said = id < 0 && !user.isEmpty() ? user + " " + text : text;
        CompletableFuture<Void> sent = replies.send(id, Reply.text(said));
        try {
            sent.get(PATIENCE_SECONDS, TimeUnit.SECONDS); // accepted by Telegram, or this throws
        } catch (TimeoutException e) {
            sent.cancel(false); // the outbox drops it, so that the next attempt does not send a second copy
            throw e;
        } catch (ExecutionException e) {
            if (e.getCause() instanceof TelegramApiRequestException refusal && refusal.getErrorCode() != null
                    && refusal.getErrorCode() >= 400 && refusal.getErrorCode() < 500 && refusal.getErrorCode() != 429) {
                throw new Undeliverable("Telegram refused it: " + refusal.getMessage(), refusal);
            }
            throw e;
        }
    }
}
