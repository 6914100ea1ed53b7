package dev.commis.console;

import dev.commis.chat.ChatCore;
import dev.commis.chat.ChatPreferences;
import dev.commis.chat.Messages;
import dev.commis.chat.PollDesk;
import dev.commis.chat.reply.Poll;
import dev.commis.chat.reply.Reply;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The console's native poll: the options as numbered lines, a number typed to vote (the console has one
 * person, so a new number changes the vote), "close" to close it through the vote's own button. Its final count
 * goes to the core like any platform's.
 */
final class ConsolePoll {

    /** The words that close the open vote, as typed. */
    static final List<String> CLOSE_WORDS = List.of("close", "fermer", "clore");

    private final ChatCore core;
    private final Poll.Open poll;
    private final String closeAction;
    private int vote = -1;

    private ConsolePoll(ChatCore core, Poll.Open poll, String closeAction) {
        this.core = core;
        this.poll = poll;
        this.closeAction = closeAction;
    }

    /** Posts {@code reply}'s poll in the console: tells the core where it went; the lines to print. */
    static ConsolePoll post(ChatCore core, Reply reply, Poll.Open poll) {
        core.polls().posted(poll.key(), platformPoll(poll.key()), poll.key());
        String close = reply.allButtons().isEmpty() ? "" : reply.allButtons().get(0).action();
        return new ConsolePoll(core, poll, close);
    }

    /** The platform id of the console's poll {@code key}. */
    static String platformPoll(String key) {
        return ConsoleChat.CHAT + ":" + key;
    }

    String render() {
        StringBuilder out = new StringBuilder(poll.question()).append('\n');
        for (int i = 0; i < poll.options().size(); i++) {
            out.append(i + 1).append(". ").append(poll.options().get(i)).append('\n');
        }
        ChatPreferences preferences = core.services().preferences().get(ConsoleChat.CHAT);
        Messages messages = Messages.of(preferences.lang().orElse(core.services().lang()));
        return out.append('\n').append(messages.get("vote.console_help")).append('\n').toString();
    }

    /** Whether {@code line} is a vote for one of the options; if so it is counted. */
    boolean vote(String line) {
        if (!line.matches("\\d{1,3}")) {
            return false;
        }
        int option = Integer.parseInt(line) - 1;
        if (option < 0 || option >= poll.options().size()) {
            return false;
        }
        vote = option;
        return true;
    }

    /** What voting for {@code line}'s option printed. */
    String voted() {
        return "✔ " + (vote + 1) + ". " + poll.options().get(vote) + "\n";
    }

    /** The action of the vote's close button, for a typed "close"; "" when it has none. */
    String closeAction() {
        return closeAction;
    }

    /** The final count, as a platform would return it when the poll ends: the console's one vote, if any. */
    Optional<PollDesk.Outcome> closed(Poll.Close close) {
        List<Integer> votes = new ArrayList<>();
        for (int i = 0; i < poll.options().size(); i++) {
            votes.add(i == vote ? 1 : 0);
        }
        return core.polls().closed(close.platformPoll(), votes);
    }

    String key() {
        return poll.key();
    }
}
