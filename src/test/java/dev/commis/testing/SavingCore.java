package dev.commis.testing;

import dev.commis.chat.ButtonPayloads;
import dev.commis.chat.ChatCore;
import dev.commis.chat.ChatServices;
import dev.commis.chat.ChatWording;
import dev.commis.chat.CommandList;
import dev.commis.chat.CookStore;
import dev.commis.chat.Library;
import dev.commis.chat.PreferenceStore;
import dev.commis.config.Settings;
import dev.commis.importer.HostResolver;
import dev.commis.importer.LinkSaver;
import dev.commis.importer.RecipeImporter;
import dev.commis.importer.RecipeSite;
import dev.commis.reminders.Deliveries;
import dev.commis.reminders.MutableClock;
import dev.commis.reminders.ReminderScheduler;
import dev.commis.reminders.ReminderStore;
import dev.commis.store.Database;
import dev.commis.text.Language;
import dev.commis.vault.LoadProgress;
import dev.commis.vault.VaultLoader;
import dev.commis.vault.VaultScanner;
import dev.commis.vault.VaultSnapshot;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The chat core that the platforms' {@code /save} tests run their bot on: a copy of the sample
 * vault in a folder of the test's, a local recipe site to save pages from, an in-memory store and
 * a clock at 18:00 in Paris; links are saved into the vault's {@code Imports} folder, by the one
 * user allowed only (private addresses allowed, as the site is local). Close it after the bot.
 */
public final class SavingCore implements AutoCloseable {

    private final Path vault;
    private final RecipeSite site;
    private final Database database;
    private final ChatCore core;

    private SavingCore(Path vault, RecipeSite site, Database database, ChatCore core) {
        this.vault = vault;
        this.site = site;
        this.database = database;
        this.core = core;
    }

    /** Copies the sample vault into {@code dir}/vault and builds the core; {@code allowed} is "telegram:100". */
    public static SavingCore in(Path dir, String allowed) throws Exception {
        Path vault = dir.resolve("vault");
        TestVaults.copySample(vault);
        VaultSnapshot snapshot = new VaultLoader(new VaultScanner("Templates"), Clock.systemUTC(), LoadProgress.NONE).load(vault);
        RecipeSite site = new RecipeSite();
        Database database = Database.inMemory();
        MutableClock clock = new MutableClock(Instant.parse("2026-11-27T17:00:00Z"), ZoneId.of("Europe/Paris"));
        PreferenceStore preferences = new PreferenceStore(database);
        ReminderScheduler reminders = new ReminderScheduler(new ReminderStore(database), new Deliveries(),
                new ChatWording(preferences, Language.EN, clock), clock, Duration.ofHours(1));
        Settings.Import imports = new Settings.Import("Imports", 5 * 1024 * 1024, Duration.ofSeconds(5), true, List.of(allowed));
        LinkSaver saver = new LinkSaver(RecipeImporter.of(vault, imports, snapshot::recipes, HostResolver.SYSTEM, clock),
                imports.allowed(), false);
        ChatCore core = new ChatCore(CommandList.standard(), new ChatServices(new Library(() -> snapshot), preferences,
                new ButtonPayloads(), reminders, new CookStore(database), Duration.ofMinutes(10), new SplittableRandom(1),
                clock, 30, Language.EN, saver));
        return new SavingCore(vault, site, database, core);
    }

    /** The vault folder, where saved recipes land (under {@code Imports/}). */
    public Path vault() {
        return vault;
    }

    /** The local site serving recipe pages. */
    public RecipeSite site() {
        return site;
    }

    public ChatCore core() {
        return core;
    }

    @Override
    public void close() {
        database.close();
        site.close();
    }
}
