package dev.commis.telegram;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import mockwebserver3.MockResponse;

/**
 * One call refused the way the Bot API refuses it: the HTTP status equals {@code error_code} and the body is
 * {@code {"ok":false,"error_code":…,"description":…}}, with {@code parameters} when Telegram gives some.
 */
final class FakeRefusal extends RuntimeException {

    private final int errorCode;
    private final String description;
    private final Integer retryAfter;

    private FakeRefusal(int errorCode, String description, Integer retryAfter) {
        super(description, null, false, false);
        this.errorCode = errorCode;
        this.description = description;
        this.retryAfter = retryAfter;
    }

    /** A 400 whose description is Telegram's {@code Bad Request: } followed by {@code reason}. */
    static FakeRefusal badRequest(String reason) {
        return new FakeRefusal(400, "Bad Request: " + reason, null);
    }

    static FakeRefusal of(int errorCode, String description) {
        return new FakeRefusal(errorCode, description, null);
    }

    static FakeRefusal tooManyRequests(int retryAfterSeconds) {
        return new FakeRefusal(429, "Too Many Requests: retry after " + retryAfterSeconds, retryAfterSeconds);
    }

    int errorCode() {
        return errorCode;
    }

    String description() {
        return description;
    }

    MockResponse response() {
        ObjectNode body = JsonNodeFactory.instance.objectNode()
                .put("ok", false)
                .put("error_code", errorCode)
                .put("description", description);
        if (retryAfter != null) {
            body.putObject("parameters").put("retry_after", retryAfter);
        }
        return new MockResponse.Builder()
                .code(errorCode)
                .setHeader("Content-Type", "application/json")
                .body(body.toString())
                .build();
    }
}
