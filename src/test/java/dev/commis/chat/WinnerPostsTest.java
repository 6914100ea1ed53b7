package dev.commis.chat;

import static dev.commis.chat.TestChat.text;
import static org.assertj.core.api.Assertions.assertThat;

import dev.commis.chat.reply.Poll;
import dev.commis.chat.reply.Reply;
import dev.commis.text.Language;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * A vote's winner is never silently lost: kept when the poll closes, marked posted only once the platform took its
 * card, tried again after a failed post (by the clock the test moves) and at start, always the same winner, posted
 * once, given up after a bounded number of failures.
 */
class WinnerPostsTest {

    private final TestChat chat = new TestChat(Language.EN);
    private final FakePlatform platform = new FakePlatform();

    /** A platform that fails the posts it is told to, and records every card it was asked to post. */
    private static final class FakePlatform implements WinnerPosts.Poster {
        final List<String> asked = new CopyOnWriteArrayList<>();
        final List<String> accepted = new CopyOnWriteArrayList<>();
        private final Deque<RuntimeException> failures = new ArrayDeque<>();

        synchronized void failNext(RuntimeException failure) {
            failures.add(failure);
        }

        @Override
        public synchronized CompletableFuture<?> post(String to, Reply reply) {
            asked.add(to + " " + text(reply));
            RuntimeException failure = failures.poll();
            if (failure != null) {
                return CompletableFuture.failedFuture(failure);
            }
            accepted.add(to + " " + text(reply));
            return CompletableFuture.completedFuture(null);
        }
    }

    /** A vote of {@code count} candidates started, posted on the platform as {@code platformPoll}. */
    private Poll.Open vote(TestChat in, int count, String platformPoll) {
        Reply started = in.send("/vote " + count);
        Poll.Open poll = (Poll.Open) started.poll().orElseThrow();
        in.core.polls().posted(poll.key(), platformPoll, "17");
        return poll;
    }

    /** Closes {@code platformPoll} as an adapter does whose own post of the winner fails. */
    private PollDesk.Outcome closedAndFailed(TestChat in, String platformPoll, List<Integer> votes) {
        PollDesk.Outcome outcome = in.core.polls().closed(platformPoll, votes).orElseThrow();
        in.core.polls().winnerFailed(outcome, new IllegalStateException("Bad Gateway"));
        return outcome;
    }

    @Test
    void aFailedPostIsTriedAgainAfterItsPauseAndPostedOnce() {
        chat.core.polls().postWinnersWith("test", platform);
        Poll.Open poll = vote(chat, 3, "test:poll-1");
        PollDesk.Outcome outcome = closedAndFailed(chat, "test:poll-1", List.of(0, 2, 1));

        assertThat(chat.core.polls().retryDueWinners()).as("not before its pause").isZero();
        chat.clock.advance(WinnerPosts.BACKOFF.get(0));
        assertThat(chat.core.polls().retryDueWinners()).isEqualTo(1);

        assertThat(platform.accepted).containsExactly("test:1 " + text(outcome.reply()));
        assertThat(text(outcome.reply())).startsWith("🏆 " + poll.options().get(1) + " wins with 2 votes!");
        chat.clock.advance(Duration.ofDays(1));
        assertThat(chat.core.polls().retryDueWinners()).as("posted: never again").isZero();
        assertThat(chat.core.polls().closed("test:poll-1", List.of(0, 2, 1))).as("a second report of the close").isEmpty();
        assertThat(platform.asked).hasSize(1);
    }

    @Test
    void aPostThatFailsAgainWaitsLongerEachTime() {
        chat.core.polls().postWinnersWith("test", platform);
        vote(chat, 2, "test:poll-2");
        closedAndFailed(chat, "test:poll-2", List.of(1, 0));
        platform.failNext(new IllegalStateException("Bad Gateway"));
        chat.clock.advance(WinnerPosts.BACKOFF.get(0));
        assertThat(chat.core.polls().retryDueWinners()).isEqualTo(1);
        assertThat(platform.accepted).isEmpty();

        chat.clock.advance(WinnerPosts.BACKOFF.get(0));
        assertThat(chat.core.polls().retryDueWinners()).as("the second pause is longer").isZero();
        chat.clock.advance(WinnerPosts.BACKOFF.get(1).minus(WinnerPosts.BACKOFF.get(0)));
        assertThat(chat.core.polls().retryDueWinners()).isEqualTo(1);
        assertThat(platform.accepted).hasSize(1);
    }

    @Test
    void aTieTriedAgainKeepsTheWinnerDrawnAtTheClose() {
        chat.core.polls().postWinnersWith("test", platform);
        vote(chat, 5, "test:poll-3");
        PollDesk.Outcome outcome = closedAndFailed(chat, "test:poll-3", List.of(1, 1, 1, 1, 1));
        for (int i = 0; i < WinnerPosts.MAX_FAILURES - 2; i++) {
            platform.failNext(new IllegalStateException("Bad Gateway"));
        }
        for (Duration pause : WinnerPosts.BACKOFF) {
            chat.clock.advance(pause);
            chat.core.polls().retryDueWinners();
        }

        assertThat(text(outcome.reply())).startsWith("🤝 A tie between ");
        assertThat(platform.asked).hasSize(WinnerPosts.MAX_FAILURES - 1).containsOnly("test:1 " + text(outcome.reply()));
        assertThat(platform.accepted).hasSize(1);
    }

