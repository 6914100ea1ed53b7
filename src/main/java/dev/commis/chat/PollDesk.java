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
 * button, the poll's own end, an update after a restart). The winner is answered once per poll, however many
 * times and ways its closing is reported.
 *
 * <p>Votes are tallied from the final state of the poll that the platform returns when it ends it (Telegram's
 * {@code stopPoll} answer or a {@code poll} update with {@code is_closed}; Discord's ended poll message), not
 * from the single answers ({@code poll_answer}, vote events): the platform's count is authoritative, already
 * takes back changed or retracted votes, and does not miss the answers given while Commis was stopped, which the
 * single updates would.
 */
public final class PollDesk {

    private static final Logger LOG = LoggerFactory.getLogger(PollDesk.class);

    /** The winner's reply and the chat to post it in. */
    public record Outcome(String chat, Reply reply) {
    }

    private final ChatCore core;

    PollDesk(ChatCore core) {
        this.core = core;
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
     * its chat, the first time; empty when the poll is not one of Commis's or its winner was already posted.
     */
    public Optional<Outcome> closed(String platformPoll, List<Integer> votes) {
        PollStore store = core.services().polls();
        Optional<PollStore.StoredPoll> poll = store.byPlatformPoll(platformPoll);
        if (poll.isEmpty() || !store.close(poll.get().id(), core.services().clock().instant())) {
            return Optional.empty();
        }
        String chat = poll.get().chat();
        Request request = core.request(Incoming.message(chat, ""));
        try {
            return Optional.of(new Outcome(chat, VoteCommand.winner(request, poll.get(), votes)));
        } catch (RuntimeException e) {
            LOG.error("Could not tell the winner of vote {} in chat {}", poll.get().id(), chat, e);
            return Optional.of(new Outcome(chat, Reply.text(request.say("error.internal"))));
        }
    }
}
