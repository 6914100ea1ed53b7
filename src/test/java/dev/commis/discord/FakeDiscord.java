package dev.commis.discord;

import java.io.IOException;
import java.net.InetAddress;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import mockwebserver3.MockWebServer;

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
 *
 * <p>Behind this front door: {@link FakeDiscordRouter} routes each REST request; {@link FakeInteractions} answers
 * interaction callbacks and webhooks, {@link FakeChannels} channel messages, {@link FakeCommands} command
 * registration; {@link FakeGatewayHost} hosts the gateway connections; {@link FakeUsers} dispatches what users do;
 * {@link FakeMessages} keeps the bot's messages; {@link FakeDiscordLog} records it all and is the one lock.
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

    /**
     * A message posted with {@code POST channels/{id}/messages} (a reminder, a DM), or an edit of one of the bot's
     * messages with {@code PATCH channels/{id}/messages/{id}} (a null content or empty list may mean "left as it was").
     */
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

    private final String token;
    private final Clock clock;
    private final MockWebServer server = new MockWebServer();
    /** Also the fake's one lock: see {@link FakeDiscordLog}. */
    private final FakeDiscordLog log = new FakeDiscordLog();
    private final FakeMessages messages = new FakeMessages();
    private final FakeCommands commands;
    private final FakeGatewayHost gateways;
    private final FakeUsers users;
    private final FakeDiscordRouter router;
    private final FakeDiscordPolls polls;

    public FakeDiscord() {
        this(DEFAULT_TOKEN, Clock.systemUTC());
    }

    /** A fake for bot token {@code token} whose timestamps and interaction deadlines follow {@code clock}. */
    public FakeDiscord(String token, Clock clock) {
        this.token = Objects.requireNonNull(token, "token");
        this.clock = Objects.requireNonNull(clock, "clock");
        FakeSnowflakes ids = new FakeSnowflakes(clock);
        FakeChannels channels = new FakeChannels(ids, messages, log);
        FakeInteractions interactions = new FakeInteractions(log, ids, messages);
        commands = new FakeCommands(ids);
        gateways = new FakeGatewayHost(token, log, ids, () -> "ws://127.0.0.1:" + port() + RESUME_PATH);
        users = new FakeUsers(log, clock, ids, gateways, interactions, channels, commands, messages);
        polls = new FakeDiscordPolls(messages);
        router = new FakeDiscordRouter(token, clock, log, gateways, interactions, channels, commands,
                this::gatewayUrl, polls);
    }

    /** Starts listening on 127.0.0.1, on a free port. */
    public FakeDiscord start() throws IOException {
        server.setDispatcher(router);
        server.start(InetAddress.getByName("127.0.0.1"), 0);
        return this;
    }

    /**
     * Closes every gateway connection from the server side with a close frame, waits a moment for the close
     * handshakes, and stops the server.
     */
    @Override
    public void close() {
        gateways.closeAll();
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
        return users.slashCommand(from, command, options);
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
        return users.autocomplete(from, command, focusedOption, typed, otherOptions);
    }

    /** Presses the button {@code customId} on the newest message the bot sent to {@code from}'s channel with it. */
    public Interaction dispatchButton(From from, String customId) {
        return users.button(from, customId);
    }

    /** Presses the button {@code customId} on message {@code messageId} (type 3, component_type 2). */
    public Interaction dispatchButton(From from, String messageId, String customId) {
        return users.button(from, messageId, customId);
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
        router.misbehave(new FakeRateLimit(routePrefix, retryAfter, clock));
    }

    /** The next {@code times} POSTs to a route starting with {@code routePrefix} fail with a 500, which JDA does not retry. */
    public void failNextPosts(String routePrefix, int times) {
        router.misbehave(new FakeServerError(routePrefix, times));
    }

    /**
     * The gateway drops the current connection with close code 4000 ("Unknown error", which Discord lets a client
     * resume): JDA reconnects at once to the {@code resume_gateway_url} and sends RESUME, which the fake answers
     * with RESUMED (it replays no missed events).
     */
    public void dropGatewayConnection() {
        gateways.identified()
                .orElseThrow(() -> new IllegalStateException("no identified gateway session to drop"))
                .close(FakeGateway.UNKNOWN_ERROR, "Unknown error");
    }

    /**
     * The next {@code method} request to a route starting with {@code routePrefix} is refused with HTTP
     * {@code status} and Discord's error {@code code} ({@code {"code":…,"message":…}}), as Discord refuses an edit
     * of a message it will not change.
     */
    public void refuseNext(String method, String routePrefix, int status, int code, String message) {
        router.misbehave(new FakeRefusalOnce(method, routePrefix, FakeRefusal.of(status, code, message)));
    }

    // ---- what the bot did ----

    /**
     * Every REST request answered so far, in order; a websocket upgrade shows as {@code GET gateway} (or
     * {@code GET gateway-resume} when the client resumes there) with status 101.
     */
    public List<RestCall> calls() {
        return log.calls();
    }

    /** The requests whose route starts with {@code routePrefix}, in order. */
    public List<RestCall> calls(String method, String routePrefix) {
        return log.calls(method, routePrefix);
    }

    /** Interaction callbacks Discord accepted, in order. */
    public List<Callback> callbacks() {
        return log.callbacks();
    }

    public List<WebhookMessage> followUps() {
        return log.followUps();
    }

    /** Edits of interaction messages ({@code @original} or follow-ups), in order. */
    public List<WebhookMessage> edits() {
        return log.edits();
    }

    public List<ChannelMessage> channelMessages() {
        return log.channelMessages();
    }

    /** Edits of the bot's messages through the channel route ({@code PATCH channels/{id}/messages/{id}}), in order. */
    public List<ChannelMessage> channelEdits() {
        return log.channelEdits();
    }

    /** The commands in force: global ones first, then the guild's, each in the order they were put. */
    public List<RegisteredCommand> registeredCommands() {
        synchronized (log) {
            return commands.registered();
        }
    }

    /** User {@code userId} votes for answer {@code answerId} (from 1) of the poll on the bot's message {@code messageId}. */
    public void votePoll(String messageId, long userId, int answerId) {
        synchronized (log) {
            polls.vote(messageId, userId, answerId);
        }
    }

    /** The answers of the poll on the bot's message {@code messageId}. */
    public List<String> pollAnswers(String messageId) {
        synchronized (log) {
            return polls.answers(messageId);
        }
    }

    /** The poll on the bot's message {@code messageId} runs out by itself (Discord sends the bot no word of it). */
    public void pollRunsOut(String messageId) {
        synchronized (log) {
            polls.runOut(messageId, clock.instant());
        }
    }

    /** Deletes the bot's message {@code messageId}, as a moderator would. */
    public void deleteMessage(String messageId) {
        synchronized (log) {
            messages.remove(messageId);
        }
    }

    /** Whether the poll on the bot's message {@code messageId} has ended. */
    public boolean pollEnded(String messageId) {
        synchronized (log) {
            return polls.ended(messageId);
        }
    }

    /** A message the bot sent, as it stands after its edits. */
    public Optional<Message> message(String messageId) {
        synchronized (log) {
            return messages.shown(messageId);
        }
    }

    public List<Identify> identifies() {
        return log.identifies();
    }

    /** Gateway connections open now (a client that shut down has closed its own). */
    public int openConnections() {
        return gateways.openConnections();
    }

    /** Heartbeats answered, over all gateway connections still open. */
    public int heartbeats() {
        return gateways.heartbeats();
    }

    public Callback awaitCallback(Interaction interaction, Duration timeout) {
        return awaitCallback(callback -> callback.interactionId().equals(interaction.id()), timeout);
    }

    /** The first accepted callback matching {@code wanted}, waiting up to {@code timeout} for it. */
    public Callback awaitCallback(Predicate<Callback> wanted, Duration timeout) {
        return log.awaitCallback(wanted, timeout);
    }

    public WebhookMessage awaitFollowUp(Predicate<WebhookMessage> wanted, Duration timeout) {
        return log.awaitFollowUp(wanted, timeout);
    }

    public WebhookMessage awaitEdit(Predicate<WebhookMessage> wanted, Duration timeout) {
        return log.awaitEdit(wanted, timeout);
    }

    public ChannelMessage awaitChannelMessage(Predicate<ChannelMessage> wanted, Duration timeout) {
        return log.awaitChannelMessage(wanted, timeout);
    }

    public ChannelMessage awaitChannelEdit(Predicate<ChannelMessage> wanted, Duration timeout) {
        return log.awaitChannelEdit(wanted, timeout);
    }

    /** The first REST request matching {@code wanted}, whatever its answer. */
    public RestCall awaitCall(Predicate<RestCall> wanted, Duration timeout) {
        return log.awaitCall(wanted, timeout);
    }

    /** Waits until a gateway session is identified (JDA has received READY). */
    public void awaitIdentified(Duration timeout) {
        gateways.awaitIdentified(timeout);
    }
}
