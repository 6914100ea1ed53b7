package dev.commis.telegram;

import mockwebserver3.MockResponse;

/**
 * The next send is refused with Telegram's flood-control answer: HTTP 429, {@code Too Many Requests: retry after N}
 * and {@code parameters.retry_after = N}.
 */
final class FakeRateLimit implements FakeMisbehaviour {

    private final int retryAfterSeconds;
    private boolean spent;

    FakeRateLimit(int retryAfterSeconds) {
        if (retryAfterSeconds < 1) {
            throw new IllegalArgumentException("retry_after is at least 1 second, was " + retryAfterSeconds);
        }
        this.retryAfterSeconds = retryAfterSeconds;
    }

    @Override
    public MockResponse intercept(String method) {
        spent = true;
        return FakeRefusal.tooManyRequests(retryAfterSeconds).response();
    }

    @Override
    public boolean spent() {
        return spent;
    }
}
