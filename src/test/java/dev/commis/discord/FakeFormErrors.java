package dev.commis.discord;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code errors} tree of Discord's {@code 50035 Invalid Form Body}: every refused field, nested by its path in the
 * request ({@code embeds → 0 → title}), ends in {@code "_errors":[{"code":…,"message":…}]}. Discord reports every
 * bad field of a request at once, so rules add to one of these and throw at the end.
 */
final class FakeFormErrors {

    private final ObjectNode tree = JsonNodeFactory.instance.objectNode();
    private final List<String> prefix;
    private boolean any;

    FakeFormErrors() {
        this(List.of());
    }

    private FakeFormErrors(List<String> prefix) {
        this.prefix = prefix;
    }

    /** Errors whose paths start with {@code first} (for example {@code data} in an interaction callback). */
    static FakeFormErrors under(String first) {
        return new FakeFormErrors(List.of(first));
    }

    /** Adds an error at {@code path} (object keys and array indexes, as strings or numbers). */
    void add(String code, String message, Object... path) {
        ObjectNode node = tree;
        List<String> full = new ArrayList<>(prefix);
        for (Object step : path) {
            full.add(String.valueOf(step));
        }
        for (String step : full) {
            node = node.has(step) ? (ObjectNode) node.get(step) : node.putObject(step);
        }
        node.withArray("_errors").addObject().put("code", code).put("message", message);
        any = true;
    }

    /** {@code BASE_TYPE_MAX_LENGTH}: "Must be N or fewer in length." — for strings and arrays alike. */
    void tooLong(int limit, Object... path) {
        add("BASE_TYPE_MAX_LENGTH", "Must be " + limit + " or fewer in length.", path);
    }

    /** {@code BASE_TYPE_BAD_LENGTH}: "Must be between MIN and MAX in length." */
    void badLength(int min, int max, Object... path) {
        add("BASE_TYPE_BAD_LENGTH", "Must be between " + min + " and " + max + " in length.", path);
    }

    void required(Object... path) {
        add("BASE_TYPE_REQUIRED", "This field is required", path);
    }

    boolean any() {
        return any;
    }

    /** Throws the {@code 400 Invalid Form Body} if any error was added. */
    void throwIfAny() {
        if (any) {
            throw FakeRefusal.invalidFormBody(tree.deepCopy());
        }
    }
}
