package dev.commis.chat;

import dev.commis.chat.reply.Reply;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sees that a vote's winner is posted, as a reminder is: never silently dropped. The winner is drawn and stored when
 * the poll closes ({@link PollStore#close(long, List, String, Instant)}) and marked posted only once the platform
 * accepted its card; a post that failed is tried again after a growing pause ({@link #BACKOFF}, by the injected
 * clock, looked at every so often on an injected timer: {@link #retryOn}), and the winners a platform still owes are
 * posted as soon as its adapter connects ({@link #postWith}), so those chosen while Commis was down or stopping go out
 * at start. After {@link #MAX_FAILURES} failed posts, or one the platform refused for good ({@link NotAgain}), it gives
 * up and says so in the log, naming the chat and the vote.
 *
 * <p>A winner is posted by one attempt at a time (the first is the adapter's own, where the close was reported, then
 * {@link #runDue()}'s). A stop between the platform's acceptance and the store's note of it posts it again at start:
 * a second card is the lesser harm.
 */
public final class WinnerPosts {

    private static final Logger LOG = LoggerFactory.getLogger(WinnerPosts.class);

    /** Pauses after each failed post, in order. */
    public static final List<Duration> BACKOFF = List.of(Duration.ofSeconds(30), Duration.ofMinutes(2),
            Duration.ofMinutes(10), Duration.ofMinutes(30), Duration.ofHours(1));
    /** Failed posts of one winner before giving up on it: one more than the pauses. */
    public static final int MAX_FAILURES = BACKOFF.size() + 1;
    /** Later than any next try: every winner still owed. */
    private static final Instant ANY_TIME = Instant.ofEpochMilli(Long.MAX_VALUE);

    /** Posts a winner's card in a chat of one platform, outside any message of it. */
    @FunctionalInterface
    public interface Poster {

        /**
         * Posts {@code reply} in {@code chat}; completes when the platform accepted all of it, or fails (with a
         * {@link NotAgain} when posting it again would be wrong or useless).
         */
        CompletableFuture<?> post(String chat, Reply reply);
    }

    /**
     * A post not to try again: the platform refused it for good (the bot was removed from the chat), or it may well
     * have been posted (no answer after it was sent), and a second card is not worth the risk.
     */
    public static final class NotAgain extends RuntimeException {

        private static final long serialVersionUID = 1L;

        public NotAgain(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private final PollStore store;
    private final Clock clock;
    private final Function<PollStore.StoredPoll, Reply> cards;
    /** Each platform's poster, by chat key prefix ({@code telegram:}). */
    private final Map<String, Poster> posters = new ConcurrentHashMap<>();
    /** Polls whose winner is being posted now: no second attempt begins meanwhile. */
    private final Set<Long> underWay = ConcurrentHashMap.newKeySet();

    /** @param cards the card of a closed poll's stored winner */
    WinnerPosts(PollStore store, Clock clock, Function<PollStore.StoredPoll, Reply> cards) {
        this.store = store;
        this.clock = clock;
        this.cards = cards;
    }

    /**
     * Holds poll {@code id}'s winner for the adapter reporting its close, which posts it; false when a post or
     * another report of it holds it already.
     */
    boolean began(long id) {
        return underWay.add(id);
    }

    /** Lets go of poll {@code id}'s winner without a post (its close was reported by another). */
    void released(long id) {
        underWay.remove(id);
    }

    /** Notes that the platform accepted poll {@code id}'s winner. */
    void posted(long id) {
        store.winnerPosted(id, clock.instant());
        underWay.remove(id);
    }

    /** Notes that posting poll {@code poll}'s winner in {@code chat} failed: tried again later, or given up. */
    void failed(long poll, String chat, Throwable why) {
        Throwable cause = unwrapped(why);
        int failures = store.winnerFailures(poll) + 1;
        if (cause instanceof NotAgain || failures >= MAX_FAILURES) {
            store.winnerFailed(poll, Optional.empty());
            LOG.error("Gave up posting the winner of vote {} in chat {} after {} failed post(s): {}", poll, chat, failures,
                    cause.getMessage());
        } else {
            Duration pause = BACKOFF.get(failures - 1);
            store.winnerFailed(poll, Optional.of(clock.instant().plus(pause)));
            LOG.warn("Could not post the winner of vote {} in chat {} ({}); trying again in {} s", poll, chat,
                    cause.getMessage(), pause.toSeconds());
        }
        underWay.remove(poll);
    }

    /**
     * Posts the winners of chats whose key starts with {@code platform + ":"} through {@code poster} from now on, and
     * at once those still owed (chosen while Commis was down, or failed before), whatever their next try.
     */
    public void postWith(String platform, Poster poster) {
        String prefix = platform + ":";
        posters.put(prefix, poster);
        try {
            store.winnersToPost(prefix, ANY_TIME).forEach(poll -> attempt(poll, poster, ANY_TIME));
        } catch (RuntimeException e) {
            // The platform still connects; the retries will find them.
            LOG.error("Could not post the vote winners still owed on {}", platform, e);
        }
    }

    /** Posts the winners whose next try is due by the clock; how many posts it began. For the timer and for tests. */
    public int runDue() {
        int begun = 0;
        for (Map.Entry<String, Poster> platform : posters.entrySet()) {
            Instant now = clock.instant();
            for (PollStore.StoredPoll poll : store.winnersToPost(platform.getKey(), now)) {
                begun += attempt(poll, platform.getValue(), now) ? 1 : 0;
            }
        }
        return begun;
    }

    /** Looks for due winners on {@code timer} every {@code every}, until the timer is shut down. */
    public void retryOn(ScheduledExecutorService timer, Duration every) {
        timer.scheduleWithFixedDelay(() -> {
            try {
                runDue();
            } catch (RuntimeException e) {
                // A store error this time must not end the retries.
                LOG.error("Could not look at the vote winners to post", e);
            }
        }, every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Begins a post of {@code poll}'s winner unless one is under way, or it was posted or put off since it was read. */
    private boolean attempt(PollStore.StoredPoll poll, Poster poster, Instant dueBy) {
        if (!underWay.add(poll.id())) {
            return false;
        }
        // An attempt that ended between the read and now wrote its outcome before letting go: read it again.
        if (!store.winnerDue(poll.id(), dueBy)) {
            underWay.remove(poll.id());
            return false;
        }
        CompletableFuture<?> sent;
        try {
            sent = poster.post(poll.chat(), cards.apply(poll));
        } catch (RuntimeException e) {
            failed(poll.id(), poll.chat(), e);
            return true;
        }
        sent.whenComplete((done, failure) -> {
            if (failure == null) {
                posted(poll.id());
                LOG.info("Posted the winner of vote {} in chat {}", poll.id(), poll.chat());
            } else {
                failed(poll.id(), poll.chat(), failure);
            }
        });
        return true;
    }

    private static Throwable unwrapped(Throwable failure) {
        Throwable cause = failure;
        while ((cause instanceof CompletionException || cause instanceof ExecutionException) && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }
}
