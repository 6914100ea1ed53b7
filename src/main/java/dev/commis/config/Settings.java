package dev.commis.config;

import dev.commis.text.Language;
import java.net.URI;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * Commis's settings, checked and complete: every value has been validated and defaulted by
 * {@link SettingsLoader}. {@code toString()} never shows a token.
 *
 * @param vault        the recipe vault's folder
 * @param data         the folder for Commis's own state (preferences, reminders)
 * @param lang         the language of replies when a chat has not chosen one
 * @param timezone     the zone in which times of day are read and said
 * @param quickMinutes the longest total time of a "quick" recipe
 * @param templates    the vault's templates folder, relative to the vault, skipped when loading ("" for none)
 * @param reminders    how reminders are sent
 * @param telegram     the Telegram connection
 * @param discord      the Discord connection
 * @param imports      how recipes are saved from links ({@code import.*})
 * @param maxRecipeSize the largest recipe file read, in bytes; a larger one is skipped with a warning
 * @param web          the kitchen screen's web server ({@code web.*})
 */
public record Settings(
        Path vault,
        Path data,
        Language lang,
        ZoneId timezone,
        int quickMinutes,
        String templates,
        Reminders reminders,
        Telegram telegram,
        Discord discord,
        Import imports,
        long maxRecipeSize,
        Web web) {

    /** The settings with the web server off. */
    public Settings(Path vault, Path data, Language lang, ZoneId timezone, int quickMinutes, String templates,
            Reminders reminders, Telegram telegram, Discord discord, Import imports, long maxRecipeSize) {
        this(vault, data, lang, timezone, quickMinutes, templates, reminders, telegram, discord, imports, maxRecipeSize,
                Web.OFF);
    }

    /** The same settings with another vault folder. */
    public Settings withVault(Path folder) {
        return new Settings(folder, data, lang, timezone, quickMinutes, templates, reminders, telegram, discord, imports, maxRecipeSize, web);
    }

    /** The same settings with another data folder. */
    public Settings withData(Path folder) {
        return new Settings(vault, folder, lang, timezone, quickMinutes, templates, reminders, telegram, discord, imports, maxRecipeSize, web);
    }

    /** The same settings with another default language. */
    public Settings withLang(Language language) {
        return new Settings(vault, data, language, timezone, quickMinutes, templates, reminders, telegram, discord, imports, maxRecipeSize, web);
    }

    /** The same settings with another web server. */
    public Settings withWeb(Web server) {
        return new Settings(vault, data, lang, timezone, quickMinutes, templates, reminders, telegram, discord, imports, maxRecipeSize, server);
    }

    /** Whether any chat platform has a token, that is whether Commis should connect to one. */
    public boolean hasPlatformToken() {
        return telegram.token().isPresent() || discord.token().isPresent();
    }

    /**
     * @param headsUp  how long before the end of a long timer (an hour or more) to warn
     * @param grace    how late a missed reminder may still go out on its own; older ones are summarised
     * @param maxPerChat how many pending reminders one chat may hold (setting {@code reminders.max_per_chat})
     */
    public record Reminders(java.time.Duration headsUp, java.time.Duration grace, int maxPerChat) {

        /** With the default cap of 100 pending reminders per chat. */
        public Reminders(java.time.Duration headsUp, java.time.Duration grace) {
            this(headsUp, grace, 100);
        }
    }

    /**
     * @param folder                 the vault folder, relative to the vault, that saved recipes go into
     * @param maxPageBytes           the largest page read
     * @param timeout                how long a page may take to arrive
     * @param allowPrivateAddresses  whether pages on loopback, private and link-local addresses may be read
     * @param allowed                chat users who may save ({@code telegram:<id>}, {@code discord:<id>})
     */
    public record Import(String folder, long maxPageBytes, java.time.Duration timeout, boolean allowPrivateAddresses,
            List<String> allowed) {
        public Import {
            allowed = List.copyOf(allowed);
        }
    }

    /**
     * @param token   the bot's token from BotFather; empty when Telegram is not used
     * @param apiUrl  the Bot API server (Telegram's own, or a self-hosted one)
     * @param allowed user or chat ids allowed to use the bot; empty means everyone
     * @param timeout how long a call waits for Telegram's answer (setting {@code telegram.timeout_seconds})
     */
    public record Telegram(Optional<Secret> token, URI apiUrl, List<Long> allowed, java.time.Duration timeout) {
        /** The default time-out: longer than Telegram's own, so that a slow answer is not taken for no answer. */
        public static final java.time.Duration DEFAULT_TIMEOUT = java.time.Duration.ofSeconds(75);

        public Telegram {
            allowed = List.copyOf(allowed);
        }

        /** With the default time-out. */
        public Telegram(Optional<Secret> token, URI apiUrl, List<Long> allowed) {
            this(token, apiUrl, allowed, DEFAULT_TIMEOUT);
        }
    }

    /**
     * @param token      the bot's token; empty when Discord is not used
     * @param guilds     guilds (servers) to register slash commands in at once; empty means globally
     * @param apiUrl     the REST base URL (Discord's own, or a REST proxy shared by several bots)
     * @param gatewayUrl the gateway URL; empty means the one Discord gives
     * @param shards     how many shards to run; 0 means as many as Discord recommends
     */
    public record Discord(Optional<Secret> token, List<Long> guilds, URI apiUrl, Optional<URI> gatewayUrl, int shards) {
        public Discord {
            guilds = List.copyOf(guilds);
        }
    }

    /**
     * The kitchen screen's web server.
     *
     * @param on        whether it runs (setting {@code web.port} above 0)
     * @param bind      the address it listens on ({@code 127.0.0.1}: this machine only; {@code 0.0.0.0}: the network)
     * @param port      the port it listens on; 0 picks a free one (tests)
     * @param publicUrl the address put in links, without a trailing slash; empty: made from where it listens
     */
    public record Web(boolean on, String bind, int port, Optional<URI> publicUrl) {
        /** No web server. */
        public static final Web OFF = new Web(false, "127.0.0.1", 0, Optional.empty());
    }
}
