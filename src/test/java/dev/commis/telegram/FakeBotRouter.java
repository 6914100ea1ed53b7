package dev.commis.telegram;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.commis.telegram.FakeBotApi.ApiCall;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;

/**
 * Routes each request to {@code /bot<token>/<method>} to the piece that answers that method (case-insensitively,
 * as telegrambots mixes cases), lets the oldest misbehaviour answer a send instead, and logs every request with
 * the status it got; a wrong path is a 404, a wrong token a 401.
 */
final class FakeBotRouter extends Dispatcher {

    /** Methods that post into a chat: the ones misbehaviours apply to. */
    private static final Set<String> SENDS = Set.of("sendmessage", "sendphoto", "sendchataction", "editmessagetext",
            "editmessagereplymarkup", "answercallbackquery", "answerinlinequery", "sendpoll", "stoppoll");
    private static final Map<String, String> METHOD_NAMES = Stream.of("deleteWebhook", "getMe", "getUpdates",
                    "setMyCommands", "deleteMyCommands", "sendMessage", "sendPhoto", "sendChatAction", "editMessageText",
                    "editMessageReplyMarkup", "answerCallbackQuery", "answerInlineQuery", "sendPoll", "stopPoll",
                    "getChatMember")
            .collect(Collectors.toMap(name -> name.toLowerCase(Locale.ROOT), name -> name));
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final String token;
    private final Clock clock;
    private final FakeBotLog log;
    private final FakeUpdateQueue updates;
    private final FakeCommandMenus menus;
    private final FakeSendMethods sends;
    private final FakePolls polls;
    /** Guarded by {@code log}. */
    private final Deque<FakeMisbehaviour> misbehaviours = new ArrayDeque<>();
    /** How long the answer to a send takes to come back, after Telegram carried it out. */
    private volatile Duration latency = Duration.ZERO;
    /** Sends to carry out and then answer with a cut connection instead of a response. Guarded by {@code log}. */
    private int postThenCut;
    /** Chats whose sends hang; ended ones are skipped. */
    private final java.util.List<FakeHang> hangs = new java.util.concurrent.CopyOnWriteArrayList<>();

    FakeBotRouter(String token, Clock clock, FakeBotLog log, FakeUpdateQueue updates, FakeChats chats) {
        this.token = token;
        this.clock = clock;
        this.log = log;
        this.updates = updates;
        this.menus = new FakeCommandMenus(log);
        this.sends = new FakeSendMethods(chats, log);
        this.polls = new FakePolls(chats, log, updates);
    }

    /** The native polls sent to the fake. */
    FakePolls polls() {
        return polls;
    }

    /** Answers every send {@code latency} after carrying it out (a round trip's worth, or a slow server). */
    void latency(Duration latency) {
        this.latency = latency;
    }

    /** Carries out the next {@code times} sends, then cuts the connection instead of answering. */
    void postThenCut(int times) {
        synchronized (log) {
            postThenCut += times;
        }
    }

    /** Holds the answers to sends to {@code chatId} (after carrying them out) until the hang is released. */
    FakeHang hang(long chatId) {
        FakeHang hang = new FakeHang(chatId);
        hangs.add(hang);
        return hang;
    }

    /** Ends every hang, so that no server thread stays held. */
    void releaseHangs() {
        hangs.forEach(FakeHang::release);
    }

    /** Queues {@code misbehaviour} behind those already switched on. */
    void misbehave(FakeMisbehaviour misbehaviour) {
        synchronized (log) {
            misbehaviours.add(misbehaviour);
        }
    }

    @Override
    public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
        Instant at = clock.instant();
        Duration delay = latency; // as it was when the request came: a change applies to later requests only
        List<String> path = request.getUrl().pathSegments();
        String method = path.isEmpty() ? "" : path.get(path.size() - 1);
        String key = method.toLowerCase(Locale.ROOT);
        ObjectNode params = JSON.objectNode();
        List<FakeHang> holding = List.of();
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
            // Decided before the send is carried out (and seen by a test): a hang begun after that holds later sends only.
            holding = holding(key, params);
            response = key.equals("getupdates") ? ok(getUpdates(read)) : answerMethod(key, read, at);
        } catch (FakeRefusal refusal) {
            response = refusal.response();
        }
        log.call(new ApiCall(METHOD_NAMES.getOrDefault(key, method), at, response.getCode(), params));
        if (SENDS.contains(key)) {
            if (response.getCode() == 200) {
                for (FakeHang hang : holding) {
                    hang.hold(); // outside the lock: other chats' sends go on meanwhile
                }
            }
            response = late(response, delay);
        }
        return response;
    }

    /** The hangs that hold the answer to this request, as they are when it arrives. */
    private List<FakeHang> holding(String key, ObjectNode params) {
        if (!SENDS.contains(key)) {
            return List.of();
        }
        long chat = params.path("chat_id").asLong(0);
        return hangs.stream().filter(hang -> hang.holds(chat)).toList();
    }

    /** Long polls outside the lock, so that a held poll never holds up the sends. */
    private JsonNode getUpdates(FakeRequestParams params) throws InterruptedException {
        long offset = Optional.ofNullable(params.number("offset")).orElse(0L);
        long limit = Math.max(1, Math.min(100, Optional.ofNullable(params.number("limit")).orElse(100L)));
        long timeout = Optional.ofNullable(params.number("timeout")).orElse(0L);
        Duration hold = timeout > 0 ? FakeBotApi.LONG_POLL_HOLD : Duration.ZERO;
        ArrayNode result = JSON.arrayNode();
        updates.take(offset, (int) limit, hold).forEach(result::add);
        return result;
    }

    private MockResponse answerMethod(String key, FakeRequestParams params, Instant at) {
        synchronized (log) {
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
                case "setmycommands" -> menus.setMyCommands(params);
                case "deletemycommands" -> menus.deleteMyCommands(params);
                case "sendmessage" -> sends.sendMessage(params, at);
                case "sendphoto" -> sends.sendPhoto(params, at);
                case "sendchataction" -> sends.sendChatAction(params, at);
                case "editmessagetext" -> sends.editMessageText(params, at);
                case "editmessagereplymarkup" -> sends.editMessageReplyMarkup(params, at);
                case "answercallbackquery" -> sends.answerCallbackQuery(params, at);
                case "answerinlinequery" -> sends.answerInlineQuery(params, at);
                case "sendpoll" -> polls.sendPoll(params, at);
                case "stoppoll" -> polls.stopPoll(params);
                case "getchatmember" -> polls.getChatMember(params);
                default -> throw FakeRefusal.of(404, "Not Found");
            };
            log.notifyAll();
            return ok(result);
        }
    }

    private MockResponse late(MockResponse response, Duration delay) {
        MockResponse.Builder answer = response.newBuilder();
        if (!delay.isZero()) {
            answer.headersDelay(delay.toNanos(), java.util.concurrent.TimeUnit.NANOSECONDS);
        }
        synchronized (log) {
            if (postThenCut > 0 && response.getCode() == 200) {
                postThenCut--;
                answer.onResponseStart(mockwebserver3.SocketEffect.ShutdownConnection.INSTANCE);
            }
        }
        return delay.isZero() && answer.build().getOnResponseStart() == null ? response : answer.build();
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
