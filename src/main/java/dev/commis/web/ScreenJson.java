package dev.commis.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.commis.chat.Request;
import dev.commis.chat.commands.CookScreen;
import java.time.Instant;

/**
 * A chat's screen as the JSON the page reads: the cook (or null), the pending timers with their end
 * as epoch milliseconds, the server's time (so that a tablet whose clock is off still counts down
 * right), and the page's words in the chat's language. Text is data: the page shows it as text.
 */
final class ScreenJson {

    static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String[] WORDS = {"no_cook", "timers", "no_timers", "ingredients", "stop_confirm", "done",
        "offline", "revoked", "sound"};

    private ScreenJson() {
    }

    static String of(Request request, Instant now) {
        CookScreen.View view = CookScreen.of(request);
        ObjectNode root = MAPPER.createObjectNode();
        root.put("lang", request.lang().name().toLowerCase(java.util.Locale.ROOT));
        root.put("now", now.toEpochMilli());
        ObjectNode words = root.putObject("words");
        for (String word : WORDS) {
            words.put(word, request.say("screen.page." + word));
        }
        if (view.cook().isPresent()) {
            CookScreen.Cook cook = view.cook().get();
            ObjectNode node = root.putObject("cook");
            node.put("title", cook.title());
            node.put("stepOf", cook.stepOf());
            node.put("stepTitle", cook.stepTitle());
            node.put("text", cook.text());
            node.put("last", cook.last());
            ArrayNode ingredients = node.putArray("ingredients");
            cook.ingredients().forEach(ingredients::add);
            ArrayNode presses = node.putArray("presses");
            for (CookScreen.Press press : cook.presses()) {
                presses.addObject().put("name", press.name()).put("label", press.label());
            }
        } else {
            root.putNull("cook");
        }
        ArrayNode timers = root.putArray("timers");
        for (CookScreen.Timer timer : view.timers()) {
            timers.addObject().put("text", timer.text()).put("dueAt", timer.dueAt().toEpochMilli());
        }
        return root.toString();
    }
}
