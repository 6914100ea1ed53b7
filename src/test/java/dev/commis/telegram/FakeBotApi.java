package dev.commis.telegram;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.InetAddress;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import mockwebserver3.MockWebServer;
import org.telegram.telegrambots.meta.TelegramUrl;

/**
 * A fake Telegram Bot API on 127.0.0.1 that answers the methods Commis uses as the real server does, refuses what
 * the real server refuses (with its {@code {"ok":false,"error_code":400,"description":"Bad Request: …"}}),
 * misbehaves on demand, and records what the bot sent, so that tests drive the real telegrambots client end to end.
 *
 * <p>Point telegrambots at {@link #telegramUrl()} with {@link #token()}; queue what users do with
 * {@link #queueMessage}, {@link #queueCallback} and {@link #queueInlineQuery}; assert on what the bot did with
 * {@link #awaitSent}, {@link #sentMessages()}, {@link #edits()}, {@link #inlineAnswers()}, {@link #commands()} and
 * {@link #calls()}. Method names are matched case-insensitively: telegrambots sends {@code sendmessage} but
 * {@code deleteWebhook}. Misbehaviours ({@link #failNextSends}, {@link #rateLimitNextSend}) apply to sends only,
 * never to {@code getUpdates}, one after the other in the order they were switched on; {@link #blockedBy} refuses
 * every send to one chat from then on.
 *
 * <p>Behind this front door: {@link FakeBotRouter} routes each request, {@link FakeSendMethods} and
 * {@link FakeCommandMenus} answer the methods, {@link FakeUsers} queues what users do, {@link FakeChats} keeps
 * what the server knows, and {@link FakeBotLog} records it all and is the one lock.
 */
public final class FakeBotApi implements AutoCloseable {

    public static final long BOT_ID = FakeTelegramObjects.BOT_ID;
    public static final String BOT_USERNAME = FakeTelegramObjects.BOT_NAME;
    public static final String DEFAULT_TOKEN = BOT_ID + ":AAFakeCommisTokenForTestsOnly";
    /** How long an empty long poll is held at most; the real server holds it for the call's {@code timeout}. */
    public static final Duration LONG_POLL_HOLD = Duration.ofMillis(200);

    /** One inline keyboard button as the bot sent it. */
    public record Button(String text, String callbackData, String url) {}

    /**
     * A message the bot sent ({@code sendMessage}, or {@code sendPhoto} with its caption as {@code text}), as sent:
     * {@code text} keeps its HTML tags. {@code photo} is the {@code photo} field ({@code attach://name} for an
     * upload, whose size is {@code uploadBytes}; -1 when nothing was uploaded).
     */
    public record Sent(String method, long chatId, int messageId, String text, String parseMode,
            List<List<Button>> buttons, String photo, long uploadBytes, Instant at) {

        /** The text as the user reads it (HTML parsed). */
        public String visibleText() {
            return text != null && "html".equalsIgnoreCase(parseMode) ? FakeTelegramHtml.visibleText(text) : text;
        }

        public List<String> callbackData() {
            return buttons.stream().flatMap(List::stream).map(Button::callbackData).filter(Objects::nonNull).toList();
        }
    }

    /** An {@code editMessageText} or {@code editMessageReplyMarkup} Telegram accepted; {@code text} null for the latter. */
    public record Edit(String method, long chatId, int messageId, String inlineMessageId, String text, String parseMode,
            List<List<Button>> buttons, Instant at) {}

    public record InlineResult(String type, String id, String title, String messageText, List<List<Button>> buttons) {}

    public record InlineAnswer(String inlineQueryId, List<InlineResult> results, Integer cacheTime, boolean personal,
            String nextOffset, Instant at) {}

    public record CallbackAnswer(String callbackQueryId, String text, boolean showAlert, Instant at) {}

    public record ChatAction(long chatId, String action, Instant at) {}

    public record Command(String command, String description) {}

    /**
     * The command menu for one scope and language: {@code scope} is the scope's type ({@code default},
     * {@code all_private_chats}, …), followed by {@code :chat_id} (and {@code :user_id}) where it has some;
     * {@code languageCode} is empty for the menu without a language.
     */
    public record CommandMenu(String scope, String languageCode, List<Command> commands) {}

