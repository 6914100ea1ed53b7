package dev.commis.discord;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import mockwebserver3.MockResponse;

/**
 * The Discord objects the fake hands out (users, the guild with its roles and text channel, members, channels,
 * messages, the application), shaped as the API sends them, with every field JDA 6.5.0 requires when it parses them.
 * Ids are strings, as on the wire.
 */
final class FakeDiscordObjects {

    static final long BOT_ID = 9000;
    static final String BOT_NAME = "Commis";
    /** Differs from the bot's user id on purpose (new applications share it), so that mixing them up shows. */
    static final long APPLICATION_ID = 9001;
    static final long GUILD_ID = 111;
    static final String GUILD_NAME = "Cuisine de Léa";
    static final long TEXT_CHANNEL_ID = 222;
    static final String TEXT_CHANNEL_NAME = "cuisine";
    static final long USER_ID = 333;
    static final String USER_NAME = "lea";
    static final long DM_CHANNEL_ID = 444;
    /** The role the bot got when it was added to the guild. */
    static final long BOT_ROLE_ID = 555;

    static final int GUILD_TEXT = 0;
    static final int DM = 1;

    /** Permission bits (https://discord.com/developers/docs/topics/permissions). */
    static final long ADD_REACTIONS = 1L << 6;
    static final long VIEW_CHANNEL = 1L << 10;
    static final long SEND_MESSAGES = 1L << 11;
    static final long EMBED_LINKS = 1L << 14;
    static final long ATTACH_FILES = 1L << 15;
    static final long READ_MESSAGE_HISTORY = 1L << 16;
    static final long USE_EXTERNAL_EMOJIS = 1L << 18;
    static final long USE_APPLICATION_COMMANDS = 1L << 31;
    static final long SEND_MESSAGES_IN_THREADS = 1L << 38;
    /** What {@code @everyone} may do in the fake guild: read and write, embed, use commands. */
    static final long EVERYONE_PERMISSIONS = ADD_REACTIONS | VIEW_CHANNEL | SEND_MESSAGES | EMBED_LINKS
            | ATTACH_FILES | READ_MESSAGE_HISTORY | USE_EXTERNAL_EMOJIS | USE_APPLICATION_COMMANDS
            | SEND_MESSAGES_IN_THREADS;

    static final Instant JOINED = Instant.parse("2025-09-01T08:00:00Z");

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSSxxx")
            .withZone(ZoneOffset.UTC);

    private FakeDiscordObjects() {}

    /** A JSON response as Discord's edge sends it: {@code Via} marks it as coming through Discord's proxies. */
    static MockResponse.Builder json(int status, JsonNode body) {
        return new MockResponse.Builder()
                .code(status)
                .setHeader("Content-Type", "application/json")
                .setHeader("Via", "1.1 google")
                .body(body.toString());
    }

    static String timestamp(Instant at) {
        return ISO.format(at);
    }

    static ObjectNode botUser() {
        return JSON.objectNode()
                .put("id", id(BOT_ID))
                .put("username", BOT_NAME)
                .putNull("global_name")
                .put("discriminator", "4821")
                .putNull("avatar")
                .put("bot", true)
                .put("public_flags", 0);
    }

    /** {@code GET users/@me}: the bot user with its private fields. */
    static ObjectNode self() {
        return botUser()
                .put("verified", true)
                .put("mfa_enabled", false)
                .putNull("email")
                .put("flags", 0)
                .put("locale", "en-US")
                .putNull("banner")
                .putNull("accent_color");
    }

    static ObjectNode user(long id, String username) {
        return JSON.objectNode()
                .put("id", id(id))
                .put("username", username)
                .putNull("global_name")
                .put("discriminator", "0")
                .putNull("avatar")
                .put("public_flags", 0);
    }

    static ObjectNode application() {
        ObjectNode application = JSON.objectNode()
                .put("id", id(APPLICATION_ID))
                .put("name", BOT_NAME)
                .putNull("icon")
                .put("description", "")
                .put("bot_public", true)
                .put("bot_require_code_grant", false)
                .put("verify_key", "0000000000000000000000000000000000000000000000000000000000000000")
                .put("flags", 0)
                .putNull("team");
        application.set("owner", user(USER_ID, USER_NAME));
        application.set("bot", botUser());
        application.putArray("redirect_uris");
        application.putArray("tags");
        return application;
    }

