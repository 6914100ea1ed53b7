package dev.commis.discord;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code /vote} and {@code /week} on Discord: real JDA against {@link FakeDiscord}, a native poll ended by its close button. */
class DiscordVoteTest extends ConnectedDiscordTest {

    /** A bot over the test's core and store, connected, that looks at the votes' ends every {@code pollRecheck}. */
    private DiscordBot connect(Duration pollRecheck) throws InterruptedException {
        return chat.connect(pollRecheck);
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
