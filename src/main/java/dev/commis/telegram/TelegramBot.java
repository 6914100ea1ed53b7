package dev.commis.telegram;

import dev.commis.chat.ChatCore;
import dev.commis.config.Settings;
import dev.commis.reminders.Delivery;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import okhttp3.Dispatcher;
import okhttp3.OkHttpClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.longpolling.TelegramBotsLongPollingApplication;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.api.methods.GetMe;
import org.telegram.telegrambots.meta.api.methods.updates.GetUpdates;
import org.telegram.telegrambots.meta.api.methods.botapimethods.BotApiMethod;
import org.telegram.telegrambots.meta.api.methods.commands.SetMyCommands;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * Commis on Telegram: long polling against the Bot API server of the settings (Telegram's own or
 * a self-hosted one), the command menu in French and English, replies and reminders through one
 * rate-limited outbox. {@link #close()} stops polling, sends what is already queued, and leaves
 * pending reminders in the store.
 */
public final class TelegramBot implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(TelegramBot.class);

    /** The prefix of Telegram chats' keys in the core ({@code telegram:123}). */
    public static final String PLATFORM = "telegram";

    /**
     * How long one poll waits for updates. Short enough that a stop waits for the poll in flight
     * to end by itself rather than interrupting it (which the library logs as an error).
     */
    static final int POLL_SECONDS = 5;

    /** Long enough to reach a server; a call that never connected is known not delivered and is sent again. */
    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);

    private final ScheduledExecutorService polling;
    private final ExecutorService httpThreads;
    private final TelegramBotsLongPollingApplication application;
    private final Outbox outbox;
    private final TelegramDelivery delivery;
    private final TelegramReplies replies;
    private final String username;

    private TelegramBot(ScheduledExecutorService polling, ExecutorService httpThreads,
            TelegramBotsLongPollingApplication application, Outbox outbox, TelegramReplies replies, String username) {
        this.polling = polling;
        this.httpThreads = httpThreads;
        this.application = application;
        this.outbox = outbox;
        this.delivery = new TelegramDelivery(replies);
        this.replies = replies;
        this.username = username;
    }

    /**
     * Connects with the token and server of {@code settings}, sets the command menu and starts
     * answering.
     *
     * @param vault gives the vault's folder, where recipe images are found
     * @throws TelegramApiException when the server cannot be reached or refuses the token
     */
    public static TelegramBot start(Settings.Telegram settings, ChatCore core, Supplier<Path> vault) throws TelegramApiException {
        return start(settings, core, vault, OutboxClock.SYSTEM);
    }

    /** {@link #start(Settings.Telegram, ChatCore, Supplier)} with the outbox on {@code clock}: for tests. */
    static TelegramBot start(Settings.Telegram settings, ChatCore core, Supplier<Path> vault, OutboxClock clock)
            throws TelegramApiException {
        String token = settings.token().orElseThrow(() -> new IllegalArgumentException("no Telegram token")).reveal();
        TelegramUrl url = url(settings.apiUrl());
        // HTTP threads of our own, daemon and shut down on close: OkHttp's default ones outlive the bot.
        ExecutorService httpThreads = Executors.newCachedThreadPool(daemon("telegram-http"));
        OkHttpClient http = httpClient(httpThreads, settings.timeout());
        TelegramClient client = new OkHttpTelegramClient(http, token, url);
        User bot = client.execute(new GetMe());
        for (SetMyCommands menu : TelegramMenu.of(core.commands())) {
            client.execute(menu);
        }
        Outbox outbox = new Outbox(clock);
        TelegramReplies replies = new TelegramReplies(client, outbox, vault);
        TelegramUpdates updates = new TelegramUpdates(core, client, outbox, replies, new InlineSharing(core, client), bot,
                settings.allowed());
        // An executor of our own: the library's default leaves a non-daemon polling thread behind on close.
        ScheduledExecutorService polling = Executors.newSingleThreadScheduledExecutor(daemon("telegram-polling"));
        TelegramBotsLongPollingApplication application = new TelegramBotsLongPollingApplication(
                com.fasterxml.jackson.databind.ObjectMapper::new, () -> http, () -> polling);
        int pollSeconds = pollSeconds(settings.timeout());
        application.registerBot(token, () -> url, lastUpdate -> GetUpdates.builder().limit(100).timeout(pollSeconds)
                .offset(lastUpdate + 1).allowedUpdates(new ArrayList<>()).build(), updates);
        LOG.info("Telegram connected as @{} ({})", bot.getUserName(), settings.apiUrl().getHost());
        return new TelegramBot(polling, httpThreads, application, outbox, replies, bot.getUserName());
    }

    /**
     * How long one poll asks Telegram to hold it: {@link #POLL_SECONDS}, or less when the time-out is so short that a
     * held poll would outlast it and fail.
     */
    static int pollSeconds(Duration timeout) {
        return (int) Math.max(1, Math.min(POLL_SECONDS, timeout.toSeconds() / 2));
    }

    /**
     * The HTTP client for the Bot API: its time-outs, no retries of its own, room for the outbox's calls in flight.
     *
     * @param timeout how long a call waits for the answer (the setting {@code telegram.timeout_seconds}); longer than
     *                Telegram takes even when it is slow (its own request time-out is about a minute) by default: a
     *                call that times out has an unknown outcome, and such a call is not sent again
     */
    static OkHttpClient httpClient(ExecutorService threads, Duration timeout) {
        Dispatcher dispatcher = new Dispatcher(threads);
        // OkHttp allows 5 calls at once to one host by default: the outbox's calls and a long poll need more.
        dispatcher.setMaxRequestsPerHost(Outbox.MAX_IN_FLIGHT + 2);
        dispatcher.setMaxRequests(Outbox.MAX_IN_FLIGHT + 2);
        return new OkHttpClient.Builder().dispatcher(dispatcher)
                // As many idle connections kept as calls go at once, so that a burst does not open new ones each second.
                .connectionPool(new okhttp3.ConnectionPool(Outbox.MAX_IN_FLIGHT + 2, 5, TimeUnit.MINUTES))
                .connectTimeout(timeout.compareTo(CONNECT_TIMEOUT) < 0 ? timeout : CONNECT_TIMEOUT)
                .writeTimeout(timeout).readTimeout(timeout)
                // OkHttp would otherwise send a request again on its own after some connection failures, even when
                // Telegram may have received it: whether to send again is the outbox's call (SendFailure).
                .retryOnConnectionFailure(false)
                .build();
    }

    static ThreadFactory daemon(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }

    /** The bot's user name, without {@code @}. */
    public String username() {
        return username;
    }

    /** Sends the kitchen screen's replies to Telegram chats, editing the cook's message where it can. */
    public dev.commis.chat.ChatPush pushes() {
        return (chat, reply) -> replies.push(Long.parseLong(chat.substring(chat.indexOf(':') + 1)), reply);
    }

    TelegramReplies replies() {
        return replies;
    }

    /** Sends reminders to Telegram chats. */
    public Delivery delivery() {
        return delivery;
    }

    /** Where a Bot API server is, as the library wants it. */
    static TelegramUrl url(URI api) {
        int port = api.getPort() > 0 ? api.getPort() : "https".equals(api.getScheme()) ? 443 : 80;
        return new TelegramUrl(api.getScheme(), api.getHost(), port, false);
    }

    /** Runs a call whose answer nobody waits for (acknowledging a button, answering an inline query). */
    static void quietly(TelegramClient client, BotApiMethod<?> method) {
        try {
            client.executeAsync(method).exceptionally(e -> {
                LOG.warn("Telegram did not take {}: {}", method.getMethod(), e.getMessage());
                return null;
            });
        } catch (TelegramApiException e) {
            LOG.warn("Telegram did not take {}: {}", method.getMethod(), e.getMessage());
        }
    }

    /** Stops polling, sends what is already queued (for up to 10 s), and lets go of every thread. */
    @Override
    public void close() {
        try {
            application.close();
        } catch (Exception e) {
            LOG.warn("Stopping Telegram polling: {}", e.getMessage());
        }
        polling.shutdown();
        try {
            if (!polling.awaitTermination(POLL_SECONDS + 2, TimeUnit.SECONDS)) {
                polling.shutdownNow();
            }
        } catch (InterruptedException e) {
            polling.shutdownNow();
            Thread.currentThread().interrupt();
        }
        outbox.close(Duration.ofSeconds(10));
        httpThreads.shutdownNow();
        LOG.info("Telegram disconnected");
    }
}
