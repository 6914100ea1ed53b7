package dev.commis.discord;

import dev.commis.chat.ChatCore;
import dev.commis.chat.PollDesk;
import dev.commis.chat.PollStore;
import dev.commis.chat.WinnerPosts;
import dev.commis.chat.reply.Reply;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.channel.middleman.MessageChannel;
import net.dv8tion.jda.api.entities.messages.MessagePoll;
import net.dv8tion.jda.api.events.session.ReadyEvent;
import net.dv8tion.jda.api.exceptions.ErrorResponseException;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.sharding.ShardManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Posts the winner of a Discord vote that ran out by itself. The bot has no gateway intent that would bring a poll's
 * end, so once a stored open poll's time is up ({@link DiscordPolls#DURATION} after it was started, plus a margin for
 * Discord to count), its message is read back and its final counts go to the core as the close button's do; the
 * core posts a poll's winner once however often it is told. Checks when a shard is ready (polls that ended while
 * Commis was down), then at the next poll's end by the injected clock, looking again at least every {@code recheck}
 * so that a new poll or a clock that jumps is seen. A poll whose message cannot be read is tried again a few times.
 * Every check runs on the one thread of {@code timer}. Once a shard is ready it is also where the core posts the
 * winners it still owes or tries again ({@link #postWinner}, in the poll's channel).
 */
final class DiscordPollEnds extends ListenerAdapter {

    private static final Logger LOG = LoggerFactory.getLogger(DiscordPollEnds.class);

    /** Time given to Discord to count the votes after a poll's end. */
    static final Duration MARGIN = Duration.ofMinutes(1);
    /** Wait before reading again a poll whose message could not be read. */
    static final Duration RETRY = Duration.ofMinutes(5);
    /** Reads of one poll before giving up on it (its close button still works). */
    static final int MAX_TRIES = 5;

    private final ChatCore core;
    private final Clock clock;
    private final ScheduledExecutorService timer;
    private final Duration recheck;
    private volatile ShardManager shards;
    /** Failed reads per platform poll, and when to read it again; touched on the timer's thread only. */
    private final Map<String, Integer> failures = new HashMap<>();
    private final Map<String, Instant> retryAt = new HashMap<>();
    private ScheduledFuture<?> next;

    DiscordPollEnds(ChatCore core, ScheduledExecutorService timer, Duration recheck) {
        this.core = core;
        this.clock = core.services().clock();
        this.timer = timer;
        this.recheck = recheck;
    }

    @Override
    public void onReady(ReadyEvent event) {
        shards = event.getJDA().getShardManager();
        timer.execute(() -> {
            core.polls().postWinnersWith(DiscordBot.PLATFORM, this::postWinner);
            check();
        });
    }

    /**
     * Posts a vote's winner in the core's chat {@code chat}, looked up now; fails with {@link WinnerPosts.NotAgain}
     * when Discord refused it (a 4xx other than a rate limit: the channel is gone or closed to the bot).
     */
    CompletableFuture<Void> postWinner(String chat, Reply reply) {
        MessageChannel channel = DiscordPush.channel(shards, chat);
        CompletableFuture<?>[] parts = DiscordMessages.messages(reply).stream().map(part -> channel.sendMessage(part).submit())
                .toArray(CompletableFuture[]::new);
        CompletableFuture<Void> sent = new CompletableFuture<>();
        CompletableFuture.allOf(parts).whenComplete((done, failure) -> {
            Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
            if (cause == null) {
                sent.complete(null);
            } else if (cause instanceof ErrorResponseException refused && isRefusal(refused.getResponse().code)) {
                sent.completeExceptionally(new WinnerPosts.NotAgain("Discord refused it: " + cause.getMessage(), cause));
            } else {
                sent.completeExceptionally(cause);
            }
        });
        return sent;
    }

    /** Whether an HTTP status from Discord refuses a post for good: a 4xx, but a rate limit only asks to wait. */
    private static boolean isRefusal(int status) {
        return status >= 400 && status < 500 && status != 429;
    }

    /** Settles every poll whose time is up, then plans the next check. Runs on the timer's thread. */
    void check() {
        if (shards == null) {
            return;
        }
        Instant now = clock.instant();
        Instant soonest = now.plus(recheck);
        try {
            for (PollStore.OpenPoll open : core.polls().open(DiscordPolls.PLATFORM_POLL)) {
                Instant due = due(open);
                if (due == null) {
                    continue;
                }
                if (!due.isAfter(now)) {
                    settle(open.poll(), now);
                } else if (due.isBefore(soonest)) {
                    soonest = due;
                }
            }
        } catch (RuntimeException e) {
            LOG.error("Could not look at the Discord votes that ended", e);
        }
        if (next != null) {
            next.cancel(false);
        }
        if (!timer.isShutdown()) {
            next = timer.schedule(this::check, Duration.between(now, soonest).toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    /** When to read {@code open}'s message: at its end plus the margin, or at its retry; null once given up. */
    private Instant due(PollStore.OpenPoll open) {
        String id = open.poll().platformPoll();
        if (failures.getOrDefault(id, 0) >= MAX_TRIES) {
            return null;
        }
        Instant end = open.createdAt().plus(DiscordPolls.DURATION).plus(MARGIN);
        Instant retry = retryAt.get(id);
        return retry != null && retry.isAfter(end) ? retry : end;
    }

    private void settle(PollStore.StoredPoll poll, Instant now) {
        String id = poll.platformPoll();
        try {
            MessageChannel channel = DiscordPush.channel(shards, poll.chat());
            Message message = channel.retrieveMessageById(poll.message()).complete();
            MessagePoll ended = message.getPoll();
            if (ended == null) {
                throw new IllegalStateException("its message " + poll.message() + " carries no poll");
            }
            if (!ended.isFinalizedVotes()) {
                throw new IllegalStateException("Discord has not counted its votes yet");
            }
            List<Integer> votes = ended.getAnswers().stream().map(MessagePoll.Answer::getVotes).toList();
            Optional<PollDesk.Outcome> outcome = core.polls().closed(id, votes);
            outcome.ifPresent(won -> DiscordPolls.reportPost(core, won, CompletableFuture.allOf(DiscordMessages.messages(won.reply())
                    .stream().map(part -> channel.sendMessage(part).submit()).toArray(CompletableFuture[]::new))));
            LOG.info("Discord vote {} ran out by itself; {}", id, outcome.isPresent() ? "its winner is posted" : "already closed");
            failures.remove(id);
            retryAt.remove(id);
        } catch (RuntimeException e) {
            int tries = failures.merge(id, 1, Integer::sum);
            if (tries >= MAX_TRIES) {
                LOG.warn("Could not read the ended Discord vote {} in {} after {} tries ({}); giving up, its close button"
                        + " still posts the winner", id, poll.chat(), tries, e.getMessage());
            } else {
                LOG.warn("Could not read the ended Discord vote {} in {} ({}); trying again in {} min", id, poll.chat(),
                        e.getMessage(), RETRY.toMinutes());
                retryAt.put(id, now.plus(RETRY));
            }
        }
    }
}
