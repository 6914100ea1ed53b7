package dev.commis.telegram;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.InetAddress;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
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
 */
public final class FakeBotApi implements AutoCloseable {

    public static final long BOT_ID = FakeTelegramObjects.BOT_ID;
    public static final String BOT_USERNAME = FakeTelegramObjects.BOT_NAME;
    public static final String DEFAULT_TOKEN = BOT_ID + ":AAFakeCommisTokenForTestsOnly";
    /** How long an empty long poll is held at most; the real server holds it for the call's {@code timeout}. */
    public static final Duration LONG_POLL_HOLD = Duration.ofMillis(200);

    /** Methods that post into a chat: the ones misbehaviours apply to. */
    private static final Set<String> SENDS = Set.of("sendmessage", "sendphoto", "sendchataction", "editmessagetext",
            "editmessagereplymarkup", "answercallbackquery", "answerinlinequery");
    private static final Map<String, String> METHOD_NAMES = Stream.of("deleteWebhook", "getMe", "getUpdates",
                    "setMyCommands", "deleteMyCommands", "sendMessage", "sendPhoto", "sendChatAction", "editMessageText",
                    "editMessageReplyMarkup", "answerCallbackQuery", "answerInlineQuery")
            .collect(Collectors.toMap(name -> name.toLowerCase(Locale.ROOT), name -> name));
    private static final Set<String> CHAT_TYPES = Set.of("private", "group", "supergroup", "channel");
    private static final String NOT_MODIFIED = "message is not modified: specified new message content and reply "
            + "markup are exactly the same as a current content and reply markup of the message";
    private static final String QUERY_TOO_OLD = "query is too old and response timeout expired or query ID is invalid";
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

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

    private record BotMessage(boolean hasText, String text, JsonNode markup, ObjectNode message) {}

    private final String token;
    private final Clock clock;
    private final MockWebServer server = new MockWebServer();
    private final FakeUpdateQueue updates = new FakeUpdateQueue();

    /** Guards everything below, and is notified whenever something is recorded. */
    private final Object lock = new Object();
    private final List<ApiCall> calls = new ArrayList<>();
    private final List<Sent> sent = new ArrayList<>();
    private final List<Edit> edits = new ArrayList<>();
    private final List<InlineAnswer> inlineAnswers = new ArrayList<>();
    private final List<CallbackAnswer> callbackAnswers = new ArrayList<>();
    private final List<ChatAction> chatActions = new ArrayList<>();
    private final Map<String, CommandMenu> menus = new LinkedHashMap<>();
    private final Deque<FakeMisbehaviour> misbehaviours = new ArrayDeque<>();
    private final Set<Long> blockedChats = new HashSet<>();
    private final Map<String, BotMessage> botMessages = new HashMap<>();
    private final Map<Long, ObjectNode> chats = new HashMap<>();
    private final Map<Long, ObjectNode> users = new HashMap<>();
    private final Set<String> openQueries = new HashSet<>();
    private int lastMessageId;

    public FakeBotApi() {
        this(DEFAULT_TOKEN, Clock.systemUTC());
    }

