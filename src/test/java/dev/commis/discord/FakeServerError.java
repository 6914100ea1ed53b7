package dev.commis.discord;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import mockwebserver3.MockResponse;

/**
 * The next {@code times} POSTs to a route fail with {@code 500 Internal Server Error}, as when Discord is down for a
 * moment; JDA does not send a request again after a 500 (only after a 502, 503, 504 or 52x), so the caller sees it.
 */
final class FakeServerError implements FakeMisbehaviour {

    private final String routePrefix;
    private int left;

    FakeServerError(String routePrefix, int times) {
        this.routePrefix = routePrefix.startsWith("/") ? routePrefix.substring(1) : routePrefix;
        this.left = times;
    }

    @Override
    public boolean appliesTo(String method, String route) {
        return "POST".equals(method) && route.startsWith(routePrefix);
    }

    @Override
    public MockResponse intercept(String method, String route) {
        left--;
        return FakeDiscordObjects.json(500, JsonNodeFactory.instance.objectNode().put("message", "500: Internal Server Error")
                .put("code", 0)).build();
    }

    @Override
    public boolean spent() {
        return left <= 0;
    }
}
