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
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code /save} through real JDA and {@link FakeDiscord}: the {@code url} option, the card, who may save. */
class DiscordSaveTest {

    private static final Duration WAIT = Duration.ofSeconds(10);

    @TempDir
    Path dir;

    private FakeDiscord discord;
    private Database database;
    private DiscordBot bot;
    private RecipeSite site;
    private Path vault;

    @BeforeEach
    void startBot() throws Exception {
        vault = dir.resolve("vault");
        TestVaults.copySample(vault);
        VaultSnapshot snapshot = new VaultLoader(new VaultScanner("Templates"), Clock.systemUTC(), LoadProgress.NONE).load(vault);
        site = new RecipeSite();
        discord = new FakeDiscord().start();
        database = Database.inMemory();
        MutableClock clock = new MutableClock(Instant.parse("2026-11-27T17:00:00Z"), ZoneId.of("Europe/Paris"));
        PreferenceStore preferences = new PreferenceStore(database);
        ReminderScheduler reminders = new ReminderScheduler(new ReminderStore(database), new Deliveries(),
                new ChatWording(preferences, Language.EN, clock), clock, Duration.ofHours(1));
        Settings.Import imports = new Settings.Import("Imports", 5 * 1024 * 1024, Duration.ofSeconds(5), true,
                List.of("discord:" + FakeDiscord.USER_ID));
        LinkSaver saver = new LinkSaver(RecipeImporter.of(vault, imports, snapshot::recipes, HostResolver.SYSTEM, clock),
                imports.allowed(), false);
        ChatCore core = new ChatCore(CommandList.standard(), new ChatServices(new Library(() -> snapshot), preferences,
                new ButtonPayloads(), reminders, new CookStore(database), Duration.ofMinutes(10), new SplittableRandom(1),
                clock, 30, Language.EN, saver));
        bot = DiscordBot.start(new Settings.Discord(Optional.of(new Secret(discord.token())), List.of(FakeDiscord.GUILD_ID),
                URI.create(discord.restUrl()), Optional.of(URI.create(discord.gatewayUrl())), 1), core);
        assertThat(bot.awaitConnected(10)).as("connected").isTrue();
        discord.awaitCall(call -> call.route().contains("guilds/" + FakeDiscord.GUILD_ID + "/commands"), WAIT);
    }

    @AfterEach
    void stopBot() {
        bot.close();
        discord.close();
        database.close();
        site.close();
    }

    private FakeDiscord.WebhookMessage answerTo(FakeDiscord.Interaction interaction) {
        discord.awaitCallback(interaction, WAIT);
        return discord.awaitEdit(edit -> edit.token().equals(interaction.token()), WAIT);
    }

    @Test
    void savesTheLinkOfTheUrlOptionAndAnswersWithTheCard() {
        FakeDiscord.WebhookMessage card = answerTo(discord.dispatchSlashCommand(FakeDiscord.From.guildChannel(), "save",
                Map.of("url", site.url("sections-array.html"))));

        assertThat(card.embeds().get(0).title()).isEqualTo("Big Batch Chili for a Crowd");
        assertThat(card.embeds().get(0).description()).contains("1 kg dried kidney beans", "Saved into the vault as Imports/");
        assertThat(vault.resolve("Imports/Big Batch Chili for a Crowd.md")).exists();
    }

    @Test
    void refusesSomeoneNotInImportAllowed() {
        FakeDiscord.From stranger = new FakeDiscord.From(FakeDiscord.USER_ID + 1, "tom", FakeDiscord.GUILD_ID,
                FakeDiscord.TEXT_CHANNEL_ID, "en-US");

        FakeDiscord.WebhookMessage answer = answerTo(discord.dispatchSlashCommand(stranger, "save",
                Map.of("url", site.url("sections-array.html"))));

        assertThat(answer.content() + answer.embeds()).contains("you may not save recipes");
        assertThat(site.asked()).isEmpty();
    }
}