    /** A fake for {@code token} whose dates and arrival times come from {@code clock}. */
    public FakeBotApi(String token, Clock clock) {
        this.token = Objects.requireNonNull(token, "token");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Starts listening on 127.0.0.1, on a free port. */
    public FakeBotApi start() throws IOException {
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
                return answer(request);
            }
        });
        server.start(InetAddress.getByName("127.0.0.1"), 0);
        return this;
    }

    /** Ends held polls at once and stops the server. */
    @Override
    public void close() {
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
        if (!CHAT_TYPES.contains(chatType)) {
            throw new IllegalArgumentException("chat type is one of " + CHAT_TYPES + ", was " + chatType);
        }
        synchronized (lock) {
            ObjectNode user = FakeTelegramObjects.user(userId, username, languageCode);
            users.put(userId, user);
            ObjectNode chat = FakeTelegramObjects.chat(chatId, chatType, username);
            chats.put(chatId, chat);
            int messageId = ++lastMessageId;
            long date = clock.instant().getEpochSecond();
            boolean channel = chatType.equals("channel");
            return updates.add(updateId -> {
                ObjectNode message = FakeTelegramObjects.message(messageId, user.deepCopy(), chat.deepCopy(), date);
                if (channel) {
                    message.remove("from");
                    message.set("sender_chat", chat.deepCopy());
                }
                message.put("text", text);
                ArrayNode entities = FakeTelegramObjects.commandEntities(text);
                if (!entities.isEmpty()) {
                    message.set("entities", entities);
                }
                ObjectNode update = JSON.objectNode();
                update.set(channel ? "channel_post" : "message", message);
                return update;
            });
        }
    }

    /**
     * Queues a press on an inline button carrying {@code data}, under message {@code messageId} of the chat (the
     * bot's message as it stands when it is known); returns the update_id. See {@link #callbackQueryId(int)}.
     */
    public int queueCallback(long chatId, long userId, int messageId, String data) {
        synchronized (lock) {
            ObjectNode user = knownUser(userId);
            BotMessage shown = botMessages.get(messageKey(chatId, messageId));
            ObjectNode message = shown != null ? shown.message().deepCopy()
                    : FakeTelegramObjects.message(messageId, FakeTelegramObjects.bot(), chat(chatId),
                            clock.instant().getEpochSecond());
            return updates.add(updateId -> {
                String id = "cbq" + updateId;
                openQueries.add(id);
                ObjectNode query = JSON.objectNode().put("id", id);
                query.set("from", user);
                query.set("message", message);
                query.put("chat_instance", "ci" + chatId).put("data", data);
                ObjectNode update = JSON.objectNode();
                update.set("callback_query", query);
                return update;
            });
        }
    }

    /** Queues an inline query ({@code @CommisBot query}); returns the update_id. See {@link #inlineQueryId(int)}. */
    public int queueInlineQuery(long userId, String query) {
        synchronized (lock) {
            ObjectNode user = knownUser(userId);
            return updates.add(updateId -> {
                String id = "iq" + updateId;
                openQueries.add(id);
                ObjectNode inline = JSON.objectNode().put("id", id);
                inline.set("from", user);
                inline.put("query", query).put("offset", "").put("chat_type", "sender");
                ObjectNode update = JSON.objectNode();
                update.set("inline_query", inline);
                return update;
            });
        }
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

    // ---- misbehaviours ----

    /** The next {@code times} sends fail in a proxy with {@code status} (5xx) and an HTML page. */
    public void failNextSends(int times, int status) {
        synchronized (lock) {
            misbehaviours.add(new FakeProxyFailure(times, status));
        }
    }

    /** The next send is refused with 429 and {@code retry_after = retryAfterSeconds}. */
    public void rateLimitNextSend(int retryAfterSeconds) {
        synchronized (lock) {
            misbehaviours.add(new FakeRateLimit(retryAfterSeconds));
        }
    }

    /** From now on every send to {@code chatId} is refused with 403, as when the user blocked the bot. */
    public void blockedBy(long chatId) {
        synchronized (lock) {
            blockedChats.add(chatId);
        }
    }

    // ---- what the bot did ----

    /** Every request answered so far, in the order answered, getUpdates included. */
    public List<ApiCall> calls() {
        synchronized (lock) {
            return List.copyOf(calls);
        }
    }

    /** The requests for {@code method} (case-insensitive), in the order answered. */
    public List<ApiCall> calls(String method) {
        synchronized (lock) {
            return calls.stream().filter(call -> call.method().equalsIgnoreCase(method)).toList();
        }
    }

    /** Messages and photos Telegram accepted, in order. */
    public List<Sent> sentMessages() {
        synchronized (lock) {
            return List.copyOf(sent);
        }
    }

    public List<Edit> edits() {
        synchronized (lock) {
            return List.copyOf(edits);
        }
    }

    public List<InlineAnswer> inlineAnswers() {
        synchronized (lock) {
            return List.copyOf(inlineAnswers);
        }
    }

    public List<CallbackAnswer> callbackAnswers() {
        synchronized (lock) {
            return List.copyOf(callbackAnswers);
        }
    }

    public List<ChatAction> chatActions() {
        synchronized (lock) {
            return List.copyOf(chatActions);
        }
    }

    /** The command menus in force, one per scope and language. */
    public List<CommandMenu> commands() {
        synchronized (lock) {
            return List.copyOf(menus.values());
        }
    }

    /** The menu in force for {@code scope} and {@code languageCode} ("" for none), if any. */
    public Optional<CommandMenu> commands(String scope, String languageCode) {
        synchronized (lock) {
            return Optional.ofNullable(menus.get(scope + "|" + languageCode));
        }
    }

    /** The first accepted message matching {@code wanted}, waiting up to {@code timeout} for it. */
    public Sent awaitSent(Predicate<Sent> wanted, Duration timeout) {
        return await(() -> sent.stream().filter(wanted).findFirst(), timeout, "sent message", sent::toString);
    }

    public Edit awaitEdit(Predicate<Edit> wanted, Duration timeout) {
        return await(() -> edits.stream().filter(wanted).findFirst(), timeout, "edit", edits::toString);
    }

    /** The first request matching {@code wanted}, whatever its answer, waiting up to {@code timeout} for it. */
    public ApiCall awaitCall(Predicate<ApiCall> wanted, Duration timeout) {
        return await(() -> calls.stream().filter(wanted).findFirst(), timeout, "request",
                () -> calls.stream().map(call -> call.method() + " " + call.status()).toList().toString());
    }

    private <T> T await(Supplier<Optional<T>> find, Duration timeout, String what, Supplier<String> seen) {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (lock) {
            while (true) {
                Optional<T> found = find.get();
                if (found.isPresent()) {
                    return found.get();
                }
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new AssertionError("no " + what + " matched within " + timeout + "; saw " + seen.get());
                }
                try {
                    lock.wait(Math.max(1, left / 1_000_000));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new AssertionError("interrupted while waiting for a " + what, e);
                }
            }
        }
    }

    // ---- the server side ----

    private MockResponse answer(RecordedRequest request) throws InterruptedException {
        Instant at = clock.instant();
        List<String> path = request.getUrl().pathSegments();
        String method = path.isEmpty() ? "" : path.get(path.size() - 1);
        String key = method.toLowerCase(Locale.ROOT);
        ObjectNode params = JSON.objectNode();
        MockResponse response;
        try {
            if (path.size() < 2 || !path.get(0).startsWith("bot")) {
                throw FakeRefusal.of(404, "Not Found");
            }
            if (!path.get(0).equals("bot" + token)) {
                throw FakeRefusal.of(401, "Unauthorized");
            }
            FakeRequestParams read = FakeRequestParams.read(request);
            params = read.fields();
            response = key.equals("getupdates") ? ok(getUpdates(read)) : answerMethod(key, read, at);
        } catch (FakeRefusal refusal) {
            response = refusal.response();
        }
        synchronized (lock) {
            calls.add(new ApiCall(METHOD_NAMES.getOrDefault(key, method), at, response.getCode(), params));
            lock.notifyAll();
        }
        return response;
    }

    private MockResponse answerMethod(String key, FakeRequestParams params, Instant at) {
        synchronized (lock) {
            if (SENDS.contains(key) && !misbehaviours.isEmpty()) {
                FakeMisbehaviour next = misbehaviours.peek();
                MockResponse response = next.intercept(key);
                if (next.spent()) {
                    misbehaviours.remove();
                }
                return response;
            }
            JsonNode result = switch (key) {
                case "deletewebhook" -> BooleanNode.TRUE;
                case "getme" -> FakeTelegramObjects.me();
                case "setmycommands" -> setMyCommands(params);
                case "deletemycommands" -> deleteMyCommands(params);
                case "sendmessage" -> sendMessage(params, at);
                case "sendphoto" -> sendPhoto(params, at);
                case "sendchataction" -> sendChatAction(params, at);
                case "editmessagetext" -> editMessageText(params, at);
                case "editmessagereplymarkup" -> editMessageReplyMarkup(params, at);
                case "answercallbackquery" -> answerCallbackQuery(params, at);
                case "answerinlinequery" -> answerInlineQuery(params, at);
                default -> throw FakeRefusal.of(404, "Not Found");
            };
            lock.notifyAll();
            return ok(result);
        }
    }

    private JsonNode getUpdates(FakeRequestParams params) throws InterruptedException {
        long offset = Optional.ofNullable(params.number("offset")).orElse(0L);
        long limit = Math.max(1, Math.min(100, Optional.ofNullable(params.number("limit")).orElse(100L)));
        long timeout = Optional.ofNullable(params.number("timeout")).orElse(0L);
        Duration hold = timeout > 0 ? LONG_POLL_HOLD : Duration.ZERO;
        ArrayNode result = JSON.arrayNode();
        updates.take(offset, (int) limit, hold).forEach(result::add);
        return result;
    }

    private JsonNode setMyCommands(FakeRequestParams params) {
        JsonNode commands = params.json("commands");
        String language = Objects.requireNonNullElse(params.text("language_code"), "");
        FakeSendRules.commands(commands, language);
        String scope = scope(params.json("scope"));
        List<Command> menu = new ArrayList<>();
        commands.forEach(command -> menu.add(new Command(command.get("command").asText(),
                command.get("description").asText())));
        if (menu.isEmpty()) {
            menus.remove(scope + "|" + language);
        } else {
            menus.put(scope + "|" + language, new CommandMenu(scope, language, List.copyOf(menu)));
        }
        return BooleanNode.TRUE;
    }

    private JsonNode deleteMyCommands(FakeRequestParams params) {
        String language = Objects.requireNonNullElse(params.text("language_code"), "");
        menus.remove(scope(params.json("scope")) + "|" + language);
        return BooleanNode.TRUE;
    }

    private static String scope(JsonNode scope) {
        if (scope == null) {
            return "default";
        }
        StringBuilder name = new StringBuilder(scope.path("type").asText("default"));
        if (scope.has("chat_id")) {
            name.append(':').append(scope.get("chat_id").asText());
        }
        if (scope.has("user_id")) {
            name.append(':').append(scope.get("user_id").asText());
        }
        return name.toString();
    }

    private JsonNode sendMessage(FakeRequestParams params, Instant at) {
        long chatId = chatId(params);
        String text = params.text("text");
        String parseMode = params.text("parse_mode");
        String visible = FakeSendRules.messageText(text, parseMode);
        JsonNode markup = params.json("reply_markup");
        FakeSendRules.keyboard(markup);
        int messageId = ++lastMessageId;
        ObjectNode message = botMessage(chatId, messageId, at).put("text", visible);
        setMarkup(message, markup);
        botMessages.put(messageKey(chatId, messageId), new BotMessage(true, text, inlineKeyboard(markup), message));
        sent.add(new Sent("sendMessage", chatId, messageId, text, parseMode, buttons(markup), null, -1, at));
        return message;
    }

    private JsonNode sendPhoto(FakeRequestParams params, Instant at) {
        long chatId = chatId(params);
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
        int messageId = ++lastMessageId;
        ObjectNode message = botMessage(chatId, messageId, at);
        message.putArray("photo").add(FakeTelegramObjects.photo(fileName, Math.max(0, uploadBytes)));
        if (visibleCaption != null) {
            message.put("caption", visibleCaption);
        }
        setMarkup(message, markup);
        botMessages.put(messageKey(chatId, messageId), new BotMessage(false, caption, inlineKeyboard(markup), message));
        sent.add(new Sent("sendPhoto", chatId, messageId, caption, parseMode, buttons(markup), photo, uploadBytes, at));
        return message;
    }

    private JsonNode sendChatAction(FakeRequestParams params, Instant at) {
        long chatId = chatId(params);
        String action = params.text("action");
        FakeSendRules.chatAction(action);
        chatActions.add(new ChatAction(chatId, action, at));
        return BooleanNode.TRUE;
    }

    private JsonNode editMessageText(FakeRequestParams params, Instant at) {
        String text = params.text("text");
        String parseMode = params.text("parse_mode");
        String visible = FakeSendRules.messageText(text, parseMode);
        JsonNode markup = params.json("reply_markup");
        FakeSendRules.keyboard(markup);
        String inlineMessageId = params.text("inline_message_id");
        if (inlineMessageId != null) {
            edits.add(new Edit("editMessageText", 0, 0, inlineMessageId, text, parseMode, buttons(markup), at));
            return BooleanNode.TRUE;
        }
        long chatId = chatId(params);
        int messageId = messageId(params);
        BotMessage shown = editable(chatId, messageId);
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
        botMessages.put(messageKey(chatId, messageId), new BotMessage(true, text, inlineKeyboard(markup), message));
        edits.add(new Edit("editMessageText", chatId, messageId, null, text, parseMode, buttons(markup), at));
        return message;
    }

    private JsonNode editMessageReplyMarkup(FakeRequestParams params, Instant at) {
        JsonNode markup = params.json("reply_markup");
        FakeSendRules.keyboard(markup);
        String inlineMessageId = params.text("inline_message_id");
        if (inlineMessageId != null) {
            edits.add(new Edit("editMessageReplyMarkup", 0, 0, inlineMessageId, null, null, buttons(markup), at));
            return BooleanNode.TRUE;
        }
        long chatId = chatId(params);
        int messageId = messageId(params);
        BotMessage shown = editable(chatId, messageId);
        if (Objects.equals(shown.markup(), inlineKeyboard(markup))) {
            throw FakeRefusal.badRequest(NOT_MODIFIED);
        }
        ObjectNode message = shown.message().deepCopy().put("edit_date", at.getEpochSecond());
        message.remove("reply_markup");
        setMarkup(message, markup);
        botMessages.put(messageKey(chatId, messageId), new BotMessage(shown.hasText(), shown.text(),
                inlineKeyboard(markup), message));
        edits.add(new Edit("editMessageReplyMarkup", chatId, messageId, null, null, null, buttons(markup), at));
        return message;
    }

    private JsonNode answerCallbackQuery(FakeRequestParams params, Instant at) {
        String id = params.text("callback_query_id");
        if (id == null || !openQueries.remove(id)) {
            throw FakeRefusal.badRequest(QUERY_TOO_OLD);
        }
        callbackAnswers.add(new CallbackAnswer(id, params.text("text"), params.flag("show_alert"), at));
        return BooleanNode.TRUE;
    }

    private JsonNode answerInlineQuery(FakeRequestParams params, Instant at) {
        String id = params.text("inline_query_id");
        if (id == null || !openQueries.contains(id)) {
            throw FakeRefusal.badRequest(QUERY_TOO_OLD);
        }
        JsonNode results = params.json("results");
        FakeSendRules.inlineResults(results);
        openQueries.remove(id);
        List<InlineResult> answered = new ArrayList<>();
        results.forEach(result -> answered.add(new InlineResult(result.path("type").asText(null),
                result.path("id").asText(), result.path("title").asText(null),
                result.path("input_message_content").path("message_text").asText(null),
                buttons(result.get("reply_markup")))));
        Long cacheTime = params.number("cache_time");
        inlineAnswers.add(new InlineAnswer(id, List.copyOf(answered), cacheTime == null ? null : cacheTime.intValue(),
                params.flag("is_personal"), params.text("next_offset"), at));
        return BooleanNode.TRUE;
    }

    // ---- helpers (called with lock held) ----

    private long chatId(FakeRequestParams params) {
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

    private static int messageId(FakeRequestParams params) {
        Long messageId = params.number("message_id");
        if (messageId == null) {
            throw FakeRefusal.badRequest("message identifier is not specified");
        }
        return messageId.intValue();
    }

    private BotMessage editable(long chatId, int messageId) {
        BotMessage shown = botMessages.get(messageKey(chatId, messageId));
        if (shown == null) {
            throw FakeRefusal.badRequest("message to edit not found");
        }
        return shown;
    }

    private ObjectNode botMessage(long chatId, int messageId, Instant at) {
        return FakeTelegramObjects.message(messageId, FakeTelegramObjects.bot(), chat(chatId), at.getEpochSecond());
    }

    private ObjectNode chat(long chatId) {
        ObjectNode known = chats.get(chatId);
        return known != null ? known.deepCopy()
                : FakeTelegramObjects.chat(chatId, FakeTelegramObjects.typeOf(chatId), "user" + chatId);
    }

    private ObjectNode knownUser(long userId) {
        ObjectNode known = users.get(userId);
        return known != null ? known.deepCopy() : FakeTelegramObjects.user(userId, "user" + userId, null);
    }

    private static String messageKey(long chatId, int messageId) {
        return chatId + ":" + messageId;
    }

    private static JsonNode inlineKeyboard(JsonNode markup) {
        return markup != null && markup.has("inline_keyboard") ? markup : null;
    }

    private static void setMarkup(ObjectNode message, JsonNode markup) {
        JsonNode keyboard = inlineKeyboard(markup);
        if (keyboard != null) {
            message.set("reply_markup", JSON.objectNode().set("inline_keyboard", keyboard.get("inline_keyboard")));
        }
    }

    private static List<List<Button>> buttons(JsonNode markup) {
        JsonNode keyboard = inlineKeyboard(markup);
        if (keyboard == null) {
            return List.of();
        }
        List<List<Button>> rows = new ArrayList<>();
        for (JsonNode row : keyboard.get("inline_keyboard")) {
            List<Button> buttons = new ArrayList<>();
            row.forEach(button -> buttons.add(new Button(button.path("text").asText(),
                    button.path("callback_data").asText(null), button.path("url").asText(null))));
            rows.add(List.copyOf(buttons));
        }
        return List.copyOf(rows);
    }

    private static MockResponse ok(JsonNode result) {
        ObjectNode body = JSON.objectNode().put("ok", true);
        body.set("result", result);
        return new MockResponse.Builder()
                .code(200)
                .setHeader("Content-Type", "application/json")
                .body(body.toString())
                .build();
    }
}
