package dev.commis.cli;

import dev.commis.chat.ButtonPayloads;
import dev.commis.chat.ChatCore;
import dev.commis.chat.ChatServices;
import dev.commis.chat.ChatPush;
import dev.commis.chat.ChatPushes;
import dev.commis.chat.ChatWording;
import dev.commis.chat.KitchenScreens;
import dev.commis.chat.ScreenTokens;
import dev.commis.events.ChatEvents;
import dev.commis.web.KitchenServer;
import java.security.SecureRandom;
import dev.commis.chat.CookStore;
import dev.commis.chat.CommandList;
import dev.commis.chat.Library;
import dev.commis.chat.PreferenceStore;
import dev.commis.config.Settings;
import dev.commis.importer.HostResolver;
import dev.commis.importer.LinkSaver;
import dev.commis.importer.RecipeImporter;
import dev.commis.reminders.Deliveries;
import dev.commis.reminders.Delivery;
import dev.commis.reminders.ReminderScheduler;
import dev.commis.reminders.ReminderStore;
import dev.commis.store.Database;
import dev.commis.store.StoreException;
import dev.commis.vault.LoadProgress;
import dev.commis.vault.Vault;
import dev.commis.vault.VaultCache;
import dev.commis.vault.VaultLoader;
import dev.commis.vault.VaultScanner;
import dev.commis.vault.VaultSnapshot;
import dev.commis.vault.VaultWatcher;
import java.io.IOException;
import java.time.Clock;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Commis assembled from its settings: the vault loaded and followed, the store opened, the chat
 * core and the reminder scheduler ready. Closing it stops the reminders (pending ones stay in the
 * store), stops following the vault and closes the store.
 */
