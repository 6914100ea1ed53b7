package dev.commis.telegram;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.commis.chat.reply.Reply;
import dev.commis.reminders.Delivery;
import dev.commis.reminders.Undeliverable;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Sends reminders to Telegram chats as new messages (so that the phone rings), naming who set them in a group.
 * Waits a short while for Telegram, then lets the scheduler try again later; an attempt given up on is not
 * cancelled but remembered by its key, and the next attempt of the same reminder follows it instead of sending
 * a second copy, even when that earlier attempt ended meanwhile. A refusal, or a send whose outcome is unknown, is
 * {@link Undeliverable}: never sent again.
 */
final class TelegramDelivery implements Delivery {

    /** How long the scheduler waits for Telegram before it moves on and comes back; short, so one slow chat holds no one up long. */
    static final long PATIENCE_SECONDS = 5;

    private final TelegramReplies replies;
    /** Attempts under way or finished and not yet reported, by key; a day is far longer than any back-off. */
    private final Cache<String, CompletableFuture<Void>> attempts = Caffeine.newBuilder()
            .expireAfterWrite(Duration.ofDays(1)).maximumSize(100_000).build();

    TelegramDelivery(TelegramReplies replies) {
        this.replies = replies;
    }

    @Override
    public void deliver(String chat, String user, String text) throws Exception {
        CompletableFuture<Void> sent = send(chat, user, text);
        try {
            await(sent);
        } catch (TimeoutException e) {
            sent.cancel(false); // without a key no later attempt can follow it: the outbox drops what has not left
            throw e;
        }
    }

    @Override
    public void deliver(String key, String chat, String user, String text) throws Exception {
        // An earlier attempt is followed even when it has failed meanwhile: its failure (an unknown outcome above all,
        // which must not be sent again) is this attempt's to report; once reported, the next attempt sends anew.
        CompletableFuture<Void> sent = attempts.asMap().compute(key, (k, earlier) ->
                earlier != null && !earlier.isCancelled() ? earlier : send(chat, user, text));
        try {
            await(sent);
        } catch (TimeoutException e) {
            throw e; // still under way: kept, for the next attempt to follow
        } catch (Exception e) {
            attempts.asMap().remove(key, sent);
            throw e;
        }
        attempts.asMap().remove(key, sent);
    }

    private CompletableFuture<Void> send(String chat, String user, String text) {
        long id = Long.parseLong(chat.substring(chat.indexOf(':') + 1));
        String said = id < 0 && !user.isEmpty() ? user + " " + text : text;
        return replies.send(id, Reply.text(said));
    }

    private static void await(CompletableFuture<Void> sent) throws Exception {
        try {
            sent.get(PATIENCE_SECONDS, TimeUnit.SECONDS); // accepted by Telegram, or this throws
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof SendOutcomeUnknown unknown) {
                throw new Undeliverable("it may have been posted (" + unknown.getCause().getMessage()
                        + "), so it is not sent again", unknown);
            }
            if (SendFailure.of(cause) == SendFailure.REFUSED) {
                throw new Undeliverable("Telegram refused it: " + cause.getMessage(), cause);
            }
            throw e;
        }
    }
}
