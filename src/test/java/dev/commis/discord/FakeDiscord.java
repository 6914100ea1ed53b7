package dev.commis.discord;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
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
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Stream;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;

/**
 * A fake Discord (REST API v10 and gateway, on one 127.0.0.1 port) that real JDA 6.5.0 connects to, that dispatches
 * what users do (slash commands, autocomplete, button presses), refuses what Discord refuses (with its
 * {@code {"code":50035,"message":"Invalid Form Body","errors":{…}}}), misbehaves on demand, and records what the bot
 * sent.
 *
 * <p>Point JDA at {@link #restUrl()} (its {@code RestConfig} base URL) and {@link #gatewayUrl()} (what the session
 * controller's {@code getShardedGateway} returns; {@code GET gateway/bot} gives the same URL) with {@link #token()}.
 * The world is small and fixed: the bot (user {@value #BOT_ID}, application {@value #APPLICATION_ID}), guild
 * {@value #GUILD_ID} with text channel {@value #TEXT_CHANNEL_ID}, and the user lea ({@value #USER_ID}) who is a
 * member there and has DM channel {@value #DM_CHANNEL_ID} with the bot. {@code READY} lists the guild as unavailable
 * and the {@code GUILD_CREATE} follows, as on Discord, so JDA's {@code awaitReady()} returns with the channel cached.
 *
 * <p>Interactions follow Discord's clock: the first callback must come within {@link #ACK_WINDOW} of the dispatch
 * (else {@code 404 Unknown interaction}), only once ({@code 400 … already been acknowledged}), and follow-ups and
 * edits need an acknowledged interaction whose token is younger than {@link #TOKEN_LIFETIME}. A callback sent with
 * {@code ?with_response=true} (JDA always asks) gets Discord's callback response with the created or updated message;
 * without it, a bare 204.
 */
public final class FakeDiscord implements AutoCloseable {

    public static final long BOT_ID = FakeDiscordObjects.BOT_ID;
    public static final String BOT_NAME = FakeDiscordObjects.BOT_NAME;
    public static final long APPLICATION_ID = FakeDiscordObjects.APPLICATION_ID;
    public static final long GUILD_ID = FakeDiscordObjects.GUILD_ID;
    public static final long TEXT_CHANNEL_ID = FakeDiscordObjects.TEXT_CHANNEL_ID;
    public static final long USER_ID = FakeDiscordObjects.USER_ID;
    public static final String USER_NAME = FakeDiscordObjects.USER_NAME;
    public static final long DM_CHANNEL_ID = FakeDiscordObjects.DM_CHANNEL_ID;
    public static final String DEFAULT_TOKEN = "OTAwMA.FakeCommis.TokenForTestsOnly";
    /** How long Discord waits for the first answer to an interaction. */
    public static final Duration ACK_WINDOW = Duration.ofSeconds(3);
    /** How long an interaction token may send follow-ups and edits. */
    public static final Duration TOKEN_LIFETIME = Duration.ofMinutes(15);
    /** The retry_after of {@link #rateLimitNext(String)}, as in Discord's example answer. */
    public static final Duration DEFAULT_RETRY_AFTER = Duration.ofMillis(500);

    /** Interaction types (what a user did). */
    public static final int APPLICATION_COMMAND = 2;
    public static final int MESSAGE_COMPONENT = 3;
    public static final int AUTOCOMPLETE = 4;

    /** Interaction callback types (how the bot answered). */
    public static final int CHANNEL_MESSAGE = 4;
    public static final int DEFERRED_CHANNEL_MESSAGE = 5;
    public static final int DEFERRED_UPDATE_MESSAGE = 6;
    public static final int UPDATE_MESSAGE = 7;
    public static final int AUTOCOMPLETE_RESULT = 8;
    public static final int MODAL = 9;

    /** Message flags. */
    public static final int EPHEMERAL = 1 << 6;
    public static final int LOADING = 1 << 7;

    static final String GATEWAY_PATH = "/gateway";
    static final String RESUME_PATH = "/gateway-resume";
    private static final long DISCORD_EPOCH = 1_420_070_400_000L;
    private static final Map<Integer, Set<Integer>> CALLBACKS_FOR = Map.of(
            APPLICATION_COMMAND, Set.of(CHANNEL_MESSAGE, DEFERRED_CHANNEL_MESSAGE, MODAL),
            MESSAGE_COMPONENT, Set.of(CHANNEL_MESSAGE, DEFERRED_CHANNEL_MESSAGE, DEFERRED_UPDATE_MESSAGE,
                    UPDATE_MESSAGE, MODAL),
            AUTOCOMPLETE, Set.of(AUTOCOMPLETE_RESULT));
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    /**
     * Where a user acts: in guild {@value #GUILD_ID}'s text channel {@value #TEXT_CHANNEL_ID} as a member, or in their
     * DM channel with the bot; {@code locale} is their Discord client's language ({@code fr}, {@code en-US}, …).
     */
    public record From(long userId, String username, Long guildId, long channelId, String locale) {

        public From {
            Objects.requireNonNull(username, "username");
            Objects.requireNonNull(locale, "locale");
            if (guildId != null && (guildId != GUILD_ID || channelId != TEXT_CHANNEL_ID)) {
                throw new IllegalArgumentException("the fake guild is " + GUILD_ID + " with text channel "
                        + TEXT_CHANNEL_ID + ", not " + guildId + "/" + channelId);
            }
        }

        /** lea, a member of guild {@value #GUILD_ID}, in text channel {@value #TEXT_CHANNEL_ID}. */
        public static From guildChannel() {
            return new From(USER_ID, USER_NAME, GUILD_ID, TEXT_CHANNEL_ID, "en-US");
        }

