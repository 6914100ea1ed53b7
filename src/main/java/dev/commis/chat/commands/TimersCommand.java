package dev.commis.chat.commands;

import dev.commis.chat.Command;
import dev.commis.chat.Request;
import dev.commis.chat.reply.Button;
import dev.commis.chat.reply.Reply;
import dev.commis.chat.reply.Span;
import dev.commis.reminders.Reminder;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** {@code /timers} ({@code /minuteurs}): the chat's pending reminders, each with a button that cancels it. */
public final class TimersCommand implements Command {

    static final String CODE = "tx";
    private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("HH:mm");
    private static final int LABEL_LENGTH = 28;

    @Override
    public String name() {
        return "timers";
    }

    @Override
    public String frenchName() {
        return "minuteurs";
    }

    @Override
    public String actionCode() {
        return CODE;
    }

    @Override
    public Reply run(Request request, String args) {
        List<Reminder> pending = request.services().reminders().pending(request.chat());
        if (pending.isEmpty()) {
            return Reply.text(request.say("timers.none"));
        }
        Reply.Builder reply = Reply.builder().heading(Span.bold(request.say("timers.title", pending.size())));
        reply.bullets(pending.stream().map(reminder -> time(request, reminder) + " — " + reminder.text()).toList());
        for (Reminder reminder : pending.subList(0, Math.min(pending.size(), 20))) {
            String label = "✖ " + time(request, reminder) + " " + reminder.text();
            reply.buttons(new Button(dev.commis.text.Whitespace.shorten(label, LABEL_LENGTH),
                    request.services().payloads().action(CODE, Long.toString(reminder.id()))));
        }
        return reply.build();
    }

    /** Cancels the reminder whose id is {@code payload}. */
    @Override
    public Reply press(Request request, String payload) {
        long id;
        try {
            id = Long.parseLong(payload);
        } catch (NumberFormatException e) {
            return Reply.text(request.say("error.unknown_button"));
        }
        boolean cancelled = request.services().reminders().cancel(request.chat(), id);
        return Reply.text(request.say(cancelled ? "timers.cancelled" : "timers.gone"));
    }

    private static String time(Request request, Reminder reminder) {
        return HOUR.format(reminder.dueAt().atZone(request.services().clock().getZone()));
    }
}
