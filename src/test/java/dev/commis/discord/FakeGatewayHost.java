package dev.commis.discord;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.commis.discord.FakeDiscord.Identify;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;

/**
 * The fake's side of its gateway connections: upgrades a request to {@code /gateway} (or {@code /gateway-resume})
 * to a {@link FakeGateway}, accepts the bot's token, knows the sessions it issued so that they may be resumed,
 * logs each IDENTIFY, and closes every connection when the fake closes.
 */
final class FakeGatewayHost implements FakeGateway.Host {

    private final String token;
    private final FakeDiscordLog log;
    private final FakeSnowflakes ids;
    private final Supplier<String> resumeUrl;
    /** Guarded by {@code log}, as is {@code sessions}. */
    private final List<FakeGateway> gateways = new ArrayList<>();
    private final Set<String> sessions = new HashSet<>();

    FakeGatewayHost(String token, FakeDiscordLog log, FakeSnowflakes ids, Supplier<String> resumeUrl) {
        this.token = token;
        this.log = log;
        this.ids = ids;
        this.resumeUrl = resumeUrl;
    }

    /** The websocket upgrade for {@code request}; refuses an encoding other than JSON and an unknown compression. */
    MockResponse upgrade(RecordedRequest request) {
        String encoding = request.getUrl().queryParameter("encoding");
        String compress = request.getUrl().queryParameter("compress");
        if (encoding != null && !encoding.equals("json")) {
            return FakeRefusal.of(400, 0, "the fake gateway speaks encoding=json only").response();
        }
        if (compress != null && !compress.equals("zlib-stream")) {
            return FakeRefusal.of(400, 0, "unknown compress=" + compress).response();
        }
        FakeGateway gateway;
        synchronized (log) {
            gateway = new FakeGateway(this, "fake-session-" + Long.toUnsignedString(ids.nextId()), compress != null);
            gateways.add(gateway);
        }
        return new MockResponse.Builder().webSocketUpgrade(gateway).build();
    }

    /** The newest connection whose session is identified, if any. */
    Optional<FakeGateway> identified() {
        synchronized (log) {
            return gateways.stream().filter(FakeGateway::isIdentified).reduce((first, second) -> second);
        }
    }

    int openConnections() {
        synchronized (log) {
            return gateways.size();
        }
    }

    int heartbeats() {
        synchronized (log) {
            return gateways.stream().mapToInt(FakeGateway::heartbeats).sum();
        }
    }

    void awaitIdentified(Duration timeout) {
        log.await(() -> gateways.stream().filter(FakeGateway::isIdentified).findFirst(), timeout,
                "identified session", () -> gateways.size() + " connection(s)");
    }

    /** Closes every connection with a close frame and waits up to a second for their close handshakes. */
    void closeAll() {
        List<FakeGateway> open;
        synchronized (log) {
            open = List.copyOf(gateways);
        }
        open.forEach(gateway -> gateway.close(1000, "fake Discord is closing"));
        long deadline = System.nanoTime() + Duration.ofSeconds(1).toNanos();
        synchronized (log) {
            while (!gateways.isEmpty() && System.nanoTime() < deadline) {
                try {
                    log.wait(10);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
        }
    }

    // ---- what the gateway asks ----

    @Override
    public boolean acceptsToken(String given) {
        return token.equals(given);
    }

    @Override
    public boolean knowsSession(String sessionId) {
        synchronized (log) {
            return sessions.contains(sessionId);
        }
    }

    @Override
    public ObjectNode ready(String sessionId, JsonNode shard) {
        return FakeDiscordObjects.ready(sessionId, resumeUrl.get(), shard);
    }

    @Override
    public void identified(FakeGateway gateway, JsonNode identify) {
        synchronized (log) {
            sessions.add(gateway.sessionId());
            if (identify.has("intents")) {
                List<Integer> shard = new ArrayList<>();
                identify.path("shard").forEach(number -> shard.add(number.asInt()));
                log.identify(new Identify(identify.path("intents").asInt(), List.copyOf(shard)));
            }
            log.notifyAll();
        }
    }

    @Override
    public void closed(FakeGateway gateway) {
        synchronized (log) {
            gateways.remove(gateway);
            log.notifyAll();
        }
    }
}
