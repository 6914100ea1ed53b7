package dev.commis.discord;

import static org.assertj.core.api.Assertions.assertThat;

import dev.commis.chat.WinnerPosts;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A vote's winner that Discord did not take (a 500 on the follow-up) is not lost: the core tries it again after its
 * pause, in the poll's channel, and it is posted once.
 */
class DiscordWinnerRetryTest extends ConnectedDiscordTest {

    private static boolean isWinner(List<FakeDiscord.Embed> embeds) {
        return embeds.stream().anyMatch(embed -> String.valueOf(embed.description()).contains(" wins with "));
    }

    /**
     * Tries the due winners again until one post begins: the failed attempt is let go of just after its next try
     * is noted.
     */
    private void retryUntilOneBegins() {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (core.polls().retryDueWinners() == 0) {
            assertThat(System.nanoTime()).as("a retry of the winner").isLessThan(deadline);
            Thread.onSpinWait();
        }
    }

    /** Waits until the core noted the failed post of the winner of {@code platformPoll} (just after the fake answered). */
    private void awaitFailureNoted(String platformPoll) {
        long id = core.services().polls().byPlatformPoll(platformPoll).orElseThrow().id();
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (core.services().polls().winnerFailures(id) == 0) {
            assertThat(System.nanoTime()).as("the failed post noted").isLessThan(deadline);
            Thread.onSpinWait();
        }
    }

    @Test
    void aWinnerDiscordFailedToTakeIsPostedOnceOnTheRetry() {
        FakeDiscord.Interaction vote = discord.dispatchSlashCommand(GUILD, "vote", Map.of("text", "3 porc"));
        DiscordTestChat.answerTo(discord, vote);
        FakeDiscord.WebhookMessage poll = discord.awaitFollowUp(message -> message.token().equals(vote.token()), WAIT);
        String third = discord.pollAnswers(poll.messageId()).get(2);
        discord.votePoll(poll.messageId(), 77, 3);
        discord.votePoll(poll.messageId(), FakeDiscord.USER_ID, 3);
        discord.failNextPosts("webhooks/", 1);

        discord.dispatchButton(GUILD, poll.messageId(), poll.customIds().get(0));
        discord.awaitCall(call -> call.route().startsWith("webhooks/") && call.status() == 500, WAIT);
        awaitFailureNoted(DiscordPolls.PLATFORM_POLL + poll.messageId());
        assertThat(discord.pollEnded(poll.messageId())).isTrue();
        assertThat(core.polls().retryDueWinners()).as("not before its pause").isZero();
        chat.clock.advance(WinnerPosts.BACKOFF.get(0));
        retryUntilOneBegins();

        FakeDiscord.ChannelMessage winner = discord.awaitChannelMessage(message -> isWinner(message.embeds()), WAIT);
        assertThat(winner.channelId()).isEqualTo(FakeDiscord.TEXT_CHANNEL_ID);
        assertThat(winner.embeds().get(0).description()).contains("🏆 " + third + " wins with 2 votes!");
        assertThat(winner.customIds()).anyMatch(id -> id.startsWith("ck:0:")).anyMatch(id -> id.startsWith("sh:"));
        discord.awaitCall(call -> call.route().startsWith("channels/" + FakeDiscord.TEXT_CHANNEL_ID + "/messages")
                && call.status() == 200, WAIT);
        chat.clock.advance(Duration.ofHours(2));
        long deadline = System.nanoTime() + Duration.ofSeconds(1).toNanos();
        while (System.nanoTime() < deadline) {
            assertThat(core.polls().retryDueWinners()).as("posted: not again").isZero();
        }
        assertThat(discord.channelMessages().stream().filter(message -> isWinner(message.embeds()))).hasSize(1);
        assertThat(discord.followUps().stream().filter(message -> isWinner(message.embeds()))).isEmpty();
    }
}
