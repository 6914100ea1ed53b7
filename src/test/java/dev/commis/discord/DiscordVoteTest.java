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
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code /vote} and {@code /week} on Discord: real JDA against {@link FakeDiscord}, a native poll ended by its close button. */
class DiscordVoteTest {

    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final FakeDiscord.From GUILD = FakeDiscord.From.guildChannel();
    private static final FakeDiscord.From DM = FakeDiscord.From.dm();

    @TempDir
    Path dir;

    private FakeDiscord discord;
    private Database database;
    private MutableClock clock;
    private ReminderScheduler reminders;
    private DiscordBot bot;

    @BeforeEach
    void startBot() throws Exception {
        Path vault = dir.resolve("vault");
        TestVaults.copySample(vault);
        Files.writeString(vault.resolve("long.md"), TestVaults.longRecipe());
        VaultSnapshot snapshot = new VaultLoader(new VaultScanner("Templates"), Clock.systemUTC(), LoadProgress.NONE).load(vault);
        discord = new FakeDiscord().start();
        database = Database.inMemory();
        clock = new MutableClock(Instant.parse("2026-11-27T17:00:00Z"), ZoneId.of("Europe/Paris"));
        PreferenceStore preferences = new PreferenceStore(database);
        Deliveries deliveries = new Deliveries();
        reminders = new ReminderScheduler(new ReminderStore(database),
                new dev.commis.chat.LocalizedDelivery(deliveries, preferences, Language.EN),
                new ChatWording(preferences, Language.EN, clock), clock, Duration.ofHours(1));
        ChatCore core = new ChatCore(CommandList.standard(), new ChatServices(new Library(() -> snapshot), preferences,
                new ButtonPayloads(), reminders, new CookStore(database), Duration.ofMinutes(10), new SplittableRandom(1),
                clock, 30, Language.EN));
        bot = DiscordBot.start(new Settings.Discord(Optional.of(new Secret(discord.token())), List.of(FakeDiscord.GUILD_ID),
                URI.create(discord.restUrl()), Optional.of(URI.create(discord.gatewayUrl())), 1), core);
        deliveries.register(DiscordBot.PLATFORM, bot.delivery());
        assertThat(bot.awaitConnected(10)).as("connected").isTrue();
        discord.awaitCall(call -> call.route().contains("guilds/" + FakeDiscord.GUILD_ID + "/commands"), WAIT);
    }

    @AfterEach
    void stopBot() {
        bot.close();
        discord.close();
        database.close();
    }

    private FakeDiscord.WebhookMessage answerTo(FakeDiscord.Interaction interaction) {
        discord.awaitCallback(interaction, WAIT);
        return discord.awaitEdit(edit -> edit.token().equals(interaction.token()), WAIT);
    }

    @Test
    void aVoteIsANativePollWhoseCloseButtonPostsTheWinner() {
        FakeDiscord.Interaction vote = discord.dispatchSlashCommand(GUILD, "vote", Map.of("text", "3 porc"));
        assertThat(answerTo(vote).embeds().get(0).description()).contains("What’s for dinner?");
        FakeDiscord.WebhookMessage poll = discord.awaitFollowUp(message -> message.token().equals(vote.token()), WAIT);
        List<String> answers = discord.pollAnswers(poll.messageId());
        assertThat(answers).hasSize(3).doesNotHaveDuplicates();
        assertThat(answerTo(vote).embeds().get(0).description()).contains("@" + FakeDiscord.From.guildChannel().username())
                .doesNotContain("<@");
        assertThat(poll.rows().get(0).get(0).label()).isEqualTo("🏁 Close the vote");
        discord.votePoll(poll.messageId(), 77, 3);
        discord.votePoll(poll.messageId(), FakeDiscord.USER_ID, 3);
        discord.dispatchButton(GUILD, poll.messageId(), poll.customIds().get(0));
        FakeDiscord.WebhookMessage winner = discord.awaitFollowUp(
                message -> message.customIds().stream().anyMatch(id -> id.startsWith("ck:0:")), WAIT);
        assertThat(winner.embeds().get(0).description()).contains("🏆 " + answers.get(2) + " wins with 2 votes!");
        assertThat(winner.customIds()).anyMatch(id -> id.startsWith("sh:"));
        assertThat(discord.pollEnded(poll.messageId())).isTrue();
        assertThat(discord.calls("POST", "channels/" + FakeDiscord.TEXT_CHANNEL_ID + "/polls/")).hasSize(1);
    }

    @Test
    void aWeekSwapsADayInPlace() {
        FakeDiscord.WebhookMessage week = answerTo(discord.dispatchSlashCommand(GUILD, "week", Map.of()));
        assertThat(week.embeds().get(0).title()).isEqualTo("🗓 A week of dinners");
        assertThat(week.customIds()).hasSize(8).doesNotHaveDuplicates();
        FakeDiscord.Interaction swap = discord.dispatchButton(GUILD, week.messageId(), week.customIds().get(0));
        FakeDiscord.Callback swapped = discord.awaitCallback(swap, WAIT);
        assertThat(swapped.type()).isEqualTo(7); // UPDATE_MESSAGE: the same message, edited
        assertThat(swapped.embeds().get(0).description()).isNotEqualTo(week.embeds().get(0).description());
    }
}
