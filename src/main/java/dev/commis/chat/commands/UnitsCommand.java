package dev.commis.chat.commands;

import dev.commis.chat.Command;
import dev.commis.chat.Request;
import dev.commis.chat.reply.Reply;
import dev.commis.kitchen.UnitSystem;
import dev.commis.text.Folding;
import java.util.Locale;
import java.util.Map;

/**
 * {@code /units metric|imperial|original} ({@code /unites}): how this chat sees quantities; kept
 * across restarts.
 */
public final class UnitsCommand implements Command {

    static final String CODE = "u";

    private static final Map<String, UnitSystem> WORDS = Map.of(
            "metric", UnitSystem.METRIC, "metrique", UnitSystem.METRIC,
            "imperial", UnitSystem.IMPERIAL, "us", UnitSystem.IMPERIAL,
            "original", UnitSystem.AS_WRITTEN, "as written", UnitSystem.AS_WRITTEN, "origine", UnitSystem.AS_WRITTEN);

    @Override
    public String name() {
        return "units";
    }

    @Override
    public String frenchName() {
        return "unites";
    }

    @Override
    public String actionCode() {
        return CODE;
    }

    @Override
    public Reply run(Request request, String args) {
        UnitSystem chosen = WORDS.get(Folding.fold(args).strip());
        if (chosen == null) {
            String current = request.say("units." + request.units().name().toLowerCase(Locale.ROOT));
            return Reply.builder()
                    .paragraph(request.say(args.isBlank() ? "units.current" : "units.unknown", current, args))
                    .buttons(button(request, UnitSystem.METRIC), button(request, UnitSystem.IMPERIAL),
                            button(request, UnitSystem.AS_WRITTEN))
                    .build();
        }
        request.services().preferences().put(request.chat(), request.preferences().withUnits(chosen));
        return Reply.text(request.say("units.set", request.say("units." + chosen.name().toLowerCase(Locale.ROOT))));
    }

    private static dev.commis.chat.reply.Button button(Request request, UnitSystem system) {
        String word = switch (system) {
            case METRIC -> "metric";
            case IMPERIAL -> "imperial";
            case AS_WRITTEN -> "original";
        };
        return request.services().payloads().button(request.say("units." + system.name().toLowerCase(Locale.ROOT)), CODE, word);
    }
}