public final class ChatRuntime implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ChatRuntime.class);

    /** The vault cache's file name in the data folder. */
    static final String VAULT_CACHE = "vault-cache.bin";

    private final Vault vault;
    private final VaultWatcher watcher;
    private final Database database;
    private final ChatCore core;
    private final Deliveries deliveries;
    private final ReminderScheduler reminders;
    /** Kitchen screen: replies to presses on the page go to the chat's platform; the web server, when on. */
    private final ChatPushes pushes = new ChatPushes();
    private KitchenServer web;
    /** Vote winners whose post failed are tried again on this thread (issue 15). */
    private final java.util.concurrent.ScheduledExecutorService winnerRetries =
            java.util.concurrent.Executors.newSingleThreadScheduledExecutor(runnable -> {
                Thread thread = new Thread(runnable, "vote-winners");
                thread.setDaemon(true);
                return thread;
            });
    /** How often the vote winners due for another post are looked for. */
    static final java.time.Duration WINNER_RETRY_CHECK = java.time.Duration.ofSeconds(15);

    private ChatRuntime(Vault vault, VaultWatcher watcher, Database database, ChatCore core, Deliveries deliveries,
            ReminderScheduler reminders) {
        this.vault = vault;
        this.watcher = watcher;
        this.database = database;
        this.core = core;
        this.deliveries = deliveries;
        this.reminders = reminders;
    }

    /**
     * Loads the vault named by {@code settings}, opens the store in its data folder and builds
     * the chat core.
     *
     * @throws IOException    when the vault folder cannot be read
     * @throws StoreException when the data folder or the store cannot be used
     */
    public static ChatRuntime open(Settings settings, LoadProgress progress) throws IOException, StoreException {
        // The store first: it holds the data folder, so a second process is refused before it loads anything.
        Database database = Database.open(settings.data());
        VaultScanner scanner = new VaultScanner(settings.templates());
        VaultLoader loader = new VaultLoader(scanner, Clock.systemUTC(), progress)
                .withCache(new VaultCache(settings.data().resolve(VAULT_CACHE))).withMaxFileSize(settings.maxRecipeSize());
        long start = System.nanoTime();
        VaultSnapshot snapshot;
        try {
            snapshot = loader.load(settings.vault());
        } catch (IOException | RuntimeException e) {
            database.close();
            throw e;
        }
        LOG.info("Vault {} loaded: {} recipes in {} ms, {} problem(s){}", settings.vault(), snapshot.recipes().size(),
                TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start), snapshot.problems().size(),
                snapshot.problems().isEmpty() ? "" : " (run 'commis check' for the list)");
        Vault vault = new Vault(loader, snapshot);
        // Building the index takes seconds on a large vault: say so rather than fall silent after "loaded".
        LOG.info("Building the search index of {} recipes…", snapshot.recipes().size());
        long indexing = System.nanoTime();
        Library library = new Library(vault::snapshot);
        LOG.info("Search index ready in {} ms", TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - indexing));
        vault.onChange(changed -> library.refresh());
        Clock clock = Clock.system(settings.timezone());
        PreferenceStore preferences = new PreferenceStore(database);
        Deliveries deliveries = new Deliveries();
        ChatEvents events = new ChatEvents();
        ReminderScheduler reminders = new ReminderScheduler(new ReminderStore(database),
                new dev.commis.chat.LocalizedDelivery(deliveries, preferences, settings.lang()),
                new ChatWording(preferences, settings.lang(), clock), clock, settings.reminders().grace(),
                settings.reminders().maxPerChat(), events);
        KitchenServer web = null;
        ScreenTokens tokens = new ScreenTokens(database, new SecureRandom());
        KitchenScreens screens = KitchenScreens.OFF;
        if (settings.web().on()) {
            try {
                web = KitchenServer.bind(settings.web());
            } catch (IOException e) {
                database.close();
                throw e;
            }
            screens = new KitchenScreens(tokens, web.publicUrl(), events);
        }
        ChatServices services = new ChatServices(library, preferences, new ButtonPayloads(), reminders,
                new CookStore(database, events), settings.reminders().headsUp(), new SplittableRandom(), clock,
                settings.quickMinutes(), settings.lang(), linkSaver(settings, vault, clock),
                new dev.commis.chat.ShoppingListStore(database), screens, new dev.commis.chat.PollStore(database),
                new dev.commis.chat.WeekStore(database));
        VaultWatcher watcher;
        try {
            watcher = VaultWatcher.start(vault, scanner, VaultWatcher.DEFAULT_QUIET, VaultWatcher.DEFAULT_MAX_DELAY);
        } catch (IOException e) {
            if (web != null) {
                web.close();
            }
            database.close();
            throw e;
        }
        ChatRuntime runtime = new ChatRuntime(vault, watcher, database, new ChatCore(CommandList.standard(), services),
                deliveries, reminders);
        if (web != null) {
            web.serve(runtime.core, tokens, events, runtime.pushes);
            runtime.web = web;
        }
        runtime.core.polls().retryWinnersOn(runtime.winnerRetries, WINNER_RETRY_CHECK);
        return runtime;
    }

    /** Saving from links into this vault, as {@code import.*} says. */
    private static LinkSaver linkSaver(Settings settings, Vault vault, Clock clock) {
        RecipeImporter importer = RecipeImporter.of(settings.vault(), settings.imports(),
                () -> vault.snapshot().recipes(), HostResolver.SYSTEM, clock);
        return new LinkSaver(importer, settings.imports().allowed(), !settings.telegram().allowed().isEmpty());
    }

    /**
     * Connects a platform's adapter for reminders: chats whose key starts with {@code platform}
     * get their reminders through {@code delivery}.
     */
    public void deliverTo(String platform, Delivery delivery) {
        deliveries.register(platform, delivery);
    }

    /**
     * Connects a platform's adapter for the kitchen screen: replies to presses on the page of a chat whose key
     * starts with {@code platform} go to it through {@code push}.
     */
    public void pushTo(String platform, ChatPush push) {
        pushes.register(platform, push);
    }

    /** The kitchen screen's web server, when {@code web.port} turns it on. */
    public java.util.Optional<KitchenServer> web() {
        return java.util.Optional.ofNullable(web);
    }

    /** Loads pending reminders and starts sending them; call once the adapters are connected. */
    public void startReminders() {
        reminders.start();
    }

    public ReminderScheduler reminders() {
        return reminders;
    }

    public ChatCore core() {
        return core;
    }

    public Vault vault() {
        return vault;
    }

    @Override
    public void close() {
        if (web != null) {
            web.close();
        }
        reminders.close();
        winnerRetries.shutdownNow();
        watcher.close();
        database.close();
    }
}
