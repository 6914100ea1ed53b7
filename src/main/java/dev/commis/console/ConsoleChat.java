package dev.commis.console;

import dev.commis.chat.ChatCore;
import dev.commis.chat.ChatPush;
import dev.commis.chat.Incoming;
import dev.commis.chat.PollDesk;
import dev.commis.chat.reply.Poll;
import dev.commis.chat.reply.Button;
import dev.commis.chat.reply.Reply;
import dev.commis.reminders.Delivery;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.Map;
import java.util.Optional;

/**
 * A chat with Commis in the terminal: one message per line from the input (a terminal, a pipe
 * or a file), each reply printed as plain text. A line holding only the number of one of the
 * last reply's buttons presses it; a vote shows its options numbered, and a number votes until "close".
 * Reminders print as they fire, on lines of their own (at a terminal, above the line being typed), and so
 * do answers to presses on the kitchen screen, whose buttons then become the ones typed by number. Ends at
 * the end of the input.
 */
public final class ConsoleChat implements Delivery, ChatPush {

    /** The console's chat key: one person, one chat. */
    public static final String CHAT = "console";

    private final ChatCore core;
    private final ConsoleLines lines;
    private volatile Map<Button, Integer> lastButtons = Map.of();
    /** The vote shown last and not yet closed, or null. */
    private ConsolePoll openPoll;

    public ConsoleChat(ChatCore core, ConsoleLines lines) {
        this.core = core;
        this.lines = lines;
    }

    /** Reads and answers until the input ends. */
    public void run() throws IOException {
        String line;
        while ((line = lines.readLine()) != null) {
            if (!line.isBlank()) {
                answer(line);
            }
        }
        lines.out().flush();
    }

    /** Prints a reminder as it fires. */
    @Override
    public void deliver(String chat, String user, String text) {
        lines.printAbove(text);
    }

    /** Prints the answer to a press on the kitchen screen, as if its button had been typed here. */
    @Override
    public void push(String chat, Reply reply) {
        lastButtons = PlainTextRenderer.numbers(reply);
        lines.printAbove(PlainTextRenderer.render(reply).stripTrailing());
    }

    /**
     * Answers one line: while a vote is open, an option's number votes and "close" closes it; else a button
     * press when it is a button's number, else a message.
     */
    void answer(String line) {
        String typed = line.strip();
        if (openPoll != null && openPoll.vote(typed)) {
            print(openPoll.voted());
            return;
        }
        Incoming incoming = openPoll != null && ConsolePoll.CLOSE_WORDS.contains(typed.toLowerCase(java.util.Locale.ROOT))
                && !openPoll.closeAction().isEmpty() ? Incoming.button(CHAT, openPoll.closeAction()) : pressed(typed);
        Reply reply = core.handle(incoming != null ? incoming : Incoming.message(CHAT, line));
        if (reply.poll().orElse(null) instanceof Poll.Open open) {
            openPoll = ConsolePoll.post(core, reply, open);
            lastButtons = Map.of(); // numbers vote while the poll is open
            print(PlainTextRenderer.render(new Reply(reply.blocks(), java.util.List.of(), reply.image(), false, "")) + openPoll.render());
            return;
        }
        if (reply.poll().orElse(null) instanceof Poll.Close close && !close.askerMustBeAdmin()) {
            ConsolePoll closing = openPoll != null && openPoll.key().equals(close.key()) ? openPoll : null;
            Optional<PollDesk.Outcome> outcome = closing != null ? closing.closed(close)
                    : core.polls().closed(close.platformPoll(), java.util.List.of());
            openPoll = closing != null ? null : openPoll;
            if (outcome.isPresent()) {
                reply = outcome.get().reply();
                lastButtons = PlainTextRenderer.numbers(reply);
                print(PlainTextRenderer.render(reply));
                core.polls().winnerPosted(outcome.get()); // printed: the console has no other way to fail it
                return;
            }
        }
        lastButtons = PlainTextRenderer.numbers(reply);
        print(PlainTextRenderer.render(reply));
    }

    private void print(String text) {
        PrintWriter out = lines.out();
        synchronized (out) {
            out.print(text);
            out.println();
            out.flush();
        }
    }

    private Incoming pressed(String line) {
        if (!line.matches("\\d{1,3}")) {
            return null;
        }
        int number = Integer.parseInt(line);
        return lastButtons.entrySet().stream().filter(entry -> entry.getValue() == number).findFirst()
                .map(entry -> Incoming.button(CHAT, entry.getKey().action())).orElse(null);
    }
}
