package dev.commis.telegram;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import mockwebserver3.RecordedRequest;
import okhttp3.MediaType;
import okhttp3.MultipartReader;
import okio.Buffer;
import okio.ByteString;

/**
 * The parameters of one Bot API call, read as the Bot API reads them: from the query string, a JSON body, or a
 * {@code multipart/form-data} body (how telegrambots sends every media method, {@code sendPhoto} included, where
 * JSON-valued fields such as {@code reply_markup} arrive as text and a new file arrives as its own part).
 */
final class FakeRequestParams {

    /** A file sent in a part of its own; the method's field says {@code attach://<part name>}. */
    record Upload(String partName, String fileName, long size) {}

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern PART_NAME = Pattern.compile("(?:^|;)\\s*name=\"([^\"]*)\"");
    private static final Pattern FILE_NAME = Pattern.compile(";\\s*filename=\"([^\"]*)\"");

    private final ObjectNode fields;
    private final Map<String, Upload> uploads;

    private FakeRequestParams(ObjectNode fields, Map<String, Upload> uploads) {
        this.fields = fields;
        this.uploads = uploads;
    }

    static FakeRequestParams read(RecordedRequest request) {
        ObjectNode fields = JSON.createObjectNode();
        Map<String, Upload> uploads = new LinkedHashMap<>();
        for (String name : request.getUrl().queryParameterNames()) {
            fields.put(name, request.getUrl().queryParameter(name));
        }
        ByteString body = request.getBody();
        MediaType type = MediaType.parse(String.valueOf(request.getHeaders().get("Content-Type")));
        if (body != null && body.size() > 0 && type != null) {
            try {
                if (type.subtype().equals("json")) {
                    JsonNode json = JSON.readTree(body.utf8());
                    if (!json.isObject()) {
                        throw FakeRefusal.badRequest("parameters must be a JSON object");
                    }
                    fields.setAll((ObjectNode) json);
                } else if (type.type().equals("multipart")) {
                    readMultipart(body, type.parameter("boundary"), fields, uploads);
                }
            } catch (IOException e) {
                throw FakeRefusal.badRequest("can't parse request body: " + e.getMessage());
            }
        }
        return new FakeRequestParams(fields, uploads);
    }

    private static void readMultipart(ByteString body, String boundary, ObjectNode fields, Map<String, Upload> uploads)
            throws IOException {
        try (MultipartReader reader = new MultipartReader(new Buffer().write(body), boundary)) {
            MultipartReader.Part next;
            while ((next = reader.nextPart()) != null) {
                try (MultipartReader.Part part = next) {
                    String disposition = String.valueOf(part.headers().get("Content-Disposition"));
                    Matcher name = PART_NAME.matcher(disposition);
                    if (!name.find()) {
                        continue;
                    }
                    Matcher fileName = FILE_NAME.matcher(disposition);
                    if (fileName.find()) {
                        long size = part.body().readByteString().size();
                        uploads.put(name.group(1), new Upload(name.group(1), fileName.group(1), size));
                    } else {
                        fields.put(name.group(1), part.body().readUtf8());
                    }
                }
            }
        }
    }

    /** Every field as received, JSON values of multipart fields still as text. */
    ObjectNode fields() {
        return fields.deepCopy();
    }

    Map<String, Upload> uploads() {
        return Map.copyOf(uploads);
    }

    boolean has(String name) {
        return fields.hasNonNull(name);
    }

    /** The field as text (numbers and booleans too), or null when absent. */
    String text(String name) {
        JsonNode value = fields.get(name);
        return value == null || value.isNull() ? null : value.isValueNode() ? value.asText() : value.toString();
    }

    /** The field as JSON, parsing it when it came as text (multipart); null when absent. */
    JsonNode json(String name) {
        JsonNode value = fields.get(name);
        if (value == null || value.isNull()) {
            return null;
        }
        if (value.isTextual()) {
            try {
                return JSON.readTree(value.asText());
            } catch (JsonProcessingException e) {
                throw FakeRefusal.badRequest("can't parse " + name + " JSON object");
            }
        }
        return value;
    }

    /** The field as a whole number, or null when absent; Telegram's words when it is not one. */
    Long number(String name) {
        String value = text(name);
        if (value == null || value.isEmpty()) {
            return null;
        }
        try {
            return Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            throw FakeRefusal.badRequest("field \"" + name + "\" must be a valid Number");
        }
    }

    boolean flag(String name) {
        return Boolean.parseBoolean(text(name));
    }
}