        /** lea in her DM channel {@value #DM_CHANNEL_ID} with the bot. */
        public static From dm() {
            return new From(USER_ID, USER_NAME, null, DM_CHANNEL_ID, "en-US");
        }

        public From withLocale(String newLocale) {
            return new From(userId, username, guildId, channelId, newLocale);
        }

        public boolean inGuild() {
            return guildId != null;
        }
    }

    /** A dispatched interaction: its id and token are what the bot's answers must carry. */
    public record Interaction(String id, String token, int type, From from) {}

    public record Field(String name, String value, boolean inline) {}

    public record Embed(String title, String description, List<Field> fields, String footer, String url) {}

    /** A button (style 1–6) or, with style 0, another component of an action row. */
    public record Button(int style, String label, String customId, String url, boolean disabled) {}

    public record Choice(String name, String value, Map<String, String> nameLocalizations) {}

    /** What every message the bot sent shows: its text, embeds, and action rows of buttons. */
    public interface Posted {

        String content();

        List<Embed> embeds();

        List<List<Button>> rows();

        default List<String> customIds() {
            return rows().stream().flatMap(List::stream).map(Button::customId).filter(Objects::nonNull).toList();
        }
    }

    /**
     * An answer to an interaction Discord accepted: {@code type} is the callback type; the message fields are
     * those of {@code data} (empty for a defer), {@code choices} those of an autocomplete answer.
     */
    public record Callback(String interactionId, String token, int type, String content, List<Embed> embeds,
            List<List<Button>> rows, List<Choice> choices, int flags, Instant at) implements Posted {

        public boolean ephemeral() {
            return (flags & EPHEMERAL) != 0;
        }
    }

    /**
     * A follow-up ({@code POST webhooks/{app}/{token}}) or an edit ({@code PATCH …/messages/{id}}) Discord accepted;
     * in an edit, a null content or empty list may mean "left as it was": see {@link #message(String)}.
     */
    public record WebhookMessage(String token, String messageId, String content, List<Embed> embeds,
            List<List<Button>> rows, int flags, Instant at) implements Posted {}

    /** A message posted with {@code POST channels/{id}/messages} (a reminder, a DM). */
    public record ChannelMessage(long channelId, String messageId, String content, List<Embed> embeds,
            List<List<Button>> rows, Instant at) implements Posted {}

    /** A message as it stands now, after every edit. */
    public record Message(String id, long channelId, String content, List<Embed> embeds, List<List<Button>> rows,
            int flags, boolean edited) implements Posted {}

    public record CommandOption(int type, String name, Map<String, String> nameLocalizations, String description,
            Map<String, String> descriptionLocalizations, boolean required, boolean autocomplete,
            List<Choice> choices, List<CommandOption> options) {}

    /** A command in force; {@code guildId} is null for a global command. */
    public record RegisteredCommand(String id, Long guildId, int type, String name,
            Map<String, String> nameLocalizations, String description, Map<String, String> descriptionLocalizations,
            List<CommandOption> options, List<String> contexts) {

        public Optional<CommandOption> option(String optionName) {
            return options.stream().filter(option -> option.name().equals(optionName)).findFirst();
        }
    }

    /** Any REST request the fake answered: {@code route} is relative to {@code /api/v10/}. */
    public record RestCall(String method, String route, int status, Instant at) {}

    /** An IDENTIFY the gateway accepted. */
    public record Identify(int intents, List<Integer> shard) {}

    /** The server's side of one interaction: who it came from, and how far the bot has answered. */
    private static final class Open {
        final String id;
        final String token;
        final int type;
        final From from;
        final Instant created;
        final String sourceMessageId;
        final Set<String> messageIds = new HashSet<>();
        boolean acknowledged;
        String originalMessageId;

        Open(String id, String token, int type, From from, Instant created, String sourceMessageId) {
            this.id = id;
            this.token = token;
            this.type = type;
            this.from = from;
            this.created = created;
            this.sourceMessageId = sourceMessageId;
        }
    }

    private final String token;
    private final Clock clock;
    private final MockWebServer server = new MockWebServer();
    private final FakeGateway.Host gatewayHost = new GatewayHost();

    /** Guards everything below, and is notified whenever something is recorded. */
    private final Object lock = new Object();
    private final List<RestCall> calls = new ArrayList<>();
    private final List<Callback> callbacks = new ArrayList<>();
    private final List<WebhookMessage> followUps = new ArrayList<>();
    private final List<WebhookMessage> edits = new ArrayList<>();
    private final List<ChannelMessage> channelMessages = new ArrayList<>();
    private final Map<Long, Map<String, ObjectNode>> commands = new LinkedHashMap<>();
    private final Map<String, ObjectNode> messages = new LinkedHashMap<>();
    private final Map<String, Open> interactions = new HashMap<>();
    private final Map<Long, ObjectNode> dmChannels = new HashMap<>();
    private final Deque<FakeMisbehaviour> misbehaviours = new ArrayDeque<>();
    private final List<FakeGateway> gateways = new ArrayList<>();
    private final Set<String> sessions = new HashSet<>();
    private final List<Identify> identifies = new ArrayList<>();
    private long lastIdMillis;
    private int idIncrement;

    public FakeDiscord() {
        this(DEFAULT_TOKEN, Clock.systemUTC());
    }

    /** A fake for bot token {@code token} whose timestamps and interaction deadlines follow {@code clock}. */
    public FakeDiscord(String token, Clock clock) {
        this.token = Objects.requireNonNull(token, "token");
        this.clock = Objects.requireNonNull(clock, "clock");
        dmChannels.put(USER_ID, FakeDiscordObjects.dmChannel(DM_CHANNEL_ID,
                FakeDiscordObjects.user(USER_ID, USER_NAME)));
    }

