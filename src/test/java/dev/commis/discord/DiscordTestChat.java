package dev.commis.discord;

import static org.assertj.core.api.Assertions.assertThat;

import dev.commis.chat.ButtonPayloads;
import dev.commis.chat.ChatCore;
import dev.commis.chat.ChatServices;
import dev.commis.chat.ChatWording;
import dev.commis.chat.CommandList;
import dev.commis.chat.CookStore;
import dev.commis.chat.Library;
import dev.commis.chat.PreferenceStore;
import dev.commis.config.Secret;
import dev.commis.config.Settings;
import dev.commis.reminders.Deliveries;
import dev.commis.reminders.MutableClock;
import dev.commis.reminders.ReminderScheduler;
import dev.commis.reminders.ReminderStore;
import dev.commis.store.Database;
import dev.commis.store.StoreException;
import dev.commis.testing.TestVaults;
import dev.commis.text.Language;
import dev.commis.vault.LoadProgress;
import dev.commis.vault.VaultLoader;
import dev.commis.vault.VaultScanner;
import dev.commis.vault.VaultSnapshot;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * What the Discord tests share: a {@link FakeDiscord}, an English chat core over the sample vault (and one
 * long recipe, and one whose steps may not fit a message) with an in-memory store, a clock the test moves (Paris, 2026-11-27 18:00), reminders routed
 * through {@link Deliveries}; and real JDA bots connected to the fake. Closing it closes the fake and the store;
 * each test closes the bots it connected.
 */
final class DiscordTestChat implements AutoCloseable {

    /** How long a test waits for the fake to see a call. */
    static final Duration WAIT = Duration.ofSeconds(10);

    final FakeDiscord discord;
    final Database database;
    final MutableClock clock;
    final ReminderScheduler reminders;
    final ChatCore core;
    private final Deliveries deliveries;

    private DiscordTestChat(FakeDiscord discord, Database database, MutableClock clock, ReminderScheduler reminders,
            ChatCore core, Deliveries deliveries) {
        this.discord = discord;
        this.database = database;
        this.clock = clock;
        this.reminders = reminders;
        this.core = core;
        this.deliveries = deliveries;
    }

    /** The chat over a copy of the sample vault made in {@code dir}, and a started fake. */
    static DiscordTestChat open(Path dir) throws IOException, StoreException {
        Path vault = dir.resolve("vault");
        TestVaults.copySample(vault);
        Files.writeString(vault.resolve("long.md"), TestVaults.longRecipe());
        Files.writeString(vault.resolve("broth.md"), endlessBroth());
        VaultSnapshot snapshot = new VaultLoader(new VaultScanner("Templates"), Clock.systemUTC(), LoadProgress.NONE).load(vault);
        Database database = Database.inMemory();
        MutableClock clock = new MutableClock(Instant.parse("2026-11-27T17:00:00Z"), ZoneId.of("Europe/Paris"));
        PreferenceStore preferences = new PreferenceStore(database);
        Deliveries deliveries = new Deliveries();
        ReminderScheduler reminders = new ReminderScheduler(new ReminderStore(database),
                new dev.commis.chat.LocalizedDelivery(deliveries, preferences, Language.EN),
                new ChatWording(preferences, Language.EN, clock), clock, Duration.ofHours(1));
        ChatCore core = new ChatCore(CommandList.standard(), new ChatServices(new Library(() -> snapshot), preferences,
                new ButtonPayloads(), reminders, new CookStore(database), Duration.ofMinutes(10), new SplittableRandom(1),
                clock, 30, Language.EN));
        return new DiscordTestChat(new FakeDiscord().start(), database, clock, reminders, core, deliveries);
    }

    /** A recipe whose first and third steps are each too long for one Discord message, the others short. */
    static String endlessBroth() {
        String longStep = "Skim the pot, check the level of the water and the heat, and write down what you see. ".repeat(90);
        return "# Endless broth\n\n## Ingredients\n\n- 2 l of water\n- 1 onion\n\n## Steps\n\n"
                + "1. " + longStep + "\n2. Salt the broth.\n3. " + longStep + "\n4. Strain and serve.\n";
    }

    /** A bot over this chat's core, connected, its commands registered, the chat's reminders sent through it. */
    DiscordBot connect(Duration pollRecheck) throws InterruptedException {
        DiscordBot bot = connect(discord, core, pollRecheck);
        deliveries.register(DiscordBot.PLATFORM, bot.delivery());
        return bot;
    }

    /**
     * A bot over {@code core}, connected to {@code discord}, once its commands are registered (counting the
     * registrations, so that a bot connected again after another waits for its own).
     */
    static DiscordBot connect(FakeDiscord discord, ChatCore core, Duration pollRecheck) throws InterruptedException {
        int registered = discord.calls("PUT", "applications/").size();
        DiscordBot bot = DiscordBot.start(new Settings.Discord(Optional.of(new Secret(discord.token())),
                List.of(FakeDiscord.GUILD_ID), URI.create(discord.restUrl()), Optional.of(URI.create(discord.gatewayUrl())), 1),
                core, pollRecheck);
        assertThat(bot.awaitConnected(10)).as("connected").isTrue();
        discord.awaitCall(call -> call.route().contains("guilds/" + FakeDiscord.GUILD_ID + "/commands")
                && discord.calls("PUT", "applications/").size() > registered, WAIT);
        return bot;
    }

    /** The message that answers {@code interaction}: its deferral, then the edit that fills it. */
    static FakeDiscord.WebhookMessage answerTo(FakeDiscord discord, FakeDiscord.Interaction interaction) {
        discord.awaitCallback(interaction, WAIT);
        return discord.awaitEdit(edit -> edit.token().equals(interaction.token()), WAIT);
    }

    @Override
    public void close() {
        discord.close();
        database.close();
    }
}
