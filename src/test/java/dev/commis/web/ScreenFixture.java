package dev.commis.web;

import dev.commis.chat.ButtonPayloads;
import dev.commis.chat.ChatCore;
import dev.commis.chat.ChatServices;
import dev.commis.chat.ChatWording;
import dev.commis.chat.CommandList;
import dev.commis.chat.CookStore;
import dev.commis.chat.Incoming;
import dev.commis.chat.KitchenScreens;
import dev.commis.chat.Library;
import dev.commis.chat.LocalizedDelivery;
import dev.commis.chat.PreferenceStore;
import dev.commis.chat.ScreenTokens;
import dev.commis.chat.reply.Reply;
import dev.commis.config.Settings;
import dev.commis.events.ChatEvents;
import dev.commis.importer.LinkSaver;
import dev.commis.reminders.MutableClock;
import dev.commis.reminders.ReminderScheduler;
import dev.commis.reminders.ReminderStore;
import dev.commis.store.Database;
import dev.commis.text.Language;
import dev.commis.vault.LoadProgress;
import dev.commis.vault.VaultLoader;
import dev.commis.vault.VaultScanner;
import dev.commis.vault.VaultSnapshot;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A chat core with the kitchen screen on, over a small vault of its own (one recipe's title holds
 * {@code <}, {@code &} and {@code >}), serving on 127.0.0.1 on a free port; replies pushed to chats are
 * kept in {@link #pushed}, reminders sent in {@link #delivered}.
 */
final class ScreenFixture implements AutoCloseable {

    static final String CHAT = "console";
    static final String FETA = """
            ---
            portions: 4
            ---
            # <Tomates & Feta>

            ## Ingrédients
            - 4 tomates bien mûres
            - 200 g de feta
            - 2 c. à soupe d'huile d'olive
            - 1 pincée de sel

            ## Étapes
            1. **Découper** - Couper les tomates en quartiers.
            2. Émietter la feta sur les tomates et arroser d'huile d'olive.
            3. Enfourner 20 minutes à 200 °C, puis servir tiède.
            """;
    static final String SOUP = """
            # Soupe de potiron

            ## Ingredients
            - 1 kg pumpkin
            - 1 onion

            ## Steps
            1. Chop the onion and the pumpkin.
            2. Simmer for 25 minutes, then blend.
            """;

    final Database database;
    final ChatEvents events = new ChatEvents();
    final ReminderScheduler reminders;
    final ChatCore core;
    final ScreenTokens tokens;
    final KitchenServer server;
    final List<String> delivered = new CopyOnWriteArrayList<>();
    final List<Reply> pushed = new CopyOnWriteArrayList<>();

    ScreenFixture(Path folder, Clock clock) throws Exception {
        Path vault = Files.createDirectories(folder.resolve("vault"));
        Files.writeString(vault.resolve("tomates-feta.md"), FETA, StandardCharsets.UTF_8);
        Files.writeString(vault.resolve("soupe.md"), SOUP, StandardCharsets.UTF_8);
        VaultSnapshot snapshot = new VaultLoader(new VaultScanner("Templates"), Clock.systemUTC(), LoadProgress.NONE).load(vault);
        database = Database.open(Files.createDirectories(folder.resolve("data")));
        PreferenceStore preferences = new PreferenceStore(database);
        reminders = new ReminderScheduler(new ReminderStore(database),
                new LocalizedDelivery((to, user, text) -> delivered.add(to + ": " + text), preferences, Language.FR),
                new ChatWording(preferences, Language.FR, clock), clock, Duration.ofHours(1), 100, events);
        server = KitchenServer.bind(new Settings.Web(true, "127.0.0.1", 0, Optional.empty()));
        tokens = new ScreenTokens(database, new SecureRandom());
        ChatServices services = new ChatServices(new Library(() -> snapshot), preferences, new ButtonPayloads(), reminders,
                new CookStore(database, events), Duration.ofMinutes(10), new SplittableRandom(7), clock, 30, Language.FR,
                LinkSaver.OFF, new KitchenScreens(tokens, server.publicUrl(), events));
        core = new ChatCore(CommandList.standard(), services);
        server.serve(core, tokens, events, (chat, reply) -> pushed.add(reply));
    }

    /** With a fixed clock. */
    static ScreenFixture at(Path folder) throws Exception {
        return new ScreenFixture(folder, new MutableClock(Instant.parse("2026-12-06T18:00:00Z"), ZoneId.of("Europe/Paris")));
    }

    Reply send(String text) {
        return core.handle(Incoming.message(CHAT, text));
    }

    /** The chat's screen address. */
    String link() {
        return server.publicUrl() + "/k/" + tokens.tokenFor(CHAT);
    }

    @Override
    public void close() {
        server.close();
        reminders.close();
        database.close();
    }
}
