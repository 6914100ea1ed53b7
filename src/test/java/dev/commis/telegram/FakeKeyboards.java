package dev.commis.telegram;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.commis.telegram.FakeBotApi.Button;
import java.util.ArrayList;
import java.util.List;

/** The inline keyboard in a {@code reply_markup}: as a message shows it, and as the fake records its buttons. */
final class FakeKeyboards {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private FakeKeyboards() {}

    /** The markup when it is an inline keyboard, else null (a message keeps no other kind). */
    static JsonNode inlineKeyboard(JsonNode markup) {
        return markup != null && markup.has("inline_keyboard") ? markup : null;
    }

    /** Shows the inline keyboard of {@code markup} under {@code message}, if there is one. */
    static void setMarkup(ObjectNode message, JsonNode markup) {
        JsonNode keyboard = inlineKeyboard(markup);
        if (keyboard != null) {
            message.set("reply_markup", JSON.objectNode().set("inline_keyboard", keyboard.get("inline_keyboard")));
        }
    }

    /** The rows of buttons of the inline keyboard; none without one. */
    static List<List<Button>> buttons(JsonNode markup) {
        JsonNode keyboard = inlineKeyboard(markup);
        if (keyboard == null) {
            return List.of();
        }
        List<List<Button>> rows = new ArrayList<>();
        for (JsonNode row : keyboard.get("inline_keyboard")) {
            List<Button> buttons = new ArrayList<>();
            row.forEach(button -> buttons.add(new Button(button.path("text").asText(),
                    button.path("callback_data").asText(null), button.path("url").asText(null))));
            rows.add(List.copyOf(buttons));
        }
        return List.copyOf(rows);
    }
}
