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
import dev.commis.importer.HostResolver;
import dev.commis.importer.LinkSaver;
import dev.commis.importer.RecipeImporter;
import dev.commis.importer.RecipeSite;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code /save} and the bare-link offer through the real telegrambots client and {@link FakeBotApi}. */
class TelegramSaveTest {

    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final long ALLOWED = 100;
    private static final long STRANGER = 200;

    @TempDir
    Path dir;

    private FakeBotApi api;
    private Database database;
    private TelegramBot bot;
    private RecipeSite site;
    private Path vault;

    @BeforeEach
    void startBot() throws Exception {
        vault = dir.resolve("vault");
        TestVaults.copySample(vault);
        VaultSnapshot snapshot = new VaultLoader(new VaultScanner("Templates"), Clock.systemUTC(), LoadProgress.NONE).load(vault);
        site = new RecipeSite();
        api = new FakeBotApi().start();
        database = Database.inMemory();
        MutableClock clock = new MutableClock(Instant.parse("2026-11-27T17:00:00Z"), ZoneId.of("Europe/Paris"));
        PreferenceStore preferences = new PreferenceStore(database);
        ReminderScheduler reminders = new ReminderScheduler(new ReminderStore(database), new Deliveries(),
                new ChatWording(preferences, Language.EN, clock), clock, Duration.ofHours(1));
        Settings.Import imports = new Settings.Import("Imports", 5 * 1024 * 1024, Duration.ofSeconds(5), true,
                List.of("telegram:" + ALLOWED));
        LinkSaver saver = new LinkSaver(RecipeImporter.of(vault, imports, snapshot::recipes, HostResolver.SYSTEM, clock),
                imports.allowed(), false);
        ChatCore core = new ChatCore(CommandList.standard(), new ChatServices(new Library(() -> snapshot), preferences,
                new ButtonPayloads(), reminders, new CookStore(database), Duration.ofMinutes(10), new SplittableRandom(1),
                clock, 30, Language.EN, saver));
        bot = TelegramBot.start(new Settings.Telegram(Optional.of(new Secret(api.token())), URI.create(api.baseUrl()), List.of()),
                core, () -> vault);
    }

    @AfterEach
    void stopBot() {
        bot.close();
        api.close();
        database.close();
        site.close();
    }

    @Test
    void savesALinkWithSaveAndAnswersWithTheCard() {
        api.queueMessage(ALLOWED, "private", ALLOWED, "lea", "/save " + site.url("graph-yoast.html"));

        FakeBotApi.Sent card = api.awaitSent(sent -> sent.chatId() == ALLOWED, WAIT);

        assertThat(card.text()).startsWith("<b>Weeknight Lentil Soup</b>");
        assertThat(card.visibleText()).contains("1 cup brown lentils, rinsed", "Saved into the vault as Imports/Weeknight Lentil Soup.md");
        assertThat(vault.resolve("Imports/Weeknight Lentil Soup.md")).exists();
    }

    @Test
    void offersTheSaveButtonUnderABareLinkInAPrivateChat() {
        api.queueMessage(ALLOWED, "private", ALLOWED, "lea", site.url("tarte-francaise.html"));
        FakeBotApi.Sent offer = api.awaitSent(sent -> sent.chatId() == ALLOWED, WAIT);
        assertThat(offer.buttons()).flatExtracting(row -> row).extracting(FakeBotApi.Button::text)
                .containsExactly("💾 Save to the vault");

        api.queueCallback(ALLOWED, ALLOWED, offer.messageId(), offer.buttons().get(0).get(0).callbackData());

        FakeBotApi.Sent card = api.awaitSent(sent -> sent.chatId() == ALLOWED && sent.text().contains("Tarte"), WAIT);
        assertThat(card.visibleText()).contains("l’écorce d’un demi-citron");
    }

    @Test
    void refusesAUserNotInImportAllowedEvenInTheirOwnChat() {
        api.queueMessage(STRANGER, "private", STRANGER, "tom", "/save " + site.url("graph-yoast.html"));

        FakeBotApi.Sent answer = api.awaitSent(sent -> sent.chatId() == STRANGER, WAIT);

        assertThat(answer.visibleText()).startsWith("Sorry, you may not save recipes into this vault.");
        assertThat(site.asked()).isEmpty();
    }
}
