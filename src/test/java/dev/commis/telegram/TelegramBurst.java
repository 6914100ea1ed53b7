package dev.commis.telegram;

import dev.commis.chat.reply.Reply;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;

/**
 * Sends a burst of text replies through the production outbox and HTTP client (time-outs, dispatcher, limits) to
 * a Bot API server, and says how long until Telegram accepted the last one. For the burst benchmark, which lives
 * outside this package.
 */
public final class TelegramBurst {

    private TelegramBurst() {
    }

    /**
     * Sends {@code perChat} replies to each of chats 1 to {@code chats} (interleaved, as a burst of users would
     * ask), all at once, and waits for every one.
     *
     * @return from the first submission to the last acceptance
     */
    public static Duration run(URI api, String token, int chats, int perChat) throws Exception {
        ExecutorService threads = Executors.newCachedThreadPool(TelegramBot.daemon("burst-http"));
        OkHttpClient http = TelegramBot.httpClient(threads, dev.commis.config.Settings.Telegram.DEFAULT_TIMEOUT);
        try (Outbox outbox = new Outbox()) {
            TelegramReplies replies = new TelegramReplies(new OkHttpTelegramClient(http, token, TelegramBot.url(api)), outbox,
                    () -> Path.of("."));
            long start = System.nanoTime();
            List<CompletableFuture<Void>> sent = new ArrayList<>();
            for (int round = 1; round <= perChat; round++) {
                for (long chat = 1; chat <= chats; chat++) {
                    sent.add(replies.send(chat, Reply.text("Reply " + round + " to chat " + chat)));
                }
            }
            CompletableFuture.allOf(sent.toArray(CompletableFuture[]::new)).get(5, TimeUnit.MINUTES);
            return Duration.ofNanos(System.nanoTime() - start);
        } finally {
            threads.shutdownNow();
        }
    }
}