    /** Any request the fake answered, with its arrival time, the HTTP status it got, and its parameters. */
    public record ApiCall(String method, Instant at, int status, ObjectNode params) {}

    private final String token;
    private final MockWebServer server = new MockWebServer();
    private final FakeUpdateQueue updates = new FakeUpdateQueue();
    /** Also the fake's one lock: see {@link FakeBotLog}. */
    private final FakeBotLog log = new FakeBotLog();
    private final FakeChats chats = new FakeChats();
    private final FakeUsers users;
    private final FakeBotRouter router;

    public FakeBotApi() {
        this(DEFAULT_TOKEN, Clock.systemUTC());
    }

    /** A fake for {@code token} whose dates and arrival times come from {@code clock}. */
    public FakeBotApi(String token, Clock clock) {
        this.token = Objects.requireNonNull(token, "token");
        Objects.requireNonNull(clock, "clock");
        this.users = new FakeUsers(log, chats, updates, clock);
        this.router = new FakeBotRouter(token, clock, log, updates, chats);
    }

    /** Starts listening on 127.0.0.1, on a free port. */
    public FakeBotApi start() throws IOException {
        server.setDispatcher(router);
        server.start(InetAddress.getByName("127.0.0.1"), 0);
        return this;
    }

    /** Ends held polls at once and stops the server. */
    @Override
    public void close() {
        router.releaseHangs();
        updates.close();
        server.close();
    }

    public String token() {
        return token;
    }

    public String host() {
        return "127.0.0.1";
    }

    public int port() {
        return server.getPort();
    }

    public String baseUrl() {
        return "http://" + host() + ":" + port();
    }

    /** Where telegrambots should send its calls: {@code new TelegramUrl("http", host, port, false)}. */
    public TelegramUrl telegramUrl() {
        return new TelegramUrl("http", host(), port(), false);
    }

    // ---- what users do ----

    /** Queues a text message from a user; returns its update_id. Bot commands in it get their entities. */
    public int queueMessage(long chatId, String chatType, long userId, String username, String text) {
        return queueMessage(chatId, chatType, userId, username, null, text);
    }

    /** As {@link #queueMessage(long, String, long, String, String)}, from a user whose app speaks {@code languageCode}. */
    public int queueMessage(long chatId, String chatType, long userId, String username, String languageCode,
            String text) {
        return users.message(chatId, chatType, userId, username, languageCode, text);
    }

    /**
     * Queues a press on an inline button carrying {@code data}, under message {@code messageId} of the chat (the
     * bot's message as it stands when it is known); returns the update_id. See {@link #callbackQueryId(int)}.
     */
    public int queueCallback(long chatId, long userId, int messageId, String data) {
        return users.callback(chatId, userId, messageId, data);
    }

    /** Queues an inline query ({@code @CommisBot query}); returns the update_id. See {@link #inlineQueryId(int)}. */
    public int queueInlineQuery(long userId, String query) {
        return users.inlineQuery(userId, query);
    }

    /**
     * Queues update {@code updateId} again with the same update_id, as Telegram redelivers a batch the bot never
     * confirmed. Within one running poller telegrambots itself drops an update_id it has passed, so the copy
     * reaches the bot when it is fetched in the same batch as the first (queue both before the bot starts), or
     * by a new poller after a restart.
     */
    public void redeliver(int updateId) {
        updates.redeliver(updateId);
    }

    /** The callback query id in update {@code updateId}, for answering it. */
    public String callbackQueryId(int updateId) {
        return updates.update(updateId).path("callback_query").path("id").asText();
    }

    /** The inline query id in update {@code updateId}, for answering it. */
    public String inlineQueryId(int updateId) {
        return updates.update(updateId).path("inline_query").path("id").asText();
    }

    /**
     * User {@code userId} (already met in a chat) votes for option {@code option} (from 0) of poll {@code pollId};
     * Telegram then sends the bot a {@code poll_answer} and the poll's new state. Returns the poll_answer's update_id.
     */
    public int vote(String pollId, long userId, int option) {
        synchronized (log) {
            return router.polls().vote(pollId, userId, option);
        }
    }

