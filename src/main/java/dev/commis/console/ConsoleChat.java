package dev.commis.console;

import dev.commis.chat.ChatCore;
import dev.commis.chat.Incoming;
import dev.commis.chat.reply.Button;
import dev.commis.chat.reply.Reply;
import dev.commis.reminders.Delivery;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.Map;

/**
 * A chat with Commis in the terminal: one message per line from the input (a terminal, a pipe
 * or a file), each reply printed as plain text. A line holding only the number of one of the
 * last reply's buttons presses it. Reminders print between replies as they fire. Ends at the
 * end of the input.
 */
public final class ConsoleChat implements Delivery {

    /** The console's chat key: one person, one chat. */
    public static final String CHAT = "console";

    private final ChatCore core;
    private final BufferedReader in;
    private final PrintWriter out;
    private final boolean interactive;
    private Map<Button, Integer> lastButtons = Map.of();

    /**
     * @param interactive whether a person types at a terminal: then a prompt is shown
     */
    public ConsoleChat(ChatCore core, BufferedReader in, PrintWriter out, boolean interactive) {
        this.core = core;
        this.in = in;
        this.out = out;
        this.interactive = interactive;
    }

    /** Reads and answers until the input ends. */
    public void run() throws IOException {
        prompt();
        String line;
        while ((line = in.readLine()) != null) {
            if (!line.isBlank()) {
                answer(line);
            }
            prompt();
        }
        if (interactive) {
            out.println();
        }
        out.flush();
    }

    /** Prints a reminder between replies, as it fires. */
    @Override
    public void deliver(String chat, String user, String text) {
        synchronized (out) {
            out.println(text);
            out.println();
            prompt();
            out.flush();
        }
    }

    /** Answers one line: a button press when it is a button's number, else a message. */
    void answer(String line) {
        Incoming incoming = pressed(line.strip());
        Reply reply = core.handle(incoming != null ? incoming : Incoming.message(CHAT, line));
        lastButtons = PlainTextRenderer.numbers(reply);
        synchronized (out) {
            out.print(PlainTextRenderer.render(reply));
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

    private void prompt() {
        if (interactive) {
            out.print("> ");
            out.flush();
        }
    }
}
