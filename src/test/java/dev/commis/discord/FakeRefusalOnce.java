package dev.commis.discord;

import mockwebserver3.MockResponse;

/** The next request of one method to a route is refused with one of Discord's errors; then the fake answers as usual. */
final class FakeRefusalOnce implements FakeMisbehaviour {

    private final String method;
    private final String routePrefix;
    private final FakeRefusal refusal;
    private boolean spent;

    FakeRefusalOnce(String method, String routePrefix, FakeRefusal refusal) {
        this.method = method;
        this.routePrefix = routePrefix.startsWith("/") ? routePrefix.substring(1) : routePrefix;
        this.refusal = refusal;
    }

    @Override
    public boolean appliesTo(String requestMethod, String route) {
        return method.equals(requestMethod) && route.startsWith(routePrefix);
    }

    @Override
    public MockResponse intercept(String requestMethod, String route) {
        spent = true;
        return refusal.response();
    }

    @Override
    public boolean spent() {
        return spent;
    }
}
