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
    private ChatCore core;
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
        core = new ChatCore(CommandList.standard(), new ChatServices(new Library(() -> snapshot), preferences,
                new ButtonPayloads(), reminders, new CookStore(database), Duration.ofMinutes(10), new SplittableRandom(1),
                clock, 30, Language.EN));
        bot = connect(DiscordBot.POLL_RECHECK);
        deliveries.register(DiscordBot.PLATFORM, bot.delivery());
    }

    /** A bot over the test's core and store, connected, that looks at the votes' ends every {@code pollRecheck}. */
    private DiscordBot connect(Duration pollRecheck) throws InterruptedException {
        int registered = discord.calls("PUT", "applications/").size();
        DiscordBot started = DiscordBot.start(new Settings.Discord(Optional.of(new Secret(discord.token())),
                List.of(FakeDiscord.GUILD_ID), URI.create(discord.restUrl()), Optional.of(URI.create(discord.gatewayUrl())), 1),
                core, pollRecheck);
        assertThat(started.awaitConnected(10)).as("connected").isTrue();
        discord.awaitCall(call -> call.route().contains("guilds/" + FakeDiscord.GUILD_ID + "/commands")
                && discord.calls("PUT", "applications/").size() > registered, WAIT);
        return started;
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

    /** A vote posted in the guild channel, with two votes for its third answer; its poll message. */
    private FakeDiscord.WebhookMessage votedPoll() {
        FakeDiscord.Interaction vote = discord.dispatchSlashCommand(GUILD, "vote", Map.of("text", "3 porc"));
        answerTo(vote);
        FakeDiscord.WebhookMessage poll = discord.awaitFollowUp(message -> message.token().equals(vote.token()), WAIT);
        discord.votePoll(poll.messageId(), 77, 3);
        discord.votePoll(poll.messageId(), FakeDiscord.USER_ID, 3);
        // The bot notes where the poll went when JDA hands it Discord's answer, just after the fake saw the post.
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (core.polls().open(DiscordPolls.PLATFORM_POLL).isEmpty()) {
            assertThat(System.nanoTime()).as("the poll noted as posted").isLessThan(deadline);
            Thread.onSpinWait();
        }
        return poll;
    }

    private List<FakeDiscord.ChannelMessage> winners() {
        return discord.channelMessages().stream().filter(message -> message.channelId() == FakeDiscord.TEXT_CHANNEL_ID)
                .filter(message -> message.embeds().stream().anyMatch(embed -> String.valueOf(embed.description()).contains(" wins with ")))
                .toList();
    }

    @Test
    void aPollThatRunsOutGetsItsWinnerPostedOnceWithoutAPress() throws Exception {
        bot.close();
        bot = connect(Duration.ofMillis(100));
        FakeDiscord.WebhookMessage poll = votedPoll();
        String third = discord.pollAnswers(poll.messageId()).get(2);
        bot.checkPollEnds();
        assertThat(winners()).as("nothing before the poll's end").isEmpty();
        discord.pollRunsOut(poll.messageId());
        clock.advance(DiscordPolls.DURATION.plus(DiscordPollEnds.MARGIN));
        FakeDiscord.ChannelMessage winner = discord.awaitChannelMessage(
                message -> message.embeds().stream().anyMatch(embed -> String.valueOf(embed.description()).contains(" wins with ")), WAIT);
        assertThat(winner.embeds().get(0).description()).contains("🏆 " + third + " wins with 2 votes!");
        bot.checkPollEnds();
        bot.checkPollEnds();
        assertThat(winners()).as("posted once").hasSize(1);
        assertThat(discord.calls("POST", "channels/" + FakeDiscord.TEXT_CHANNEL_ID + "/polls/")).as("no press").isEmpty();
    }

    @Test
    void aPollThatRanOutWhileCommisWasDownGetsItsWinnerOnStart() throws Exception {
        FakeDiscord.WebhookMessage poll = votedPoll();
        String third = discord.pollAnswers(poll.messageId()).get(2);
        bot.close();
        discord.pollRunsOut(poll.messageId());
        clock.advance(Duration.ofHours(30));
        bot = connect(DiscordBot.POLL_RECHECK);
        FakeDiscord.ChannelMessage winner = discord.awaitChannelMessage(
                message -> message.embeds().stream().anyMatch(embed -> String.valueOf(embed.description()).contains(" wins with ")), WAIT);
        assertThat(winner.embeds().get(0).description()).contains("🏆 " + third + " wins with 2 votes!");
        bot.checkPollEnds();
        assertThat(winners()).as("posted once").hasSize(1);
    }

    @Test
    void aPollWhoseMessageIsGoneIsTriedAgainLaterWithoutAWinner() throws Exception {
        FakeDiscord.WebhookMessage poll = votedPoll();
        discord.deleteMessage(poll.messageId());
        clock.advance(DiscordPolls.DURATION.plus(DiscordPollEnds.MARGIN));
        bot.checkPollEnds();
        String read = "channels/" + FakeDiscord.TEXT_CHANNEL_ID + "/messages/" + poll.messageId();
        assertThat(discord.calls("GET", read)).hasSize(1);
        bot.checkPollEnds();
        assertThat(discord.calls("GET", read)).as("not before the retry's time").hasSize(1);
        for (int i = 1; i < DiscordPollEnds.MAX_TRIES + 2; i++) {
            clock.advance(DiscordPollEnds.RETRY);
            bot.checkPollEnds();
        }
        assertThat(discord.calls("GET", read)).as("a few tries, then it gives up").hasSize(DiscordPollEnds.MAX_TRIES);
        assertThat(winners()).isEmpty();
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
