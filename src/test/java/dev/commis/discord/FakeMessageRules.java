package dev.commis.discord;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashSet;
import java.util.Set;

/**
 * What Discord refuses in a message it is asked to post or edit, and in autocomplete choices: the limits of the
 * API reference, checked server-side so that a test sees the {@code 400 Invalid Form Body} Discord would give even
 * where JDA checks nothing (several embeds that are each fine but together exceed 6000 characters).
 * Lengths count code points, as Discord does.
 */
final class FakeMessageRules {

    static final int CONTENT_LIMIT = 2000;
    static final int EMBEDS_PER_MESSAGE = 10;
    static final int EMBED_TITLE_LIMIT = 256;
    static final int EMBED_DESCRIPTION_LIMIT = 4096;
    static final int EMBED_FIELDS_LIMIT = 25;
    static final int EMBED_FIELD_NAME_LIMIT = 256;
    static final int EMBED_FIELD_VALUE_LIMIT = 1024;
    static final int EMBED_FOOTER_LIMIT = 2048;
    static final int EMBED_AUTHOR_NAME_LIMIT = 256;
    /** All embeds of one message together: title, description, field names and values, footer and author. */
    static final int EMBED_TOTAL_LIMIT = 6000;
    static final int ACTION_ROWS_PER_MESSAGE = 5;
    static final int BUTTONS_PER_ROW = 5;
    static final int CUSTOM_ID_LIMIT = 100;
    static final int BUTTON_LABEL_LIMIT = 80;
    static final int AUTOCOMPLETE_CHOICES_LIMIT = 25;
    static final int CHOICE_NAME_LIMIT = 100;
    static final int CHOICE_VALUE_LIMIT = 100;

    static final int ACTION_ROW = 1;
    static final int BUTTON = 2;
    static final int LINK_STYLE = 5;
    static final int PREMIUM_STYLE = 6;

    private FakeMessageRules() {}

    /**
     * Checks a message to be created ({@code requireSomething}: a new message needs content, an embed or a
     * component) or the fields given in an edit; adds each broken rule to {@code errors}.
     */
    static void message(JsonNode message, boolean requireSomething, FakeFormErrors errors) {
        JsonNode content = message.path("content");
        if (content.isTextual() && length(content.asText()) > CONTENT_LIMIT) {
            errors.tooLong(CONTENT_LIMIT, "content");
        }
        JsonNode embeds = message.path("embeds");
        if (embeds.isArray()) {
            embeds(embeds, errors);
        }
        JsonNode components = message.path("components");
        if (components.isArray()) {
            components(components, errors);
        }
        boolean empty = (!content.isTextual() || content.asText().isEmpty())
                && (!embeds.isArray() || embeds.isEmpty())
                && (!components.isArray() || components.isEmpty())
                && !message.path("attachments").isArray() && !message.has("sticker_ids") && !message.has("poll");
        if (requireSomething && empty && !errors.any()) {
            throw FakeRefusal.of(400, FakeRefusal.EMPTY_MESSAGE, "Cannot send an empty message");
        }
    }

    /** The {@code choices} of an autocomplete answer (callback type 8). */
    static void choices(JsonNode choices, FakeFormErrors errors) {
        if (!choices.isArray()) {
            errors.required("choices");
            return;
        }
        if (choices.size() > AUTOCOMPLETE_CHOICES_LIMIT) {
            errors.tooLong(AUTOCOMPLETE_CHOICES_LIMIT, "choices");
        }
        for (int i = 0; i < choices.size(); i++) {
            JsonNode choice = choices.get(i);
            int nameLength = length(choice.path("name").asText(""));
            if (nameLength < 1 || nameLength > CHOICE_NAME_LIMIT) {
                errors.badLength(1, CHOICE_NAME_LIMIT, "choices", i, "name");
            }
            JsonNode value = choice.path("value");
            if (value.isMissingNode() || value.isNull()) {
                errors.required("choices", i, "value");
            } else if (value.isTextual() && length(value.asText()) > CHOICE_VALUE_LIMIT) {
                errors.tooLong(CHOICE_VALUE_LIMIT, "choices", i, "value");
            }
        }
    }