    static ObjectNode gatewayBot(String url) {
        ObjectNode gateway = JSON.objectNode().put("url", url).put("shards", 1);
        gateway.putObject("session_start_limit")
                .put("total", 1000)
                .put("remaining", 999)
                .put("reset_after", 14_400_000)
                .put("max_concurrency", 1);
        return gateway;
    }

    /**
     * {@code READY}: the guild is listed as unavailable, as Discord lists every guild, so JDA waits for its
     * {@code GUILD_CREATE} before it reports ready — and the guild's channel is cached when {@code awaitReady()}
     * returns.
     */
    static ObjectNode ready(String sessionId, String resumeUrl, JsonNode shard) {
        ObjectNode ready = JSON.objectNode().put("v", 10);
        ready.set("user", self());
        ready.putArray("guilds").addObject().put("id", id(GUILD_ID)).put("unavailable", true);
        ready.put("session_id", sessionId)
                .put("session_type", "normal")
                .put("resume_gateway_url", resumeUrl);
        if (shard != null && shard.isArray()) {
            ready.set("shard", shard.deepCopy());
        }
        ready.putObject("application").put("id", id(APPLICATION_ID)).put("flags", 0);
        ready.putArray("private_channels");
        ready.putArray("relationships");
        ready.putArray("presences");
        ready.putArray("guild_join_requests");
        ready.putArray("geo_ordered_rtc_regions").add("rotterdam");
        ready.putArray("_trace").add("[\"fake-discord\",{\"micros\":1}]");
        return ready;
    }

    /** {@code GUILD_CREATE} for guild 111: two roles, text channel 222, the bot and lea as members. */
    static ObjectNode guildCreate() {
        ObjectNode guild = JSON.objectNode()
                .put("id", id(GUILD_ID))
                .put("name", GUILD_NAME)
                .putNull("icon")
                .putNull("splash")
                .putNull("discovery_splash")
                .putNull("banner")
                .putNull("description")
                .put("owner_id", id(USER_ID))
                .putNull("afk_channel_id")
                .put("afk_timeout", 300)
                .put("verification_level", 1)
                .put("default_message_notifications", 1)
                .put("explicit_content_filter", 0)
                .put("mfa_level", 0)
                .putNull("application_id")
                .putNull("system_channel_id")
                .put("system_channel_flags", 0)
                .putNull("rules_channel_id")
                .putNull("public_updates_channel_id")
                .putNull("safety_alerts_channel_id")
                .putNull("vanity_url_code")
                .put("premium_tier", 0)
                .put("premium_subscription_count", 0)
                .put("premium_progress_bar_enabled", false)
                .put("preferred_locale", "fr")
                .put("nsfw_level", 0)
                .put("max_members", 500_000)
                .put("joined_at", timestamp(JOINED))
                .put("large", false)
                .put("unavailable", false)
                .put("member_count", 2);
        guild.putArray("features");
        ArrayNode roles = guild.putArray("roles");
        roles.add(role(GUILD_ID, "@everyone", 0, EVERYONE_PERMISSIONS, false));
        roles.add(role(BOT_ROLE_ID, BOT_NAME, 1, EVERYONE_PERMISSIONS, true));
        guild.putArray("channels").add(textChannel());
        guild.putArray("threads");
        ArrayNode members = guild.putArray("members");
        members.add(member(botUser(), BOT_ROLE_ID));
        members.add(member(user(USER_ID, USER_NAME), -1));
        guild.putArray("voice_states");
        guild.putArray("presences");
        guild.putArray("emojis");
        guild.putArray("stickers");
        guild.putArray("stage_instances");
        guild.putArray("guild_scheduled_events");
        guild.putArray("soundboard_sounds");
        return guild;
    }

