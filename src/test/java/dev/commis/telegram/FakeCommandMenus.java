package dev.commis.telegram;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import dev.commis.telegram.FakeBotApi.Command;
import dev.commis.telegram.FakeBotApi.CommandMenu;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * {@code setMyCommands} and {@code deleteMyCommands} as Telegram answers them: one menu per scope and language,
 * which an empty list of commands takes away; the menus in force are kept in the {@link FakeBotLog}.
 */
final class FakeCommandMenus {

    private final FakeBotLog log;

    FakeCommandMenus(FakeBotLog log) {
        this.log = log;
    }

    JsonNode setMyCommands(FakeRequestParams params) {
        JsonNode commands = params.json("commands");
        String language = Objects.requireNonNullElse(params.text("language_code"), "");
        FakeSendRules.commands(commands, language);
        String scope = scope(params.json("scope"));
        List<Command> menu = new ArrayList<>();
        commands.forEach(command -> menu.add(new Command(command.get("command").asText(),
                command.get("description").asText())));
        if (menu.isEmpty()) {
            log.removeMenu(scope, language);
        } else {
            log.putMenu(new CommandMenu(scope, language, List.copyOf(menu)));
        }
        return BooleanNode.TRUE;
    }

    JsonNode deleteMyCommands(FakeRequestParams params) {
        String language = Objects.requireNonNullElse(params.text("language_code"), "");
        log.removeMenu(scope(params.json("scope")), language);
        return BooleanNode.TRUE;
    }

    /** The scope's name as {@link CommandMenu#scope()} gives it: its type, then its chat and user ids if any. */
    private static String scope(JsonNode scope) {
        if (scope == null) {
            return "default";
        }
        StringBuilder name = new StringBuilder(scope.path("type").asText("default"));
        if (scope.has("chat_id")) {
            name.append(':').append(scope.get("chat_id").asText());
        }
        if (scope.has("user_id")) {
            name.append(':').append(scope.get("user_id").asText());
        }
        return name.toString();
    }
}
