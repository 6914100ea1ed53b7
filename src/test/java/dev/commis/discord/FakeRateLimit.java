package dev.commis.discord;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;
import mockwebserver3.MockResponse;

/**
 * The next write (POST, PUT or PATCH) to a route is refused with Discord's per-route rate limit: HTTP 429, body
 * {@code {"message":"You are being rate limited.","retry_after":0.5,"global":false}}, and the headers that tell a
 * client it came from Discord itself. Without {@code Via} JDA takes a 429 for a Cloudflare ban and stalls every
 * route; {@code Retry-After} is whole seconds (JDA parses it as a long and waits the larger of it and the body's
 * {@code retry_after} rounded up), {@code X-RateLimit-Reset-After} is seconds with a fraction.
 */
final class FakeRateLimit implements FakeMisbehaviour {

    private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH");

    private final String routePrefix;
    private final Duration retryAfter;
    private final Clock clock;
    private boolean spent;

    FakeRateLimit(String routePrefix, Duration retryAfter, Clock clock) {
        if (retryAfter.isNegative() || retryAfter.isZero()) {
            throw new IllegalArgumentException("retry_after must be positive, was " + retryAfter);
        }
        this.routePrefix = routePrefix.startsWith("/") ? routePrefix.substring(1) : routePrefix;
        this.retryAfter = retryAfter;
        this.clock = clock;
    }

    @Override
    public boolean appliesTo(String method, String route) {
        return WRITES.contains(method) && route.startsWith(routePrefix);
    }

    @Override
    public MockResponse intercept(String method, String route) {
        spent = true;
        double seconds = retryAfter.toMillis() / 1000.0;
        double resetAt = clock.millis() / 1000.0 + seconds;
        ObjectNode body = JsonNodeFactory.instance.objectNode()
                .put("message", "You are being rate limited.")
                .put("retry_after", seconds)
                .put("global", false);
        return FakeDiscordObjects.json(429, body)
                .setHeader("Retry-After", (long) Math.ceil(seconds))
                .setHeader("X-RateLimit-Limit", 5)
                .setHeader("X-RateLimit-Remaining", 0)
                .setHeader("X-RateLimit-Reset", String.format(Locale.ROOT, "%.3f", resetAt))
                .setHeader("X-RateLimit-Reset-After", String.format(Locale.ROOT, "%.3f", seconds))
                .setHeader("X-RateLimit-Bucket", bucket(method, route))
                .setHeader("X-RateLimit-Scope", "user")
                .build();
    }

    @Override
    public boolean spent() {
        return spent;
    }

    /** A stable opaque bucket hash per route, as Discord gives one. */
    private static String bucket(String method, String route) {
        return String.format(Locale.ROOT, "%016x", (method + " " + route).hashCode() * 0x9E3779B97F4A7C15L);
    }
}