    static ObjectNode role(long id, String name, int position, long permissions, boolean managed) {
        ObjectNode role = JSON.objectNode()
                .put("id", id(id))
                .put("name", name)
                .put("color", 0)
                .put("hoist", false)
                .putNull("icon")
                .putNull("unicode_emoji")
                .put("position", position)
                .put("permissions", Long.toString(permissions))
                .put("managed", managed)
                .put("mentionable", false)
                .put("flags", 0);
        role.putObject("colors").put("primary_color", 0).putNull("secondary_color").putNull("tertiary_color");
        if (managed) {
            role.putObject("tags").put("bot_id", id(BOT_ID));
        }
        return role;
    }

    static ObjectNode textChannel() {
        ObjectNode channel = JSON.objectNode()
                .put("id", id(TEXT_CHANNEL_ID))
                .put("type", GUILD_TEXT)
                .put("guild_id", id(GUILD_ID))
                .put("name", TEXT_CHANNEL_NAME)
                .put("position", 0)
                .putNull("topic")
                .put("nsfw", false)
                .putNull("last_message_id")
                .put("rate_limit_per_user", 0)
                .putNull("parent_id")
                .put("flags", 0);
        channel.putArray("permission_overwrites");
        return channel;
    }

    /** A DM channel as the bot sees it from {@code POST users/@me/channels}: the recipient is the user. */
    static ObjectNode dmChannel(long channelId, ObjectNode recipient) {
        ObjectNode channel = JSON.objectNode()
                .put("id", id(channelId))
                .put("type", DM)
                .putNull("last_message_id")
                .put("flags", 0);
        channel.putArray("recipients").add(recipient.deepCopy());
        return channel;
    }

    /**
     * A DM channel as an interaction carries it: from the user's side, so the recipient is the bot (JDA recognises
     * its own id there and makes the channel a DM with the interacting user).
     */
    static ObjectNode interactionDmChannel(long channelId) {
        return dmChannel(channelId, botUser());
    }

    static ObjectNode member(ObjectNode user, long roleId) {
        ObjectNode member = JSON.objectNode();
        member.set("user", user);
        ArrayNode roles = member.putArray("roles");
        if (roleId > 0) {
            roles.add(id(roleId));
        }
        member.putNull("nick")
                .putNull("avatar")
                .put("joined_at", timestamp(JOINED))
                .putNull("premium_since")
                .put("deaf", false)
                .put("mute", false)
                .put("flags", 0)
                .put("pending", false)
                .putNull("communication_disabled_until");
        return member;
    }

    /** A message the bot posted: {@code data} is the payload it sent (content, embeds, components, flags). */
    static ObjectNode botMessage(long messageId, long channelId, Long guildId, JsonNode data, Instant at,
            boolean viaInteraction) {
        ObjectNode message = JSON.objectNode()
                .put("id", id(messageId))
                .put("type", viaInteraction ? 20 : 0)
                .put("channel_id", id(channelId))
                .put("content", data.path("content").asText(""));
        message.set("author", botUser());
        message.set("embeds", embedsAsShown(data.path("embeds")));
        message.set("components", arrayOrEmpty(data.path("components")));
        message.putArray("attachments");
        message.putArray("mentions");
        message.putArray("mention_roles");
        message.put("pinned", false)
                .put("mention_everyone", false)
                .put("tts", false)
                .put("timestamp", timestamp(at))
                .putNull("edited_timestamp")
                .put("flags", data.path("flags").asInt(0));
        if (viaInteraction) {
            message.put("application_id", id(APPLICATION_ID)).put("webhook_id", id(APPLICATION_ID));
        }
        if (data.hasNonNull("poll")) {
            message.set("poll", FakeDiscordPolls.shown(data.get("poll"), at));
        }
        if (guildId != null) {
            message.put("guild_id", id(guildId));
        }
        return message;
    }

    /** Embeds as Discord shows them: an embed sent without a type is a {@code rich} one (JDA requires the type). */
    static ArrayNode embedsAsShown(JsonNode embeds) {
        ArrayNode shown = arrayOrEmpty(embeds);
        shown.forEach(embed -> {
            if (embed.isObject() && !embed.hasNonNull("type")) {
                ((ObjectNode) embed).put("type", "rich");
            }
        });
        return shown;
    }

    static ArrayNode arrayOrEmpty(JsonNode node) {
        return node.isArray() ? (ArrayNode) node.deepCopy() : JSON.arrayNode();
    }

    static String id(long id) {
        return Long.toUnsignedString(id);
    }
}
