package dev.commis.discord;

import static dev.commis.discord.FakeDiscord.APPLICATION_ID;
import static dev.commis.discord.FakeDiscord.GUILD_ID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.commis.discord.FakeDiscord.RegisteredCommand;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The application commands in force, global and in the fake guild, read ({@code GET}) and overwritten in bulk
 * ({@code PUT}) on {@code applications/{app}/commands} or {@code applications/{app}/guilds/{guild}/commands} as
 * Discord does (a command keeps its id while its name and type stay), for callers that hold the fake's lock (its
 * {@link FakeDiscordLog}).
 */
final class FakeCommands {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    /** The scope of the global commands in {@link #commands}, whose other keys are guild ids. */
    private static final long GLOBAL = 0L;

    private final FakeSnowflakes ids;
    private final Map<Long, Map<String, ObjectNode>> commands = new LinkedHashMap<>();

    FakeCommands(FakeSnowflakes ids) {
        this.ids = ids;
    }

    /** Answers a request to the commands route of {@code rest}: the commands in force, after a PUT the new ones. */
    JsonNode answer(FakeRestRequest rest) {
        if (!rest.segment(1).equals(FakeDiscordObjects.id(APPLICATION_ID))) {
            throw FakeRefusal.of(403, 50001, "Missing Access");
        }
        long scope;
        if (rest.segments().size() == 3) {
            scope = GLOBAL;
        } else if (rest.segments().size() == 5 && rest.segment(2).equals("guilds")) {
            scope = FakeSnowflakes.parse(rest.segment(3));
            if (scope != GUILD_ID) {
                throw FakeRefusal.of(403, 50001, "Missing Access");
            }
        } else {
            throw FakeRefusal.notFound();
        }
        if (rest.method().equals("GET")) {
            ArrayNode all = JSON.arrayNode();
            commands.getOrDefault(scope, Map.of()).values().forEach(command -> all.add(command.deepCopy()));
            return all;
        }
        if (!rest.method().equals("PUT")) {
            throw FakeRefusal.notFound();
        }
        FakeFormErrors errors = new FakeFormErrors();
        FakeCommandRules.commands(rest.body(), errors);
        errors.throwIfAny();
        return overwrite(scope, rest.body());
    }

    /** The commands in force: global ones first, then the guild's, each in the order they were put. */
    List<RegisteredCommand> registered() {
        return Stream.concat(commands.getOrDefault(GLOBAL, Map.of()).values().stream(),
                        commands.entrySet().stream().filter(entry -> entry.getKey() != GLOBAL)
                                .flatMap(entry -> entry.getValue().values().stream()))
                .map(FakePayloads::command)
                .toList();
    }

    /** The command {@code name} a user in or out of the guild runs: the guild's if there is one, else the global. */
    Optional<ObjectNode> find(boolean inGuild, String name) {
        Optional<ObjectNode> registered = Optional.empty();
        if (inGuild) {
            registered = Optional.ofNullable(commands.getOrDefault(GUILD_ID, Map.of()).get(name));
        }
        if (registered.isEmpty()) {
            registered = Optional.ofNullable(commands.getOrDefault(GLOBAL, Map.of()).get(name));
        }
        return registered;
    }

    private ArrayNode overwrite(long scope, JsonNode sentCommands) {
        Map<String, ObjectNode> before = commands.getOrDefault(scope, Map.of());
        Map<String, ObjectNode> now = new LinkedHashMap<>();
        ArrayNode answer = JSON.arrayNode();
        for (JsonNode sent : sentCommands) {
            ObjectNode command = ((ObjectNode) sent).deepCopy();
            int type = command.path("type").asInt(1);
            String name = command.path("name").asText();
            ObjectNode previous = before.get(name);
            // Discord keeps a command's id when a bulk overwrite keeps its name and type.
            String id = previous != null && previous.path("type").asInt(1) == type ? previous.path("id").asText()
                    : Long.toUnsignedString(ids.nextId());
            command.put("id", id)
                    .put("application_id", FakeDiscordObjects.id(APPLICATION_ID))
                    .put("version", Long.toUnsignedString(ids.nextId()))
                    .put("type", type);
            if (scope != GLOBAL) {
                command.put("guild_id", FakeDiscordObjects.id(scope));
            }
            if (!command.has("description")) {
                command.put("description", "");
            }
            if (!command.has("default_member_permissions")) {
                command.putNull("default_member_permissions");
            }
            if (!command.has("nsfw")) {
                command.put("nsfw", false);
            }
            now.put(name, command);
            answer.add(command.deepCopy());
        }
        commands.put(scope, now);
        return answer;
    }
}
