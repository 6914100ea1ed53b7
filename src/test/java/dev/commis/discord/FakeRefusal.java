package dev.commis.discord;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import mockwebserver3.MockResponse;

/**
 * One request refused the way Discord refuses it: an HTTP status and a JSON body
 * {@code {"code":…,"message":…}}, with the {@code errors} tree of a {@code 50035 Invalid Form Body} when there is one.
 */
final class FakeRefusal extends RuntimeException {

    /** Discord's JSON error codes the fake uses. */
    static final int INVALID_FORM_BODY = 50035;
    static final int EMPTY_MESSAGE = 50006;
    static final int UNKNOWN_CHANNEL = 10003;
    static final int UNKNOWN_MESSAGE = 10008;
    static final int UNKNOWN_USER = 10013;
    static final int UNKNOWN_WEBHOOK = 10015;
    static final int UNKNOWN_INTERACTION = 10062;
    static final int ALREADY_ACKNOWLEDGED = 40060;
    static final int INVALID_WEBHOOK_TOKEN = 50027;

    private final int status;
    private final int code;
    private final ObjectNode errors;

    private FakeRefusal(int status, int code, String message, ObjectNode errors) {
        super(message, null, false, false);
        this.status = status;
        this.code = code;
        this.errors = errors;
    }

    static FakeRefusal of(int status, int code, String message) {
        return new FakeRefusal(status, code, message, null);
    }

    /** {@code 400 {"code":50035,"message":"Invalid Form Body","errors":{…}}}. */
    static FakeRefusal invalidFormBody(ObjectNode errors) {
        return new FakeRefusal(400, INVALID_FORM_BODY, "Invalid Form Body", errors);
    }

    static FakeRefusal unauthorized() {
        return of(401, 0, "401: Unauthorized");
    }

    static FakeRefusal notFound() {
        return of(404, 0, "404: Not Found");
    }

    static FakeRefusal unknownChannel() {
        return of(404, UNKNOWN_CHANNEL, "Unknown Channel");
    }

    static FakeRefusal unknownMessage() {
        return of(404, UNKNOWN_MESSAGE, "Unknown Message");
    }

    static FakeRefusal unknownInteraction() {
        return of(404, UNKNOWN_INTERACTION, "Unknown interaction");
    }

    static FakeRefusal unknownWebhook() {
        return of(404, UNKNOWN_WEBHOOK, "Unknown Webhook");
    }

    int status() {
        return status;
    }

    int code() {
        return code;
    }

    MockResponse response() {
        ObjectNode body = JsonNodeFactory.instance.objectNode()
                .put("message", getMessage())
                .put("code", code);
        if (errors != null) {
            body.set("errors", errors);
        }
        return FakeDiscordObjects.json(status, body).build();
    }
}