    /** Starts listening on 127.0.0.1, on a free port. */
    public FakeDiscord start() throws IOException {
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                return answer(request);
            }
        });
        server.start(InetAddress.getByName("127.0.0.1"), 0);
        return this;
    }

    /**
     * Closes every gateway connection from the server side with a close frame, waits a moment for the close
     * handshakes, and stops the server.
     */
    @Override
    public void close() {
        List<FakeGateway> open;
        synchronized (lock) {
            open = List.copyOf(gateways);
        }
        open.forEach(gateway -> gateway.close(1000, "fake Discord is closing"));
        long deadline = System.nanoTime() + Duration.ofSeconds(1).toNanos();
        synchronized (lock) {
            while (!gateways.isEmpty() && System.nanoTime() < deadline) {
                try {
                    lock.wait(10);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
        }
        server.close();
    }

    public String token() {
        return token;
    }

    public int port() {
        return server.getPort();
    }

    /** JDA's REST base URL: {@code new RestConfig().setBaseUrl(restUrl())}. */
    public String restUrl() {
        return "http://127.0.0.1:" + port() + "/" + FakeRestRequest.API_PREFIX;
    }

    /** The gateway's URL, as {@code GET gateway/bot} gives it. */
    public String gatewayUrl() {
        return "ws://127.0.0.1:" + port() + GATEWAY_PATH;
    }

    // ---- what users do ----

    /**
     * lea runs slash command {@code command} in guild channel {@value #TEXT_CHANNEL_ID}; see
     * {@link #dispatchSlashCommand(From, String, Map)}.
     */
    public Interaction dispatchSlashCommand(String command, Map<String, ?> options) {
        return dispatchSlashCommand(From.guildChannel(), command, options);
    }

    /**
     * Dispatches {@code INTERACTION_CREATE} type 2 for {@code command} ("plan add" for subcommand {@code add} of
     * {@code plan}) with {@code options}: a String is a string option, an Integer or Long an integer, a Boolean a
     * boolean, a Double a number. The command's id is the registered one when there is one.
     */
    public Interaction dispatchSlashCommand(From from, String command, Map<String, ?> options) {
        ArrayNode given = JSON.arrayNode();
        options.forEach((name, value) -> given.add(option(name, value)));
        return dispatch(APPLICATION_COMMAND, from, commandData(from, command, given), null);
    }

    /** lea types {@code typed} into option {@code focusedOption} of {@code command} in the guild channel. */
    public Interaction dispatchAutocomplete(String command, String focusedOption, String typed) {
        return dispatchAutocomplete(From.guildChannel(), command, focusedOption, typed, Map.of());
    }

    /**
     * Dispatches {@code INTERACTION_CREATE} type 4: {@code focusedOption} is focused with the partial value
     * {@code typed} (as a string option), next to the {@code otherOptions} already filled in.
     */
    public Interaction dispatchAutocomplete(From from, String command, String focusedOption, String typed,
            Map<String, ?> otherOptions) {
        ArrayNode given = JSON.arrayNode();
        otherOptions.forEach((name, value) -> given.add(option(name, value)));
        given.add(JSON.objectNode().put("type", 3).put("name", focusedOption).put("value", typed)
                .put("focused", true));
        return dispatch(AUTOCOMPLETE, from, commandData(from, command, given), null);
    }

    /** Presses the button {@code customId} on the newest message the bot sent to {@code from}'s channel with it. */
    public Interaction dispatchButton(From from, String customId) {
        String messageId;
        synchronized (lock) {
            List<ObjectNode> carrying = messages.values().stream()
                    .filter(message -> message.path("channel_id").asLong() == from.channelId())
                    .filter(message -> FakePayloads.rows(message.path("components")).stream()
                            .flatMap(List::stream).anyMatch(button -> customId.equals(button.customId())))
                    .toList();
            if (carrying.isEmpty()) {
                throw new IllegalStateException("no message the bot sent to channel " + from.channelId()
                        + " carries a button " + customId + "; messages: " + messages.keySet());
            }
            messageId = carrying.get(carrying.size() - 1).path("id").asText();
        }
        return dispatchButton(from, messageId, customId);
    }

    /** Presses the button {@code customId} on message {@code messageId} (type 3, component_type 2). */
    public Interaction dispatchButton(From from, String messageId, String customId) {
        ObjectNode message;
        synchronized (lock) {
            ObjectNode known = messages.get(messageId);
            if (known == null) {
                throw new IllegalStateException("the bot sent no message " + messageId);
            }
            message = known.deepCopy();
        }
        ObjectNode data = JSON.objectNode().put("custom_id", customId).put("component_type",
                FakeMessageRules.BUTTON);
        return dispatch(MESSAGE_COMPONENT, from, data, message);
    }

    // ---- misbehaviours ----

    /**
     * The next write (POST, PUT or PATCH) to a route starting with {@code routePrefix} (relative to
     * {@code /api/v10/}, such as {@code channels/222/messages}) gets a 429 with {@code retry_after} 0.5 s; JDA waits
     * and sends it again by itself.
     */
    public void rateLimitNext(String routePrefix) {
        rateLimitNext(routePrefix, DEFAULT_RETRY_AFTER);
    }

    public void rateLimitNext(String routePrefix, Duration retryAfter) {
        synchronized (lock) {
            misbehaviours.add(new FakeRateLimit(routePrefix, retryAfter, clock));
        }
    }

    /**
     * The gateway drops the current connection with close code 4000 ("Unknown error", which Discord lets a client
     * resume): JDA reconnects at once to the {@code resume_gateway_url} and sends RESUME, which the fake answers
     * with RESUMED (it replays no missed events).
     */
    public void dropGatewayConnection() {
        FakeGateway current;
        synchronized (lock) {
            current = gateways.stream().filter(FakeGateway::isIdentified).reduce((first, second) -> second)
                    .orElseThrow(() -> new IllegalStateException("no identified gateway session to drop"));
        }
        current.close(FakeGateway.UNKNOWN_ERROR, "Unknown error");
    }

    // ---- what the bot did ----

    /**
     * Every REST request answered so far, in order; a websocket upgrade shows as {@code GET gateway} (or
     * {@code GET gateway-resume} when the client resumes there) with status 101.
     */
    public List<RestCall> calls() {
        synchronized (lock) {
            return List.copyOf(calls);
        }
    }

    /** The requests whose route starts with {@code routePrefix}, in order. */
    public List<RestCall> calls(String method, String routePrefix) {
        synchronized (lock) {
            return calls.stream()
                    .filter(call -> call.method().equals(method) && call.route().startsWith(routePrefix))
                    .toList();
        }
    }

    /** Interaction callbacks Discord accepted, in order. */
    public List<Callback> callbacks() {
        synchronized (lock) {
            return List.copyOf(callbacks);
        }
    }

    public List<WebhookMessage> followUps() {
        synchronized (lock) {
            return List.copyOf(followUps);
        }
    }

    /** Edits of interaction messages ({@code @original} or follow-ups), in order. */
    public List<WebhookMessage> edits() {
        synchronized (lock) {
            return List.copyOf(edits);
        }
    }

    public List<ChannelMessage> channelMessages() {
        synchronized (lock) {
            return List.copyOf(channelMessages);
        }
    }

    /** The commands in force: global ones first, then the guild's, each in the order they were put. */
    public List<RegisteredCommand> registeredCommands() {
        synchronized (lock) {
            return Stream.concat(commands.getOrDefault(0L, Map.of()).values().stream(),
                            commands.entrySet().stream().filter(entry -> entry.getKey() != 0L)
                                    .flatMap(entry -> entry.getValue().values().stream()))
                    .map(FakePayloads::command)
                    .toList();
        }
    }

    /** A message the bot sent, as it stands after its edits. */
    public Optional<Message> message(String messageId) {
        synchronized (lock) {
            return Optional.ofNullable(messages.get(messageId)).map(FakeDiscord::shown);
        }
    }

    public List<Identify> identifies() {
        synchronized (lock) {
            return List.copyOf(identifies);
        }
    }

    /** Gateway connections open now (a client that shut down has closed its own). */
    public int openConnections() {
        synchronized (lock) {
            return gateways.size();
        }
    }

    /** Heartbeats answered, over all gateway connections still open. */
    public int heartbeats() {
        synchronized (lock) {
            return gateways.stream().mapToInt(FakeGateway::heartbeats).sum();
        }
    }

    public Callback awaitCallback(Interaction interaction, Duration timeout) {
        return awaitCallback(callback -> callback.interactionId().equals(interaction.id()), timeout);
    }

    /** The first accepted callback matching {@code wanted}, waiting up to {@code timeout} for it. */
    public Callback awaitCallback(Predicate<Callback> wanted, Duration timeout) {
        return await(() -> callbacks.stream().filter(wanted).findFirst(), timeout, "callback",
                callbacks::toString);
    }

    public WebhookMessage awaitFollowUp(Predicate<WebhookMessage> wanted, Duration timeout) {
        return await(() -> followUps.stream().filter(wanted).findFirst(), timeout, "follow-up",
                followUps::toString);
    }

    public WebhookMessage awaitEdit(Predicate<WebhookMessage> wanted, Duration timeout) {
        return await(() -> edits.stream().filter(wanted).findFirst(), timeout, "edit", edits::toString);
    }

    public ChannelMessage awaitChannelMessage(Predicate<ChannelMessage> wanted, Duration timeout) {
        return await(() -> channelMessages.stream().filter(wanted).findFirst(), timeout, "channel message",
                channelMessages::toString);
    }

    /** The first REST request matching {@code wanted}, whatever its answer. */
    public RestCall awaitCall(Predicate<RestCall> wanted, Duration timeout) {
        return await(() -> calls.stream().filter(wanted).findFirst(), timeout, "request", calls::toString);
    }

    /** Waits until a gateway session is identified (JDA has received READY). */
    public void awaitIdentified(Duration timeout) {
        await(() -> gateways.stream().filter(FakeGateway::isIdentified).findFirst(), timeout, "identified session",
                () -> gateways.size() + " connection(s)");
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

    // ---- the gateway side ----

    private Interaction dispatch(int type, From from, ObjectNode data, ObjectNode sourceMessage) {
        FakeGateway gateway;
        Interaction interaction;
        ObjectNode payload;
        synchronized (lock) {
            gateway = gateways.stream().filter(FakeGateway::isIdentified).reduce((first, second) -> second)
                    .orElseThrow(() -> new IllegalStateException(
                            "no identified gateway session: start JDA and await ready first"));
            String id = Long.toUnsignedString(nextId());
            String interactionToken = "aW50ZXJhY3Rpb246" + id + "OkZha2VDb21taXM";
            String sourceId = sourceMessage == null ? null : sourceMessage.path("id").asText();
            interactions.put(interactionToken, new Open(id, interactionToken, type, from, clock.instant(), sourceId));
            if (!from.inGuild()) {
                dmChannels.putIfAbsent(from.userId(), FakeDiscordObjects.dmChannel(from.channelId(),
                        FakeDiscordObjects.user(from.userId(), from.username())));
            }
            interaction = new Interaction(id, interactionToken, type, from);
            payload = interactionPayload(interaction, data, sourceMessage);
        }
        gateway.dispatch("INTERACTION_CREATE", payload);
        return interaction;
    }

    private ObjectNode interactionPayload(Interaction interaction, ObjectNode data, ObjectNode sourceMessage) {
        From from = interaction.from();
        long permissions = FakeDiscordObjects.EVERYONE_PERMISSIONS;
        ObjectNode payload = JSON.objectNode()
                .put("id", interaction.id())
                .put("application_id", FakeDiscordObjects.id(APPLICATION_ID))
                .put("type", interaction.type())
                .put("token", interaction.token())
                .put("version", 1)
                .put("locale", from.locale())
                .put("channel_id", FakeDiscordObjects.id(from.channelId()))
                .put("app_permissions", Long.toString(permissions))
                .put("attachment_size_limit", 10_485_760)
                .put("context", from.inGuild() ? 0 : 1);
        payload.putArray("entitlements");
        // Installed to the guild; in a bot DM, Discord gives the guild-install owner as "0".
        payload.putObject("authorizing_integration_owners")
                .put("0", from.inGuild() ? FakeDiscordObjects.id(GUILD_ID) : "0");
        ObjectNode user = FakeDiscordObjects.user(from.userId(), from.username());
        if (from.inGuild()) {
            payload.put("guild_id", FakeDiscordObjects.id(GUILD_ID)).put("guild_locale", "fr");
            payload.putObject("guild").put("id", FakeDiscordObjects.id(GUILD_ID)).put("locale", "fr")
                    .putArray("features");
            payload.set("channel", FakeDiscordObjects.textChannel().put("permissions", Long.toString(permissions)));
            payload.set("member", FakeDiscordObjects.member(user, -1).put("permissions", Long.toString(permissions)));
        } else {
            payload.set("channel", FakeDiscordObjects.interactionDmChannel(from.channelId()));
            payload.set("user", user);
        }
        payload.set("data", data);
        if (sourceMessage != null) {
            payload.set("message", sourceMessage);
        }
        return payload;
    }

    /** The {@code data} of a command or autocomplete interaction; subcommands nest the options. */
    private ObjectNode commandData(From from, String command, ArrayNode options) {
        String[] words = command.trim().split("\\s+");
        ArrayNode nested = options;
        for (int i = words.length - 1; i >= 1; i--) {
            ObjectNode sub = JSON.objectNode().put("type", i == words.length - 1 ? 1 : 2).put("name", words[i]);
            sub.set("options", nested);
            nested = JSON.arrayNode().add(sub);
        }
        ObjectNode data = JSON.objectNode().put("type", 1).put("name", words[0]);
        synchronized (lock) {
            Optional<ObjectNode> registered = Optional.empty();
            if (from.inGuild()) {
                registered = Optional.ofNullable(commands.getOrDefault(GUILD_ID, Map.of()).get(words[0]));
            }
            if (registered.isEmpty()) {
                registered = Optional.ofNullable(commands.getOrDefault(0L, Map.of()).get(words[0]));
            }
            data.put("id", registered.map(found -> found.path("id").asText())
                    .orElseGet(() -> Long.toUnsignedString(nextId())));
            registered.map(found -> found.path("guild_id").asText(null)).filter(Objects::nonNull)
                    .ifPresent(guildId -> data.put("guild_id", guildId));
        }
        data.set("options", nested);
        return data;
    }

    private static ObjectNode option(String name, Object value) {
        ObjectNode option = JSON.objectNode().put("name", name);
        if (value instanceof Boolean flag) {
            option.put("type", 5).put("value", flag);
        } else if (value instanceof Integer || value instanceof Long) {
            option.put("type", 4).put("value", ((Number) value).longValue());
        } else if (value instanceof Double || value instanceof Float) {
            option.put("type", 10).put("value", ((Number) value).doubleValue());
        } else {
            option.put("type", 3).put("value", String.valueOf(value));
        }
        return option;
    }

    private final class GatewayHost implements FakeGateway.Host {

        @Override
        public boolean acceptsToken(String given) {
            return token.equals(given);
        }

        @Override
        public boolean knowsSession(String sessionId) {
            synchronized (lock) {
                return sessions.contains(sessionId);
            }
        }

        @Override
        public ObjectNode ready(String sessionId, JsonNode shard) {
            return FakeDiscordObjects.ready(sessionId, "ws://127.0.0.1:" + port() + RESUME_PATH, shard);
        }

        @Override
        public void identified(FakeGateway gateway, JsonNode identify) {
            synchronized (lock) {
                sessions.add(gateway.sessionId());
                if (identify.has("intents")) {
                    List<Integer> shard = new ArrayList<>();
                    identify.path("shard").forEach(number -> shard.add(number.asInt()));
                    identifies.add(new Identify(identify.path("intents").asInt(), List.copyOf(shard)));
                }
                lock.notifyAll();
            }
        }

        @Override
        public void closed(FakeGateway gateway) {
            synchronized (lock) {
                gateways.remove(gateway);
                lock.notifyAll();
            }
        }
    }

    // ---- the REST side ----

    private MockResponse answer(RecordedRequest request) {
        Instant at = clock.instant();
        String path = request.getUrl().encodedPath();
        if (path.equals(GATEWAY_PATH) || path.equals(RESUME_PATH)) {
            return upgrade(request, at);
        }
        String method = request.getMethod();
        String route = path.startsWith("/" + FakeRestRequest.API_PREFIX)
                ? path.substring(FakeRestRequest.API_PREFIX.length() + 1) : path;
        MockResponse response;
        try {
            FakeRestRequest rest = FakeRestRequest.read(request);
            response = misbehaviour(rest).orElseGet(() -> route(rest, at));
        } catch (FakeRefusal refusal) {
            response = refusal.response();
        }
        synchronized (lock) {
            calls.add(new RestCall(method, route, response.getCode(), at));
            lock.notifyAll();
        }
        return response;
    }

    private MockResponse upgrade(RecordedRequest request, Instant at) {
        String encoding = request.getUrl().queryParameter("encoding");
        String compress = request.getUrl().queryParameter("compress");
        MockResponse response;
        if (encoding != null && !encoding.equals("json")) {
            response = FakeRefusal.of(400, 0, "the fake gateway speaks encoding=json only").response();
        } else if (compress != null && !compress.equals("zlib-stream")) {
            response = FakeRefusal.of(400, 0, "unknown compress=" + compress).response();
        } else {
            FakeGateway gateway;
            synchronized (lock) {
                gateway = new FakeGateway(gatewayHost, "fake-session-" + Long.toUnsignedString(nextId()),
                        compress != null);
                gateways.add(gateway);
            }
            response = new MockResponse.Builder().webSocketUpgrade(gateway).build();
        }
        synchronized (lock) {
            calls.add(new RestCall("GET", request.getUrl().encodedPath().substring(1), response.getCode(), at));
            lock.notifyAll();
        }
        return response;
    }

    /** The answer of the oldest misbehaviour that applies to {@code rest}, if any; a spent one is dropped. */
    private Optional<MockResponse> misbehaviour(FakeRestRequest rest) {
        synchronized (lock) {
            for (Iterator<FakeMisbehaviour> it = misbehaviours.iterator(); it.hasNext(); ) {
                FakeMisbehaviour next = it.next();
                if (next.appliesTo(rest.method(), rest.route())) {
                    MockResponse response = next.intercept(rest.method(), rest.route());
                    if (next.spent()) {
                        it.remove();
                    }
                    return Optional.of(response);
                }
            }
            return Optional.empty();
        }
    }

    private MockResponse route(FakeRestRequest rest, Instant at) {
        // Interaction callbacks and webhooks are authorised by their token in the path, not by the bot's.
        if (rest.matches("POST", "interactions", "*", "*", "callback")) {
            return callback(rest, at);
        }
        if (rest.segment(0).equals("webhooks")) {
            return webhook(rest, at);
        }
        if (!("Bot " + token).equals(rest.authorization())) {
            throw FakeRefusal.unauthorized();
        }
        synchronized (lock) {
            MockResponse response = authorised(rest, at);
            lock.notifyAll();
            return response;
        }
    }

    private MockResponse authorised(FakeRestRequest rest, Instant at) {
        if (rest.matches("GET", "gateway", "bot")) {
            return ok(FakeDiscordObjects.gatewayBot(gatewayUrl()));
        }
        if (rest.matches("GET", "gateway")) {
            return ok(JSON.objectNode().put("url", gatewayUrl()));
        }
        if (rest.matches("GET", "users", "@me")) {
            return ok(FakeDiscordObjects.self());
        }
        if (rest.matches("GET", "applications", "@me") || rest.matches("GET", "oauth2", "applications", "@me")) {
            return ok(FakeDiscordObjects.application());
        }
        if (rest.matches("POST", "users", "@me", "channels")) {
            return ok(openDm(rest.body()));
        }
        if (rest.matches("POST", "channels", "*", "messages")) {
            return ok(channelMessage(rest, at));
        }
        if (rest.segment(0).equals("applications") && rest.segment(rest.segments().size() - 1).equals("commands")) {
            return commands(rest);
        }
        throw FakeRefusal.notFound();
    }

    private MockResponse commands(FakeRestRequest rest) {
        if (!rest.segment(1).equals(FakeDiscordObjects.id(APPLICATION_ID))) {
            throw FakeRefusal.of(403, 50001, "Missing Access");
        }
        long scope;
        if (rest.segments().size() == 3) {
            scope = 0L;
        } else if (rest.segments().size() == 5 && rest.segment(2).equals("guilds")) {
            scope = parseId(rest.segment(3));
            if (scope != GUILD_ID) {
                throw FakeRefusal.of(403, 50001, "Missing Access");
            }
        } else {
            throw FakeRefusal.notFound();
        }
        if (rest.method().equals("GET")) {
            ArrayNode all = JSON.arrayNode();
            commands.getOrDefault(scope, Map.of()).values().forEach(command -> all.add(command.deepCopy()));
            return ok(all);
        }
        if (!rest.method().equals("PUT")) {
            throw FakeRefusal.notFound();
        }
        FakeFormErrors errors = new FakeFormErrors();
        FakeCommandRules.commands(rest.body(), errors);
        errors.throwIfAny();
        Map<String, ObjectNode> before = commands.getOrDefault(scope, Map.of());
        Map<String, ObjectNode> now = new LinkedHashMap<>();
        ArrayNode answer = JSON.arrayNode();
        for (JsonNode sent : rest.body()) {
            ObjectNode command = ((ObjectNode) sent).deepCopy();
            int type = command.path("type").asInt(1);
            String name = command.path("name").asText();
            ObjectNode previous = before.get(name);
            // Discord keeps a command's id when a bulk overwrite keeps its name and type.
            String id = previous != null && previous.path("type").asInt(1) == type ? previous.path("id").asText()
                    : Long.toUnsignedString(nextId());
            command.put("id", id)
                    .put("application_id", FakeDiscordObjects.id(APPLICATION_ID))
                    .put("version", Long.toUnsignedString(nextId()))
                    .put("type", type);
            if (scope != 0L) {
                command.put("guild_id", FakeDiscordObjects.id(scope));
            }
            if (!command.has("description")) {
                command.put("description", "");
            }
            if (!command.has("default_member_permissions")) {
                command.putNull("default_member_permissions");
            }
            if (!command.has("nsfw")) {
                command.put("nsfw", false);
            }
            now.put(name, command);
            answer.add(command.deepCopy());
        }
        commands.put(scope, now);
        return ok(answer);
    }

    private ObjectNode openDm(JsonNode body) {
        long recipient = parseId(body.path("recipient_id").asText(""));
        ObjectNode channel = dmChannels.computeIfAbsent(recipient, userId -> FakeDiscordObjects.dmChannel(nextId(),
                FakeDiscordObjects.user(userId, "user" + userId)));
        return channel.deepCopy();
    }

    private ObjectNode channelMessage(FakeRestRequest rest, Instant at) {
        long channelId = parseId(rest.segment(1));
        boolean dm = dmChannels.values().stream().anyMatch(channel -> channel.path("id").asLong() == channelId);
        if (channelId != TEXT_CHANNEL_ID && !dm) {
            throw FakeRefusal.unknownChannel();
        }
        JsonNode body = rest.body();
        FakeFormErrors errors = new FakeFormErrors();
        FakeMessageRules.message(body, true, errors);
        errors.throwIfAny();
        ObjectNode message = FakeDiscordObjects.botMessage(nextId(), channelId, dm ? null : GUILD_ID, body, at,
                false);
        messages.put(message.path("id").asText(), message);
        channelMessages.add(new ChannelMessage(channelId, message.path("id").asText(),
                FakePayloads.text(body, "content"), FakePayloads.embeds(body.path("embeds")),
                FakePayloads.rows(body.path("components")), at));
        return message.deepCopy();
    }

    private MockResponse callback(FakeRestRequest rest, Instant at) {
        synchronized (lock) {
            Open open = interactions.get(rest.segment(2));
            if (open == null || !open.id.equals(rest.segment(1))) {
                throw FakeRefusal.unknownInteraction();
            }
            if (open.acknowledged) {
                throw FakeRefusal.of(400, FakeRefusal.ALREADY_ACKNOWLEDGED,
                        "Interaction has already been acknowledged.");
            }
            if (at.isAfter(open.created.plus(ACK_WINDOW))) {
                throw FakeRefusal.unknownInteraction();
            }
            JsonNode body = rest.body();
            int type = body.path("type").asInt(-1);
            JsonNode data = body.path("data");
            FakeFormErrors errors = FakeFormErrors.under("data");
            if (!CALLBACKS_FOR.get(open.type).contains(type)) {
                FakeFormErrors wrong = new FakeFormErrors();
                wrong.add("INTERACTION_RESPONSE_TYPE_INVALID", "Value must be one of " + CALLBACKS_FOR.get(open.type)
                        + ".", "type");
                wrong.throwIfAny();
            }
            if (type == CHANNEL_MESSAGE) {
                FakeMessageRules.message(data, true, errors);
            } else if (type == UPDATE_MESSAGE) {
                FakeMessageRules.message(data, false, errors);
            } else if (type == AUTOCOMPLETE_RESULT) {
                FakeMessageRules.choices(data.path("choices"), errors);
            }
            errors.throwIfAny();
            ObjectNode shown = null;
            switch (type) {
                case CHANNEL_MESSAGE -> shown = newInteractionMessage(open, data, data.path("flags").asInt(0), at);
                case DEFERRED_CHANNEL_MESSAGE -> shown = newInteractionMessage(open, JSON.objectNode(),
                        LOADING | (data.path("flags").asInt(0) & EPHEMERAL), at);
                case DEFERRED_UPDATE_MESSAGE -> open.originalMessageId = open.sourceMessageId;
                case UPDATE_MESSAGE -> {
                    ObjectNode source = messages.get(open.sourceMessageId);
                    if (source == null) {
                        throw FakeRefusal.of(404, FakeRefusal.UNKNOWN_MESSAGE, "Unknown Message");
                    }
                    open.originalMessageId = open.sourceMessageId;
                    shown = edit(source, data, at);
                }
                default -> {
                    // an autocomplete answer or a modal creates no message
                }
            }
            open.acknowledged = true;
            callbacks.add(new Callback(open.id, open.token, type, FakePayloads.text(data, "content"),
                    FakePayloads.embeds(data.path("embeds")), FakePayloads.rows(data.path("components")),
                    FakePayloads.choices(data.path("choices")), data.path("flags").asInt(0), at));
            lock.notifyAll();
            if (!"true".equals(rest.query("with_response"))) {
                return new MockResponse.Builder().code(204).setHeader("Via", "1.1 google").build();
            }
            return ok(callbackResponse(open, type, shown));
        }
    }

    /** Discord's interaction callback response, for a callback sent with {@code ?with_response=true}. */
    private static ObjectNode callbackResponse(Open open, int type, ObjectNode shown) {
        ObjectNode response = JSON.objectNode();
        ObjectNode interaction = response.putObject("interaction").put("id", open.id).put("type", open.type);
        if (shown != null) {
            int flags = shown.path("flags").asInt(0);
            interaction.put("response_message_id", shown.path("id").asText())
                    .put("response_message_loading", (flags & LOADING) != 0)
                    .put("response_message_ephemeral", (flags & EPHEMERAL) != 0);
            ObjectNode resource = response.putObject("resource").put("type", type);
            resource.set("message", shown.deepCopy());
        }
        return response;
    }

    private ObjectNode newInteractionMessage(Open open, JsonNode data, int flags, Instant at) {
        ObjectNode payload = data.deepCopy();
        payload.put("flags", flags);
        ObjectNode message = FakeDiscordObjects.botMessage(nextId(), open.from.channelId(),
                open.from.inGuild() ? GUILD_ID : null, payload, at, true);
        String id = message.path("id").asText();
        messages.put(id, message);
        open.messageIds.add(id);
        if (open.originalMessageId == null) {
            open.originalMessageId = id;
        }
        return message;
    }

    /** Applies the fields an edit gives to {@code message}; a deferred (loading) message stops loading. */
    private static ObjectNode edit(ObjectNode message, JsonNode data, Instant at) {
        if (data.hasNonNull("content")) {
            message.put("content", data.get("content").asText());
        }
        if (data.hasNonNull("embeds")) {
            message.set("embeds", FakeDiscordObjects.embedsAsShown(data.get("embeds")));
        }
        if (data.hasNonNull("components")) {
            message.set("components", data.get("components").deepCopy());
        }
        int flags = message.path("flags").asInt(0);
        if ((flags & LOADING) != 0) {
            message.put("flags", flags & ~LOADING);
        } else {
            message.put("edited_timestamp", FakeDiscordObjects.timestamp(at));
        }
        return message;
    }

    private MockResponse webhook(FakeRestRequest rest, Instant at) {
        synchronized (lock) {
            Open open = interactions.get(rest.segment(2));
            if (!rest.segment(1).equals(FakeDiscordObjects.id(APPLICATION_ID)) || open == null
                    || !open.acknowledged) {
                throw FakeRefusal.unknownWebhook();
            }
            if (at.isAfter(open.created.plus(TOKEN_LIFETIME))) {
                throw FakeRefusal.of(401, FakeRefusal.INVALID_WEBHOOK_TOKEN, "Invalid Webhook Token");
            }
            JsonNode body = rest.body();
            MockResponse response;
            if (rest.matches("POST", "webhooks", "*", "*")) {
                FakeFormErrors errors = new FakeFormErrors();
                FakeMessageRules.message(body, true, errors);
                errors.throwIfAny();
                ObjectNode message = newInteractionMessage(open, body, body.path("flags").asInt(0), at);
                followUps.add(webhookMessage(open, message.path("id").asText(), body, at));
                response = "true".equals(rest.query("wait")) ? ok(message.deepCopy())
                        : new MockResponse.Builder().code(204).setHeader("Via", "1.1 google").build();
            } else if (rest.segments().size() == 5 && rest.segment(3).equals("messages")) {
                String messageId = rest.segment(4).equals("@original") ? open.originalMessageId : rest.segment(4);
                ObjectNode message = messageId == null ? null : messages.get(messageId);
                boolean own = messageId != null && (open.messageIds.contains(messageId)
                        || messageId.equals(open.originalMessageId));
                if (message == null || !own) {
                    throw FakeRefusal.of(404, FakeRefusal.UNKNOWN_MESSAGE, "Unknown Message");
                }
                switch (rest.method()) {
                    case "GET" -> response = ok(message.deepCopy());
                    case "PATCH" -> {
                        FakeFormErrors errors = new FakeFormErrors();
                        FakeMessageRules.message(body, false, errors);
                        errors.throwIfAny();
                        edit(message, body, at);
                        edits.add(webhookMessage(open, messageId, body, at));
                        response = ok(message.deepCopy());
                    }
                    case "DELETE" -> {
                        messages.remove(messageId);
                        response = new MockResponse.Builder().code(204).setHeader("Via", "1.1 google").build();
                    }
                    default -> throw FakeRefusal.notFound();
                }
            } else {
                throw FakeRefusal.notFound();
            }
            lock.notifyAll();
            return response;
        }
    }

    private static WebhookMessage webhookMessage(Open open, String messageId, JsonNode body, Instant at) {
        return new WebhookMessage(open.token, messageId, FakePayloads.text(body, "content"),
                FakePayloads.embeds(body.path("embeds")), FakePayloads.rows(body.path("components")),
                body.path("flags").asInt(0), at);
    }

    private static Message shown(ObjectNode message) {
        return new Message(message.path("id").asText(), message.path("channel_id").asLong(),
                message.path("content").asText(""), FakePayloads.embeds(message.path("embeds")),
                FakePayloads.rows(message.path("components")), message.path("flags").asInt(0),
                !message.path("edited_timestamp").isNull());
    }

    // ---- helpers ----

    /** A snowflake from the clock, strictly increasing. Called with the lock held. */
    private long nextId() {
        long millis = Math.max(clock.millis(), lastIdMillis);
        if (millis == lastIdMillis) {
            idIncrement++;
            if (idIncrement > 0xFFF) {
                millis++;
                idIncrement = 0;
            }
        } else {
            idIncrement = 0;
        }
        lastIdMillis = millis;
        return ((millis - DISCORD_EPOCH) << 22) | (1L << 17) | idIncrement;
    }

    private static long parseId(String raw) {
        try {
            return Long.parseUnsignedLong(raw);
        } catch (NumberFormatException e) {
            FakeFormErrors errors = new FakeFormErrors();
            errors.add("NUMBER_TYPE_COERCE", "Value \"" + raw + "\" is not snowflake.", "id");
            errors.throwIfAny();
            return 0;
        }
    }

    private static MockResponse ok(JsonNode body) {
        return FakeDiscordObjects.json(200, body).build();
    }
}
