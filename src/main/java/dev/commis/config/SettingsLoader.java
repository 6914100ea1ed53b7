package dev.commis.config;

import dev.commis.text.Language;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Loads {@link Settings} from a YAML file and the environment, strictly: an unknown key or a
 * bad value is refused with a message naming the file (or the environment variable), the key
 * and the value, except a token's value, which is never shown. {@code ${VAR}} and
 * {@code ${VAR:-default}} in values are substituted from the environment, and the variables of
 * {@link #OVERRIDES} replace the file's values.
 */
public final class SettingsLoader {

    /** The settings file read when none is named. */
    public static final Path DEFAULT_FILE = Path.of("config", "commis.yaml");

    /** Environment variables that replace a key's value, whatever the file says. */
    public static final Map<String, String> OVERRIDES = Map.of(
            "COMMIS_VAULT", "vault",
            "COMMIS_DATA", "data",
            "TELEGRAM_BOT_TOKEN", "telegram.token",
            "TELEGRAM_API_URL", "telegram.api_url",
            "DISCORD_BOT_TOKEN", "discord.token",
            "DISCORD_API_URL", "discord.api_url",
            "DISCORD_GATEWAY_URL", "discord.gateway_url",
            "COMMIS_WEB_PORT", "web.port");

    private static final List<String> KEYS = List.of("vault", "data", "lang", "timezone", "quick_minutes", "templates",
            "reminders.heads_up_minutes", "reminders.grace_minutes", "reminders.max_per_chat", "telegram.token", "telegram.api_url", "telegram.allowed", "telegram.timeout_seconds", "discord.token", "discord.guilds", "discord.api_url", "discord.gateway_url",
            "discord.shards", "max_recipe_size", "import.folder", "import.max_page_mb", "import.timeout_seconds",
            "import.allow_private_addresses", "import.allowed",
            "web.port", "web.bind", "web.public_url");
    private static final List<String> SECRET_KEYS = List.of("telegram.token", "discord.token");

    private final Map<String, String> env;

    /** @param env the environment, usually {@code System.getenv()} */
    public SettingsLoader(Map<String, String> env) {
        this.env = Map.copyOf(env);
    }

    /**
     * Reads {@code file}, or, when it is null, {@link #DEFAULT_FILE} if that exists and the
     * defaults otherwise.
     */
    public Settings load(Path file) throws SettingsException {
        Path chosen = file != null ? file : Files.exists(DEFAULT_FILE) ? DEFAULT_FILE : null;
        Map<String, Value> values = new LinkedHashMap<>();
        if (chosen != null) {
            readFile(chosen, values);
        }
        for (Map.Entry<String, String> override : OVERRIDES.entrySet()) {
            String found = env.get(override.getKey());
            if (found != null && !found.isEmpty()) {
                values.put(override.getValue(), new Value("environment variable " + override.getKey(), found));
            }
        }
        return new SettingsReader(values).settings();
    }

    /** A raw value and where it came from ("config/commis.yaml" or "environment variable X"). */
    record Value(String origin, Object raw) {
    }

    private void readFile(Path file, Map<String, Value> values) throws SettingsException {
        String name = file.toString();
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (java.nio.file.NoSuchFileException e) {
            throw new SettingsException(name + ": no such settings file");
        } catch (IOException e) {
            throw new SettingsException(name + ": cannot be read (" + e.getMessage() + ")");
        }
        Object document = SettingsYaml.read(name, text);
        if (document == null) {
            return;
        }
        if (!(document instanceof Map<?, ?> map)) {
            throw new SettingsException(name + ": expected 'key: value' lines at the top level");
        }
        flatten(name, "", map, values);
    }

    private void flatten(String file, String prefix, Map<?, ?> map, Map<String, Value> values) throws SettingsException {
        for (Map.Entry<?, ?> entry : map.entrySet()) {
            String key = prefix + entry.getKey();
            Object raw = entry.getValue();
            boolean isSection = KEYS.stream().anyMatch(k -> k.startsWith(key + "."));
            if (!isSection && !KEYS.contains(key)) {
                throw new SettingsException(file + ": unknown key " + TokenShapes.quoted(key) + "; the keys are "
                        + String.join(", ", KEYS));
            }
            if (isSection) {
                if (raw instanceof Map<?, ?> section) {
                    flatten(file, key + ".", section, values);
                } else if (raw != null) {
                    throw new SettingsException(file + ": key '" + key + "' must hold keys of its own, such as "
                            + KEYS.stream().filter(k -> k.startsWith(key + ".")).findFirst().orElseThrow());
                }
                continue;
            }
            values.put(key, new Value(file, substitute(file, key, raw)));
        }
    }

    private Object substitute(String file, String key, Object raw) throws SettingsException {
        String where = file + ": key '" + key + "'";
        if (raw instanceof String text) {
            return EnvSubstitution.apply(text, env, where);
        }
        if (raw instanceof Collection<?> items) {
            List<Object> out = new ArrayList<>();
            for (Object item : items) {
                out.add(item instanceof String text ? EnvSubstitution.apply(text, env, where) : item);
            }
            return out;
        }
        if (raw instanceof Map<?, ?>) {
            throw new SettingsException(where + " must be a single value, not a group of keys");
        }
        return raw;
    }

    /** Checks each value and builds the settings. */
    private static final class SettingsReader {
        private final Map<String, Value> values;

        SettingsReader(Map<String, Value> values) {
            this.values = values;
        }

        Settings settings() throws SettingsException {
            return new Settings(
                    Path.of(text("vault", "recipes")),
                    Path.of(text("data", "data")),
                    language(),
                    zone(),
                    minutes("quick_minutes", 30),
                    text("templates", "Templates"),
                    new Settings.Reminders(Duration.ofMinutes(minutes("reminders.heads_up_minutes", 10)),
                            Duration.ofMinutes(minutes("reminders.grace_minutes", 60)), maxPerChat()),
                    new Settings.Telegram(secret("telegram.token"), url("telegram.api_url", "https://api.telegram.org", "http", "https"),
                            ids("telegram.allowed", true), telegramTimeout()),
                    new Settings.Discord(secret("discord.token"), ids("discord.guilds", false),
                            url("discord.api_url", "https://discord.com/api/v10", "http", "https"),
                            text("discord.gateway_url", "").isEmpty() ? Optional.empty()
                                    : Optional.of(url("discord.gateway_url", "", "ws", "wss")),
                            count("discord.shards", 0, 1000)),
                    imports(),
                    FileSize.read(text("max_recipe_size", FileSize.DEFAULT_RECIPE), () -> bad("max_recipe_size",
                            "a size from 1 KB to 1 GB such as 1 MB, 512 KB or 2000000 (bytes)")),
                    web());
        }

        /** The kitchen screen's web server: {@code web.port} (0 = off), {@code web.bind}, {@code web.public_url}. */
        private Settings.Web web() throws SettingsException {
            int port = count("web.port", 0, 65535);
            String bind = text("web.bind", "127.0.0.1");
            if (!bind.matches("[0-9]{1,3}(\\.[0-9]{1,3}){3}|[0-9A-Fa-f:]*:[0-9A-Fa-f:]*|localhost")) {
                throw bad("web.bind", "an IP address to listen on, such as 127.0.0.1 (this machine only) or 0.0.0.0 (the network)");
            }
            Optional<URI> publicUrl = Optional.empty();
            String url = text("web.public_url", "");
            if (!url.isEmpty()) {
                try {
                    URI uri = new URI(url.endsWith("/") ? url.substring(0, url.length() - 1) : url);
                    if (("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null
                            && uri.getQuery() == null && uri.getFragment() == null && uri.getUserInfo() == null) {
                        publicUrl = Optional.of(uri);
                    }
                } catch (URISyntaxException e) {
                    // reported below
                }
                if (publicUrl.isEmpty()) {
                    throw bad("web.public_url", "an address starting with http:// or https://, without ? or #, such as"
                            + " http://192.168.1.20:8080 or https://commis.example.org");
                }
            }
            return new Settings.Web(port > 0, bind, port, publicUrl);
        }

        private Settings.Import imports() throws SettingsException {
            String folder = text("import.folder", "Imports").replace('\\', '/');
            if (folder.startsWith("/") || java.util.Arrays.asList(folder.split("/")).contains("..")) {
                throw bad("import.folder", "a folder inside the vault, such as Imports");
            }
            int megabytes = count("import.max_page_mb", 5, 100);
            int seconds = count("import.timeout_seconds", 20, 300);
            if (megabytes == 0 || seconds == 0) {
                throw bad(megabytes == 0 ? "import.max_page_mb" : "import.timeout_seconds", "a whole number from 1");
            }
            String allowPrivate = text("import.allow_private_addresses", "false");
            if (!allowPrivate.equals("true") && !allowPrivate.equals("false")) {
                throw bad("import.allow_private_addresses", "true or false");
            }
            List<String> allowed = new ArrayList<>();
            for (String user : words("import.allowed")) {
                if (!user.matches("(telegram|discord):-?\\d{1,20}")) {
                    throw new SettingsException(values.get("import.allowed").origin() + ": key 'import.allowed' has '" + user
                            + "' in its list; expected users such as telegram:123456789 or discord:123456789012345678");
                }
                allowed.add(user);
            }
            return new Settings.Import(folder, megabytes * 1024L * 1024L, Duration.ofSeconds(seconds),
                    allowPrivate.equals("true"), allowed);
        }

        private List<String> words(String key) {
            Value value = values.get(key);
            List<String> words = new ArrayList<>();
            if (value == null || value.raw() == null) {
                return words;
            }
            Collection<?> items = value.raw() instanceof Collection<?> list ? list
                    : List.of(String.valueOf(value.raw()).split("[,\\s]+"));
            for (Object item : items) {
                String word = String.valueOf(item).trim();
                if (!word.isEmpty()) {
                    words.add(word);
                }
            }
            return words;
        }

        private String text(String key, String fallback) throws SettingsException {
            Value value = values.get(key);
            if (value == null || value.raw() == null) {
                return fallback;
            }
            if (!(value.raw() instanceof String text)) {
                throw bad(key, "a single value");
            }
            return text.isBlank() ? fallback : text.trim();
        }

        private Language language() throws SettingsException {
            String code = text("lang", "fr");
            return Language.fromCode(code).orElseThrow(() -> bad("lang", "fr or en"));
        }

        private ZoneId zone() throws SettingsException {
            String id = text("timezone", "");
            if (id.isEmpty()) {
                return ZoneId.systemDefault();
            }
            try {
                return ZoneId.of(id);
            } catch (DateTimeException e) {
                throw bad("timezone", "a time zone such as Europe/Paris or America/Montreal");
            }
        }

        private int minutes(String key, int fallback) throws SettingsException {
            String text = text(key, String.valueOf(fallback));
            try {
                int minutes = Integer.parseInt(text);
                if (minutes >= 1 && minutes <= 1440) {
                    return minutes;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            throw bad(key, "a whole number of minutes from 1 to 1440");
        }

        private URI url(String key, String fallback, String scheme, String secureScheme) throws SettingsException {
            String text = text(key, fallback);
            if (TokenShapes.looksLikeToken(text)) {
                // The address is printed when a connection fails: a token in it would end up in the log.
                throw new SettingsException(values.get(key).origin() + ": key '" + key + "' holds what looks like a bot token"
                        + " (not shown); give the server's address only, and the token in the token key");
            }
            try {
                URI uri = new URI(text.endsWith("/") ? text.substring(0, text.length() - 1) : text);
                if ((scheme.equals(uri.getScheme()) || secureScheme.equals(uri.getScheme())) && uri.getHost() != null) {
                    return uri;
                }
            } catch (URISyntaxException e) {
                // reported below
            }
            throw bad(key, "an address starting with " + scheme + ":// or " + secureScheme + "://, such as "
                    + (key.startsWith("telegram") ? "https://api.telegram.org" : key.endsWith("gateway_url")
                            ? "wss://gateway.discord.gg" : "https://discord.com/api/v10"));
        }

        private Duration telegramTimeout() throws SettingsException {
            int seconds = count("telegram.timeout_seconds", 75, 600);
            if (seconds < 2) {
                throw bad("telegram.timeout_seconds", "a whole number of seconds from 2 to 600");
            }
            return Duration.ofSeconds(seconds);
        }

        private int maxPerChat() throws SettingsException {
            int max = count("reminders.max_per_chat", 100, 10_000);
            if (max == 0) {
                throw bad("reminders.max_per_chat", "a whole number from 1 to 10000");
            }
            return max;
        }

        private int count(String key, int fallback, int max) throws SettingsException {
            String text = text(key, String.valueOf(fallback));
            try {
                int value = Integer.parseInt(text);
                if (value >= 0 && value <= max) {
                    return value;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            throw bad(key, "a whole number from 0 to " + max);
        }

        private Optional<Secret> secret(String key) throws SettingsException {
            String token = text(key, "");
            if (token.isEmpty()) {
                return Optional.empty();
            }
            if (token.chars().anyMatch(Character::isWhitespace)) {
                throw new SettingsException(values.get(key).origin() + ": key '" + key
                        + "' holds spaces; a token is one word (its value is not shown here)");
            }
            return Optional.of(new Secret(token));
        }

        private List<Long> ids(String key, boolean negativeAllowed) throws SettingsException {
            Value value = values.get(key);
            if (value == null || value.raw() == null) {
                return List.of();
            }
            List<Object> items = new ArrayList<>();
            if (value.raw() instanceof Collection<?> list) {
                items.addAll(list);
            } else {
                for (String part : String.valueOf(value.raw()).split("[,\\s]+")) {
                    if (!part.isEmpty()) {
                        items.add(part);
                    }
                }
            }
            List<Long> ids = new ArrayList<>();
            for (Object item : items) {
                try {
                    long id = Long.parseLong(String.valueOf(item).trim());
                    if (id != 0 && (negativeAllowed || id > 0)) {
                        ids.add(id);
                        continue;
                    }
                } catch (NumberFormatException e) {
                    // reported below
                }
                throw new SettingsException(value.origin() + ": key '" + key + "' has " + shown(String.valueOf(item))
                        + " in its list; expected "
                        + (negativeAllowed ? "numeric user or chat ids such as 123456789 or -1001234567890"
                                : "numeric server ids such as 123456789012345678"));
            }
            return List.copyOf(ids);
        }

        /**
         * {@code text} in quotes for an error message, unless it holds a configured token or looks like
         * one (a token pasted into the wrong key must not end up in a log).
         */
        private String shown(String text) {
            for (String key : SECRET_KEYS) {
                Value secret = values.get(key);
                if (secret != null && secret.raw() instanceof String token && !token.isBlank() && text.contains(token.trim())) {
                    return "(not shown: it holds a bot token)";
                }
            }
            return TokenShapes.quoted(text);
        }

        private SettingsException bad(String key, String expected) {
            Value value = values.get(key);
            String shown = SECRET_KEYS.contains(key) ? "(not shown)" : shown(String.valueOf(value.raw()));
            return new SettingsException(value.origin() + ": key '" + key + "' has value " + shown + "; expected " + expected);
        }
    }
}
