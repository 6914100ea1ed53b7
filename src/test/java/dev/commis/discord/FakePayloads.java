package dev.commis.discord;

import com.fasterxml.jackson.databind.JsonNode;
import dev.commis.discord.FakeDiscord.Button;
import dev.commis.discord.FakeDiscord.Choice;
import dev.commis.discord.FakeDiscord.CommandOption;
import dev.commis.discord.FakeDiscord.Embed;
import dev.commis.discord.FakeDiscord.Field;
import dev.commis.discord.FakeDiscord.RegisteredCommand;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads what the bot sent (message payloads, choices, commands) into the fake's records, for assertions. */
final class FakePayloads {

    private FakePayloads() {}

    /** The field as text, or null when it is absent or null (an edit that leaves it as it is). */
    static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isMissingNode() || value.isNull() ? null : value.asText();
    }

    static List<Embed> embeds(JsonNode embeds) {
        List<Embed> parsed = new ArrayList<>();
        for (JsonNode embed : embeds) {
            List<Field> fields = new ArrayList<>();
            for (JsonNode field : embed.path("fields")) {
                fields.add(new Field(field.path("name").asText(), field.path("value").asText(),
                        field.path("inline").asBoolean(false)));
            }
            parsed.add(new Embed(text(embed, "title"), text(embed, "description"), List.copyOf(fields),
                    text(embed.path("footer"), "text"), text(embed, "url")));
        }
        return List.copyOf(parsed);
    }

    /** The action rows of a message and their buttons (other components keep their custom_id, style 0). */
    static List<List<Button>> rows(JsonNode components) {
        List<List<Button>> rows = new ArrayList<>();
        for (JsonNode row : components) {
            if (row.path("type").asInt() != FakeMessageRules.ACTION_ROW) {
                continue;
            }
            List<Button> buttons = new ArrayList<>();
            for (JsonNode child : row.path("components")) {
                boolean button = child.path("type").asInt() == FakeMessageRules.BUTTON;
                buttons.add(new Button(button ? child.path("style").asInt() : 0, text(child, "label"),
                        text(child, "custom_id"), text(child, "url"), child.path("disabled").asBoolean(false)));
            }
            rows.add(List.copyOf(buttons));
        }
        return List.copyOf(rows);
    }

    static List<Choice> choices(JsonNode choices) {
        List<Choice> parsed = new ArrayList<>();
        for (JsonNode choice : choices) {
            parsed.add(new Choice(choice.path("name").asText(), choice.path("value").asText(),
                    localizations(choice.path("name_localizations"))));
        }
        return List.copyOf(parsed);
    }

    static Map<String, String> localizations(JsonNode map) {
        Map<String, String> parsed = new LinkedHashMap<>();
        if (map.isObject()) {
            map.fields().forEachRemaining(entry -> parsed.put(entry.getKey(), entry.getValue().asText()));
        }
        return Map.copyOf(parsed);
    }

    static RegisteredCommand command(JsonNode command) {
        List<String> contexts = new ArrayList<>();
        command.path("contexts").forEach(context -> contexts.add(context.asText()));
        String guildId = text(command, "guild_id");
        return new RegisteredCommand(command.path("id").asText(), guildId == null ? null : Long.valueOf(guildId),
                command.path("type").asInt(1), command.path("name").asText(),
                localizations(command.path("name_localizations")), command.path("description").asText(""),
                localizations(command.path("description_localizations")), options(command.path("options")),
                List.copyOf(contexts));
    }

    static List<CommandOption> options(JsonNode options) {
        List<CommandOption> parsed = new ArrayList<>();
        for (JsonNode option : options) {
            parsed.add(new CommandOption(option.path("type").asInt(), option.path("name").asText(),
                    localizations(option.path("name_localizations")), option.path("description").asText(""),
                    localizations(option.path("description_localizations")),
                    option.path("required").asBoolean(false), option.path("autocomplete").asBoolean(false),
                    choices(option.path("choices")), options(option.path("options"))));
        }
        return List.copyOf(parsed);
    }
}
