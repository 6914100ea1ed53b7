package dev.commis.discord;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What Discord refuses in a bulk overwrite of application commands ({@code PUT …/commands}): names, descriptions,
 * localizations, option counts and order, autocomplete with fixed choices, duplicates.
 */
final class FakeCommandRules {

    static final int COMMANDS_PER_SCOPE = 100;
    static final int NAME_LIMIT = 32;
    static final int DESCRIPTION_LIMIT = 100;
    static final int OPTIONS_LIMIT = 25;
    static final int CHOICES_LIMIT = 25;

    /** The locales Discord accepts as keys of {@code name_localizations} and {@code description_localizations}. */
    static final Set<String> LOCALES = Set.of("id", "da", "de", "en-GB", "en-US", "es-ES", "es-419", "fr", "hr",
            "it", "lt", "hu", "nl", "no", "pl", "pt-BR", "ro", "fi", "sv-SE", "vi", "tr", "cs", "el", "bg", "ru", "uk",
            "hi", "th", "zh-CN", "ja", "zh-TW", "ko");

    private static final Pattern NAME = Pattern.compile("^[-_'\\p{L}\\p{N}\\p{IsDevanagari}\\p{IsThai}]{1,32}$");
    private static final int SLASH = 1;
    private static final int SUB_COMMAND = 1;
    private static final int SUB_COMMAND_GROUP = 2;
    private static final Set<Integer> AUTOCOMPLETE_TYPES = Set.of(3, 4, 10); // string, integer, number
    private static final Map<Integer, String> TYPE_NAMES = Map.of(1, "slash", 2, "user", 3, "message");

    private FakeCommandRules() {}

    static void commands(JsonNode commands, FakeFormErrors errors) {
        if (!commands.isArray()) {
            errors.add("LIST_TYPE_CONVERT", "Only iterables may be used in a ListType");
            return;
        }
        long slash = 0;
        Set<String> names = new HashSet<>();
        for (int i = 0; i < commands.size(); i++) {
            JsonNode command = commands.get(i);
            int type = command.path("type").asInt(SLASH);
            if (type == SLASH) {
                slash++;
            }
            String name = command.path("name").asText("");
            if (!names.add(TYPE_NAMES.getOrDefault(type, "?") + ":" + name)) {
                errors.add("APPLICATION_COMMANDS_DUPLICATE_NAME", "Application command names must be unique", i,
                        "name");
            }
            named(command, type == SLASH, errors, i);
            options(command.path("options"), errors, i);
        }
        if (slash > COMMANDS_PER_SCOPE) {
            errors.tooLong(COMMANDS_PER_SCOPE, new Object[0]);
        }
    }

    /** Name, description and their localizations, for a command or an option. */
    private static void named(JsonNode node, boolean checkName, FakeFormErrors errors, Object... path) {
        String name = node.path("name").asText("");
        if (checkName || !name.isEmpty()) {
            name(name, errors, append(path, "name"));
        }
        String description = node.path("description").asText("");
        if (checkName && (description.isEmpty() || FakeMessageRules.length(description) > DESCRIPTION_LIMIT)) {
            errors.badLength(1, DESCRIPTION_LIMIT, append(path, "description"));
        }
        localizations(node.path("name_localizations"), true, errors, append(path, "name_localizations"));
        localizations(node.path("description_localizations"), false, errors,
                append(path, "description_localizations"));
    }

    private static void name(String name, FakeFormErrors errors, Object... path) {
        if (name.isEmpty() || FakeMessageRules.length(name) > NAME_LIMIT) {
            errors.badLength(1, NAME_LIMIT, path);
        } else if (!NAME.matcher(name).matches() || !name.equals(name.toLowerCase(Locale.ROOT))) {
            errors.add("APPLICATION_COMMAND_INVALID_NAME", "Command name is invalid", path);
        }
    }

    private static void localizations(JsonNode map, boolean names, FakeFormErrors errors, Object... path) {
        if (!map.isObject()) {
            return;
        }
        map.fields().forEachRemaining(entry -> {
            Object[] at = append(path, entry.getKey());
            if (!LOCALES.contains(entry.getKey())) {
                errors.add("BASE_TYPE_CHOICES", "Value must be one of " + LOCALES + ".", at);
            } else if (names) {
                name(entry.getValue().asText(""), errors, at);
            } else if (FakeMessageRules.length(entry.getValue().asText("")) > DESCRIPTION_LIMIT) {
                errors.badLength(1, DESCRIPTION_LIMIT, at);
            }
        });
    }

    private static void options(JsonNode options, FakeFormErrors errors, Object... path) {
        if (!options.isArray()) {
            return;
        }
        Object[] at = append(path, "options");
        if (options.size() > OPTIONS_LIMIT) {
            errors.tooLong(OPTIONS_LIMIT, at);
        }
        boolean optionalSeen = false;
        for (int i = 0; i < options.size(); i++) {
            JsonNode option = options.get(i);
            int type = option.path("type").asInt();
            Object[] here = append(at, i);
            named(option, true, errors, here);
            if (type == SUB_COMMAND || type == SUB_COMMAND_GROUP) {
                options(option.path("options"), errors, here);
                continue;
            }
            boolean required = option.path("required").asBoolean(false);
            if (required && optionalSeen) {
                errors.add("APPLICATION_COMMAND_OPTIONS_REQUIRED_INVALID",
                        "Required options must be placed before non-required options", append(here, "required"));
            }
            optionalSeen |= !required;
            boolean autocomplete = option.path("autocomplete").asBoolean(false);
            JsonNode choices = option.path("choices");
            if (autocomplete && !AUTOCOMPLETE_TYPES.contains(type)) {
                errors.add("APPLICATION_COMMAND_OPTION_AUTOCOMPLETE_INVALID_TYPE",
                        "Autocomplete is only available for string, integer and number options",
                        append(here, "autocomplete"));
            }
            if (autocomplete && choices.isArray() && !choices.isEmpty()) {
                errors.add("APPLICATION_COMMAND_OPTION_CHOICES_AUTOCOMPLETE",
                        "Autocomplete cannot be enabled when choices are set", append(here, "autocomplete"));
            }
            if (choices.size() > CHOICES_LIMIT) {
                errors.tooLong(CHOICES_LIMIT, append(here, "choices"));
            }
        }
    }

    private static Object[] append(Object[] path, Object... more) {
        List<Object> all = new ArrayList<>(List.of(path));
        all.addAll(List.of(more));
        return all.toArray();
    }
}