    private static void embeds(JsonNode embeds, FakeFormErrors errors) {
        if (embeds.size() > EMBEDS_PER_MESSAGE) {
            errors.tooLong(EMBEDS_PER_MESSAGE, "embeds");
            return;
        }
        int total = 0;
        for (int i = 0; i < embeds.size(); i++) {
            JsonNode embed = embeds.get(i);
            total += text(embed, "title", EMBED_TITLE_LIMIT, errors, "embeds", i, "title");
            total += text(embed, "description", EMBED_DESCRIPTION_LIMIT, errors, "embeds", i, "description");
            total += text(embed.path("footer"), "text", EMBED_FOOTER_LIMIT, errors, "embeds", i, "footer", "text");
            total += text(embed.path("author"), "name", EMBED_AUTHOR_NAME_LIMIT, errors, "embeds", i, "author",
                    "name");
            JsonNode fields = embed.path("fields");
            if (fields.size() > EMBED_FIELDS_LIMIT) {
                errors.tooLong(EMBED_FIELDS_LIMIT, "embeds", i, "fields");
            }
            for (int f = 0; f < fields.size(); f++) {
                JsonNode field = fields.get(f);
                total += text(field, "name", EMBED_FIELD_NAME_LIMIT, errors, "embeds", i, "fields", f, "name");
                total += text(field, "value", EMBED_FIELD_VALUE_LIMIT, errors, "embeds", i, "fields", f, "value");
                if (!field.path("name").isTextual() || field.path("name").asText().isEmpty()) {
                    errors.required("embeds", i, "fields", f, "name");
                }
                if (!field.path("value").isTextual() || field.path("value").asText().isEmpty()) {
                    errors.required("embeds", i, "fields", f, "value");
                }
            }
        }
        if (total > EMBED_TOTAL_LIMIT) {
            errors.add("MAX_EMBED_SIZE_EXCEEDED", "Embed size exceeds maximum size of " + EMBED_TOTAL_LIMIT,
                    "embeds");
        }
    }

    private static void components(JsonNode rows, FakeFormErrors errors) {
        if (rows.size() > ACTION_ROWS_PER_MESSAGE) {
            errors.tooLong(ACTION_ROWS_PER_MESSAGE, "components");
        }
        Set<String> customIds = new HashSet<>();
        for (int r = 0; r < rows.size(); r++) {
            JsonNode row = rows.get(r);
            if (row.path("type").asInt() != ACTION_ROW) {
                continue; // components v2 (sections, containers, …) are not modelled by this fake
            }
            JsonNode children = row.path("components");
            if (children.isEmpty()) {
                errors.badLength(1, BUTTONS_PER_ROW, "components", r, "components");
            } else if (children.size() > BUTTONS_PER_ROW) {
                errors.tooLong(BUTTONS_PER_ROW, "components", r, "components");
            }
            for (int c = 0; c < children.size(); c++) {
                JsonNode child = children.get(c);
                if (child.path("type").asInt() != BUTTON) {
                    customId(child, customIds, errors, r, c);
                    continue;
                }
                int style = child.path("style").asInt();
                String label = child.path("label").asText("");
                if (length(label) > BUTTON_LABEL_LIMIT) {
                    errors.tooLong(BUTTON_LABEL_LIMIT, "components", r, "components", c, "label");
                }
                if (style == LINK_STYLE) {
                    if (!child.path("url").isTextual()) {
                        errors.required("components", r, "components", c, "url");
                    }
                } else if (style != PREMIUM_STYLE) {
                    customId(child, customIds, errors, r, c);
                }
            }
        }
    }

    private static void customId(JsonNode component, Set<String> seen, FakeFormErrors errors, int row, int col) {
        String customId = component.path("custom_id").asText("");
        int length = length(customId);
        if (length == 0) {
            errors.required("components", row, "components", col, "custom_id");
        } else if (length > CUSTOM_ID_LIMIT) {
            errors.tooLong(CUSTOM_ID_LIMIT, "components", row, "components", col, "custom_id");
        } else if (!seen.add(customId)) {
            errors.add("COMPONENT_CUSTOM_ID_DUPLICATED", "Component custom id cannot be duplicated", "components",
                    row, "components", col, "custom_id");
        }
    }

    /** The length of {@code node.field} (0 when absent), after adding an error if it exceeds {@code limit}. */
    private static int text(JsonNode node, String field, int limit, FakeFormErrors errors, Object... path) {
        JsonNode value = node.path(field);
        if (!value.isTextual()) {
            return 0;
        }
        int length = length(value.asText());
        if (length > limit) {
            errors.tooLong(limit, path);
        }
        return length;
    }

    static int length(String text) {
        return text.codePointCount(0, text.length());
    }
}
