package dev.commis.discord;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.io.IOException;
import java.util.List;
import mockwebserver3.RecordedRequest;
import okhttp3.MediaType;
import okhttp3.MultipartReader;
import okio.Buffer;
import okio.ByteString;

/**
 * One REST request as Discord reads it: the method, the route below {@code /api/v10/}, the query, and the JSON
 * body — sent as such, or as the {@code payload_json} part of a {@code multipart/form-data} body (how JDA sends a
 * message that carries files).
 */
record FakeRestRequest(String method, String route, List<String> segments, String authorization,
        RecordedRequest raw, JsonNode body) {

    static final String API_PREFIX = "api/v10/";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** Reads {@code request}; refuses a path outside {@code /api/v10/} with 404 and an unreadable body with 400. */
    static FakeRestRequest read(RecordedRequest request) {
        List<String> all = request.getUrl().pathSegments();
        if (all.size() < 3 || !all.get(0).equals("api") || !all.get(1).equals("v10")) {
            throw FakeRefusal.notFound();
        }
        List<String> segments = List.copyOf(all.subList(2, all.size()));
        return new FakeRestRequest(request.getMethod(), String.join("/", segments), segments,
                request.getHeaders().get("Authorization"), request, body(request));
    }

    /** Segment {@code index} of the route ({@code channels/222/messages}: 1 is {@code 222}). */
    String segment(int index) {
        return index < segments.size() ? segments.get(index) : "";
    }

    boolean matches(String method, String... pattern) {
        if (!this.method.equals(method) || pattern.length != segments.size()) {
            return false;
        }
        for (int i = 0; i < pattern.length; i++) {
            if (!pattern[i].equals("*") && !pattern[i].equals(segments.get(i))) {
                return false;
            }
        }
        return true;
    }

    String query(String name) {
        return raw.getUrl().queryParameter(name);
    }

    private static JsonNode body(RecordedRequest request) {
        ByteString body = request.getBody();
        String contentType = request.getHeaders().get("Content-Type");
        MediaType type = contentType == null ? null : MediaType.parse(contentType);
        if (body == null || body.size() == 0 || type == null) {
            return MissingNode.getInstance();
        }
        try {
            if (type.subtype().equals("json")) {
                return MAPPER.readTree(body.utf8());
            }
            if (type.type().equals("multipart")) {
                return payloadJson(body, type.parameter("boundary"));
            }
        } catch (IOException e) {
            FakeFormErrors errors = new FakeFormErrors();
            errors.add("BASE_TYPE_BAD_JSON", "Could not parse the body: " + e.getMessage());
            errors.throwIfAny();
        }
        return MissingNode.getInstance();
    }

    private static JsonNode payloadJson(ByteString body, String boundary) throws IOException {
        try (MultipartReader reader = new MultipartReader(new Buffer().write(body), boundary)) {
            for (MultipartReader.Part next = reader.nextPart(); next != null; next = reader.nextPart()) {
                try (MultipartReader.Part part = next) {
                    String disposition = part.headers().get("Content-Disposition");
                    if (disposition != null && disposition.contains("name=\"payload_json\"")) {
                        return MAPPER.readTree(part.body().readUtf8());
                    }
                }
            }
        }
        return MissingNode.getInstance();
    }
}