    @Test
    void aWinnerChosenButNotPostedBeforeARestartIsPostedAtStart() {
        vote(chat, 2, "test:poll-4");
        // Closed, and Commis stopped before the adapter's post: no word of it came back.
        PollDesk.Outcome outcome = chat.core.polls().closed("test:poll-4", List.of(0, 1)).orElseThrow();
        vote(chat, 2, "test:poll-5");
        closedAndFailed(chat, "test:poll-5", List.of(1, 0)); // failed, its next try still to come

        TestChat restarted = new TestChat(Language.EN, chat.database, "test:1");
        restarted.core.polls().postWinnersWith("test", platform);

        assertThat(platform.accepted).hasSize(2).startsWith("test:1 " + text(outcome.reply()));
        assertThat(restarted.core.polls().closed("test:poll-4", List.of(0, 1))).isEmpty();
        restarted.clock.advance(Duration.ofDays(1));
        assertThat(restarted.core.polls().retryDueWinners()).isZero();
        new TestChat(Language.EN, chat.database, "test:1").core.polls().postWinnersWith("test", platform);
        assertThat(platform.accepted).as("posted winners are not posted at the next start").hasSize(2);
    }

    @Test
    void aWinnerBeingPostedIsNotPostedASecondTimeMeanwhile() {
        chat.core.polls().postWinnersWith("test", platform);
        vote(chat, 2, "test:poll-6");
        PollDesk.Outcome outcome = chat.core.polls().closed("test:poll-6", List.of(0, 1)).orElseThrow();
        chat.clock.advance(Duration.ofHours(1));
        assertThat(chat.core.polls().retryDueWinners()).as("the adapter's post is under way").isZero();
        chat.core.polls().winnerPosted(outcome);
        chat.clock.advance(Duration.ofHours(1));
        assertThat(chat.core.polls().retryDueWinners()).isZero();
        assertThat(platform.asked).isEmpty();
    }

    @Test
    void givesUpAfterTheLastFailureOrAtOnceWhenThePlatformRefusesForGood() {
        chat.core.polls().postWinnersWith("test", platform);
        vote(chat, 2, "test:poll-7");
        closedAndFailed(chat, "test:poll-7", List.of(0, 1));
        for (int i = 0; i < 20; i++) {
            platform.failNext(new IllegalStateException("Bad Gateway"));
        }
        for (int i = 0; i < 10; i++) {
            chat.clock.advance(Duration.ofHours(2));
            chat.core.polls().retryDueWinners();
        }
        assertThat(platform.asked).as("the adapter's post, then the retries").hasSize(WinnerPosts.MAX_FAILURES - 1);

        vote(chat, 2, "test:poll-8");
        PollDesk.Outcome refused = chat.core.polls().closed("test:poll-8", List.of(0, 1)).orElseThrow();
        chat.core.polls().winnerFailed(refused, new WinnerPosts.NotAgain("Forbidden: bot was kicked", null));
        chat.clock.advance(Duration.ofHours(2));
        chat.core.polls().retryDueWinners();
        new TestChat(Language.EN, chat.database, "test:1").core.polls().postWinnersWith("test", platform);
        assertThat(platform.asked).as("neither tried again nor at the next start").hasSize(WinnerPosts.MAX_FAILURES - 1);
    }

    @Test
    void aRetryEndingWhileAnotherLooksIsNeverPostedTwice() throws Exception {
        ExecutorService platformThread = Executors.newSingleThreadExecutor();
        Map<String, AtomicInteger> accepted = new ConcurrentHashMap<>();
        try {
            // The platform answers on its own thread, as a real one does, while the retries keep looking.
            chat.core.polls().postWinnersWith("test", (to, reply) -> CompletableFuture.runAsync(
                    () -> accepted.computeIfAbsent(text(reply), card -> new AtomicInteger()).incrementAndGet(), platformThread));
            for (int round = 0; round < 100; round++) {
                vote(chat, 2, "test:race-" + round);
                closedAndFailed(chat, "test:race-" + round, List.of(round % 2, 1 - round % 2));
                chat.clock.advance(WinnerPosts.BACKOFF.get(0));
                for (int look = 0; look < 50; look++) {
                    chat.core.polls().retryDueWinners();
                }
            }
            platformThread.submit(() -> { }).get(10, TimeUnit.SECONDS);
        } finally {
            platformThread.shutdownNow();
        }
        int posts = accepted.values().stream().mapToInt(AtomicInteger::get).sum();
        assertThat(posts).as("one post a vote").isEqualTo(100);
    }

    @Test
    void anotherPlatformsWinnersAreLeftToIt() {
        chat.core.polls().postWinnersWith("elsewhere", platform);
        vote(chat, 2, "test:poll-9");
        closedAndFailed(chat, "test:poll-9", List.of(0, 1));
        chat.clock.advance(Duration.ofHours(2));
        assertThat(chat.core.polls().retryDueWinners()).isZero();
        chat.core.polls().postWinnersWith("test", platform);
        assertThat(platform.accepted).hasSize(1);
    }
}
