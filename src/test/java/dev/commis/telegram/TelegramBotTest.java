package dev.commis.telegram;

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
import dev.commis.testing.TestVaults;
import dev.commis.text.Language;
import dev.commis.vault.LoadProgress;
import dev.commis.vault.VaultLoader;
import dev.commis.vault.VaultScanner;
import dev.commis.vault.VaultSnapshot;
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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** Shared set-up: the real telegrambots client and poller against {@link FakeBotApi}, over the sample vault and two test recipes. */
abstract class TelegramBotTest {

    static final Duration WAIT = Duration.ofSeconds(10);
    static final long PRIVATE = 100;
    static final long GROUP = -500;

    @TempDir
    Path dir;

    FakeBotApi api;
    Database database;
    MutableClock clock;
    /** The outbox's and the fake's time: Telegram's pauses take no real time. */
    JumpingClock outboxClock;
    ReminderScheduler reminders;
    ChatCore core;
    TelegramBot bot;
    Path vault;
    /** Where the scheduler's reminders go: register a restarted bot's delivery here. */
    Deliveries deliveries;

    @BeforeEach
    void startBot() throws Exception {
        vault = dir.resolve("vault");
        TestVaults.copySample(vault);
        Files.writeString(vault.resolve("long.md"), TestVaults.longRecipe());
        Files.writeString(vault.resolve("signs.md"), TestRecipes.recipeWithSigns());
        Files.writeString(vault.resolve("dal-photo.md"), TestRecipes.recipeWithPhoto());
        Files.createDirectories(vault.resolve("photos"));
        VaultSnapshot snapshot = new VaultLoader(new VaultScanner("Templates"), Clock.systemUTC(), LoadProgress.NONE).load(vault);
        outboxClock = new JumpingClock();
        api = new FakeBotApi(FakeBotApi.DEFAULT_TOKEN, outboxClock.asClock()).start();
        database = Database.inMemory();
        clock = new MutableClock(Instant.parse("2026-11-27T17:00:00Z"), ZoneId.of("Europe/Paris"));
        PreferenceStore preferences = new PreferenceStore(database);
        deliveries = new Deliveries();
        reminders = new ReminderScheduler(new ReminderStore(database),
                new dev.commis.chat.LocalizedDelivery(deliveries, preferences, Language.EN),
                new ChatWording(preferences, Language.EN, clock), clock, Duration.ofHours(1));
        core = new ChatCore(CommandList.standard(), new ChatServices(new Library(() -> snapshot), preferences,
                new ButtonPayloads(), reminders, new CookStore(database), Duration.ofMinutes(10), new SplittableRandom(1),
                clock, 30, Language.EN));
        bot = start(settings(List.of()));
        deliveries.register(TelegramBot.PLATFORM, bot.delivery());
    }

    /** Starts the bot with {@code settings} against the fake, its outbox on {@link #outboxClock}. */
    TelegramBot start(Settings.Telegram settings) throws Exception {
        return TelegramBot.start(settings, core, () -> vault, outboxClock);
    }

    Settings.Telegram settings(List<Long> allowed) {
        return new Settings.Telegram(Optional.of(new Secret(api.token())), URI.create(api.baseUrl()), allowed);
    }

    @AfterEach
    void stopBot() {
        bot.close();
        api.close();
        database.close();
    }
}
