package dev.commis.chat;

import dev.commis.chat.commands.VoteCommand;
import dev.commis.chat.reply.Reply;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where an adapter reports the native polls it posts for {@code /vote}: where each one went ({@link #posted}), and
 * its final counts once the platform says it is closed ({@link #closed}), whichever way it closed (the close
 * button, the poll's own end, an update after a restart). The winner is drawn and kept once per poll, however many
 * times and ways its closing is reported, and its card handed to the adapter that reported it, which says whether the
 * platform took it ({@link #winnerPosted}, {@link #winnerFailed}); a winner not posted is tried again
 * ({@link WinnerPosts}) through each platform's {@link #postWinnersWith poster}, at start too.
 *
 * <p>Votes are tallied from the final state of the poll that the platform returns when it ends it (Telegram's
 * {@code stopPoll} answer or a {@code poll} update with {@code is_closed}; Discord's ended poll message), not
 * from the single answers ({@code poll_answer}, vote events): the platform's count is authoritative, already
 * takes back changed or retracted votes, and does not miss the answers given while Commis was stopped, which the
 * single updates would.
 */
public final class PollDesk {

    private static final Logger LOG = LoggerFactory.getLogger(PollDesk.class);

    /** The winner's reply, the chat to post it in, and the vote it won (for {@link #winnerPosted}). */
    public record Outcome(String chat, Reply reply, long poll) {
    }

    private final ChatCore core;
    private final WinnerPosts winners;

    PollDesk(ChatCore core) {
        this.core = core;
        this.winners = new WinnerPosts(core.services().polls(), core.services().clock(), this::card);
    }

    /**
     * Notes where poll {@code key} (from a {@code Poll.Open}) was posted.
     *
     * @param platformPoll the platform's id for the poll, prefixed with the platform ({@code telegram:5012}), by
     *                     which the adapter reports its closing
     * @param message      the platform's id of the poll's message, which the adapter needs to end it
     */
    public void posted(String key, String platformPoll, String message) {
        if (key.matches("\\d{1,18}")) {
            core.services().polls().posted(Long.parseLong(key), platformPoll, message);
        }
    }

    /**
     * The polls posted on a platform ({@code platformPrefix}, such as {@code discord:}) and not closed yet: for an
     * adapter whose platform does not say when a poll ends by itself, so that it can look at each once its time is up.
     */
    public List<PollStore.OpenPoll> open(String platformPrefix) {
        return core.services().polls().open(platformPrefix);
    }

    /**
     * Poll {@code platformPoll} is closed with {@code votes} per option, in option order: the winner's card for
     * its chat, the first time (its winner drawn then and kept); empty when the poll is not one of Commis's or it was
     * already closed. The caller posts the card and then says how that went: {@link #winnerPosted} or
     * {@link #winnerFailed}.
     */
    public Optional<Outcome> closed(String platformPoll, List<Integer> votes) {
        PollStore store = core.services().polls();
        Optional<PollStore.StoredPoll> found = store.byPlatformPoll(platformPoll);
        if (found.isEmpty() || found.get().closed()) {
            return Optional.empty();
        }
        PollStore.StoredPoll poll = found.get();
        List<Integer> counts = votes.stream().map(count -> count == null ? 0 : Math.max(0, count)).toList();
        String winner;
        try {
            winner = VoteCommand.draw(request(poll), poll, counts);
        } catch (RuntimeException e) {
            LOG.error("Could not draw the winner of vote {} in chat {}", poll.id(), poll.chat(), e);
            winner = "";
        }
        // Held before the close is written, so that no retry begins between the close and the adapter's own post.
        if (!winners.began(poll.id())) {
            return Optional.empty(); // another report of this close is being handled: that one posts the winner
        }
        boolean closedNow = false;
        try {
            closedNow = store.close(poll.id(), counts, winner, core.services().clock().instant());
        } finally {
            if (!closedNow) {
                winners.released(poll.id()); // closed meanwhile by another report, which posts the winner
            }
        }
        if (!closedNow) {
            return Optional.empty();
        }
        return store.byId(poll.id()).map(closed -> new Outcome(closed.chat(), card(closed), closed.id()));
    }

    /** The platform accepted the card of {@code outcome}: it is not posted again. */
    public void winnerPosted(Outcome outcome) {
        winners.posted(outcome.poll());
    }

    /** The platform did not take the card of {@code outcome} ({@code why}): it is tried again later, or given up. */
    public void winnerFailed(Outcome outcome, Throwable why) {
        winners.failed(outcome.poll(), outcome.chat(), why);
    }

    /**
     * Posts the winners of the chats of {@code platform} ({@code telegram}) through {@code poster} when they are
     * tried again, beginning now with those still owed (chosen while Commis was down, say).
     */
    public void postWinnersWith(String platform, WinnerPosts.Poster poster) {
        winners.postWith(platform, poster);
    }

    /** Tries the failed winner posts again on {@code timer}, looking every {@code every} for those due by the clock. */
    public void retryWinnersOn(java.util.concurrent.ScheduledExecutorService timer, java.time.Duration every) {
        winners.retryOn(timer, every);
    }

    /** Posts the winners whose next try is due by the clock now; how many posts began. For tests. */
    public int retryDueWinners() {
        return winners.runDue();
    }

    /** The card of closed {@code poll}'s stored winner, the same every time it is asked. */
    private Reply card(PollStore.StoredPoll poll) {
        Request request = request(poll);
        try {
            return VoteCommand.winner(request, poll, poll.votes(), poll.winner().orElse(""));
        } catch (RuntimeException e) {
            LOG.error("Could not tell the winner of vote {} in chat {}", poll.id(), poll.chat(), e);
            return Reply.text(request.say("error.internal"));
        }
    }

    private Request request(PollStore.StoredPoll poll) {
        return core.request(Incoming.message(poll.chat(), ""));
    }
}
