package dev.commis.config;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Loads {@link Settings} from a YAML file and the environment, strictly: an unknown key or a
 * bad value is refused with a message naming the file (or the environment variable), the key
 * and the value, except a token's value, which is never shown. {@code ${VAR}} and
 * {@code ${VAR:-default}} in values are substituted from the environment, and the variables of
 * {@link #OVERRIDES} replace the file's values. The file is read by {@link SettingsFile}, each
 * value checked by {@link SettingsValues}; this class holds the keys and builds the settings.
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
            new SettingsFile(KEYS, env).read(chosen, values);
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

    /** Checks each value and builds the settings. */
    private static final class SettingsReader extends SettingsValues {

        SettingsReader(Map<String, Value> values) {
            super(values);
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
                    throw new SettingsException(origin("import.allowed") + ": key 'import.allowed' has '" + user
                            + "' in its list; expected users such as telegram:123456789 or discord:123456789012345678");
                }
                allowed.add(user);
            }
            return new Settings.Import(folder, megabytes * 1024L * 1024L, Duration.ofSeconds(seconds),
                    allowPrivate.equals("true"), allowed);
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
    }
}