    /** Poll {@code pollId} closes by itself (its close date passed): the bot gets it closed as a {@code poll} update. */
    public int closePollByItself(String pollId) {
        synchronized (log) {
            return router.polls().closeByItself(pollId);
        }
    }

    /** Makes {@code userId} an administrator of {@code chatId}, as {@code getChatMember} will say. */
    public void makeAdmin(long chatId, long userId) {
        synchronized (log) {
            router.polls().makeAdmin(chatId, userId);
        }
    }

    /** The polls the bot sent, as they stand (votes, closed). */
    public List<FakePolls.SentPoll> polls() {
        synchronized (log) {
            return router.polls().sent();
        }
    }

    /** The first poll matching {@code wanted}, waiting up to {@code timeout} for it. */
    public FakePolls.SentPoll awaitPoll(java.util.function.Predicate<FakePolls.SentPoll> wanted, Duration timeout) {
        return router.polls().awaitPoll(wanted, timeout);
    }

    // ---- misbehaviours ----

    /** Answers every send {@code latency} after carrying it out, as a distant or slow server does. */
    public void latency(Duration latency) {
        router.latency(latency);
    }

    /**
     * Carries out the next {@code times} successful sends (they are posted and recorded), then cuts the connection
     * instead of answering: the bot cannot know whether they were posted.
     */
    public void postThenCut(int times) {
        router.postThenCut(times);
    }

    /**
     * From now on sends to {@code chatId} are carried out but not answered until the returned hang is released (or
     * the fake closed), as when Telegram stalls: the bot cannot know whether they were posted.
     */
    public FakeHang hangSendsTo(long chatId) {
        return router.hang(chatId);
    }

    /** The next {@code times} sends fail in a proxy with {@code status} (5xx) and an HTML page. */
    public void failNextSends(int times, int status) {
        router.misbehave(new FakeProxyFailure(times, status));
    }

    /** The next send is refused with 429 and {@code retry_after = retryAfterSeconds}. */
    public void rateLimitNextSend(int retryAfterSeconds) {
        router.misbehave(new FakeRateLimit(retryAfterSeconds));
    }

    /** A user deletes the bot's message {@code messageId} in {@code chatId}: editing it is refused from now on. */
    public void deletedByUser(long chatId, int messageId) {
        synchronized (log) {
            chats.delete(chatId, messageId);
        }
    }

    /** From now on every send to {@code chatId} is refused with 403, as when the user blocked the bot. */
    public void blockedBy(long chatId) {
        synchronized (log) {
            chats.block(chatId);
        }
    }

    // ---- what the bot did ----

    /** Every request answered so far, in the order answered, getUpdates included. */
    public List<ApiCall> calls() {
        return log.calls();
    }

    /** The requests for {@code method} (case-insensitive), in the order answered. */
    public List<ApiCall> calls(String method) {
        return log.calls(method);
    }

    /** Messages and photos Telegram accepted, in order. */
    public List<Sent> sentMessages() {
        return log.sentMessages();
    }

    public List<Edit> edits() {
        return log.edits();
    }

    public List<InlineAnswer> inlineAnswers() {
        return log.inlineAnswers();
    }

    public List<CallbackAnswer> callbackAnswers() {
        return log.callbackAnswers();
    }

    public List<ChatAction> chatActions() {
        return log.chatActions();
    }

    /** The command menus in force, one per scope and language. */
    public List<CommandMenu> commands() {
        return log.menus();
    }

    /** The menu in force for {@code scope} and {@code languageCode} ("" for none), if any. */
    public Optional<CommandMenu> commands(String scope, String languageCode) {
        return log.menu(scope, languageCode);
    }

    /** The first accepted message matching {@code wanted}, waiting up to {@code timeout} for it. */
    public Sent awaitSent(Predicate<Sent> wanted, Duration timeout) {
        return log.awaitSent(wanted, timeout);
    }

    public Edit awaitEdit(Predicate<Edit> wanted, Duration timeout) {
        return log.awaitEdit(wanted, timeout);
    }

    /** The first request matching {@code wanted}, whatever its answer, waiting up to {@code timeout} for it. */
    public ApiCall awaitCall(Predicate<ApiCall> wanted, Duration timeout) {
        return log.awaitCall(wanted, timeout);
    }
}
