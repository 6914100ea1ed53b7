package dev.commis.discord;

import static dev.commis.discord.FakeDiscord.GATEWAY_PATH;
import static dev.commis.discord.FakeDiscord.RESUME_PATH;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.commis.discord.FakeDiscord.RestCall;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.Optional;
import java.util.function.Supplier;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;

/**
 * Routes each request to the piece that answers it (a gateway upgrade, an interaction callback or webhook, which
 * carry their own token, or a call that needs the bot's token), lets the oldest misbehaviour that applies answer
 * instead, and logs every request with the status it got.
 */
final class FakeDiscordRouter extends Dispatcher {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final String token;
    private final Clock clock;
    private final FakeDiscordLog log;
    private final FakeGatewayHost gateways;
    private final FakeInteractions interactions;
    private final FakeChannels channels;
    private final FakeCommands commands;
    private final Supplier<String> gatewayUrl;
    /** Guarded by {@code log}. */
    private final Deque<FakeMisbehaviour> misbehaviours = new ArrayDeque<>();

    FakeDiscordRouter(String token, Clock clock, FakeDiscordLog log, FakeGatewayHost gateways,
            FakeInteractions interactions, FakeChannels channels, FakeCommands commands, Supplier<String> gatewayUrl,
            FakeDiscordPolls polls) {
        this.polls = polls;
        this.token = token;
        this.clock = clock;
        this.log = log;
        this.gateways = gateways;
        this.interactions = interactions;
        this.channels = channels;
        this.commands = commands;
        this.gatewayUrl = gatewayUrl;
    }

    /** Queues {@code misbehaviour} behind those already switched on. */
    void misbehave(FakeMisbehaviour misbehaviour) {
        synchronized (log) {
            misbehaviours.add(misbehaviour);
        }
    }

    @Override
    public MockResponse dispatch(RecordedRequest request) {
        Instant at = clock.instant();
        String path = request.getUrl().encodedPath();
        if (path.equals(GATEWAY_PATH) || path.equals(RESUME_PATH)) {
            MockResponse response = gateways.upgrade(request);
            log.call(new RestCall("GET", path.substring(1), response.getCode(), at));
            return response;
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
        log.call(new RestCall(method, route, response.getCode(), at));
        return response;
    }

    /** The answer of the oldest misbehaviour that applies to {@code rest}, if any; a spent one is dropped. */
    private Optional<MockResponse> misbehaviour(FakeRestRequest rest) {
        synchronized (log) {
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
            return interactions.callback(rest, at);
        }
        if (rest.segment(0).equals("webhooks")) {
            return interactions.webhook(rest, at);
        }
        if (!("Bot " + token).equals(rest.authorization())) {
            throw FakeRefusal.unauthorized();
        }
        synchronized (log) {
            MockResponse response = authorised(rest, at);
            log.notifyAll();
            return response;
        }
    }

    private final FakeDiscordPolls polls;

    private MockResponse authorised(FakeRestRequest rest, Instant at) {
        if (rest.matches("POST", "channels", "*", "polls", "*", "expire")) {
            return ok(polls.expire(rest.segment(3), at));
        }
        if (rest.matches("GET", "channels", "*", "messages", "*")) {
            return ok(polls.fetch(Long.parseLong(rest.segment(1)), rest.segment(3)));
        }
        if (rest.matches("GET", "gateway", "bot")) {
            return ok(FakeDiscordObjects.gatewayBot(gatewayUrl.get()));
        }
        if (rest.matches("GET", "gateway")) {
            return ok(JSON.objectNode().put("url", gatewayUrl.get()));
        }
        if (rest.matches("GET", "users", "@me")) {
            return ok(FakeDiscordObjects.self());
        }
        if (rest.matches("GET", "applications", "@me") || rest.matches("GET", "oauth2", "applications", "@me")) {
            return ok(FakeDiscordObjects.application());
        }
        if (rest.matches("GET", "users", "*")) {
            return ok(channels.user(FakeSnowflakes.parse(rest.segment(1))));
        }
        if (rest.matches("POST", "users", "@me", "channels")) {
            return ok(channels.openDm(rest.body()));
        }
        if (rest.matches("POST", "channels", "*", "messages")) {
            return ok(channels.post(rest, at));
        }
        if (rest.matches("PATCH", "channels", "*", "messages", "*")) {
            return ok(channels.edit(rest, at));
        }
        if (rest.segment(0).equals("applications") && rest.segment(rest.segments().size() - 1).equals("commands")) {
            return ok(commands.answer(rest));
        }
        throw FakeRefusal.notFound();
    }

    private static MockResponse ok(JsonNode body) {
        return FakeDiscordObjects.json(200, body).build();
    }
}
