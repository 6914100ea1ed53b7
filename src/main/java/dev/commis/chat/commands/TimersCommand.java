package dev.commis.chat.commands;

import dev.commis.chat.Command;
import dev.commis.chat.ReminderText;
import dev.commis.chat.Request;
import dev.commis.chat.reply.Button;
import dev.commis.chat.reply.Reply;
import dev.commis.chat.reply.Span;
import dev.commis.reminders.Reminder;
import dev.commis.text.Whitespace;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code /timers} ({@code /minuteurs}): the chat's reminders still to come, a page of
 * {@value #PAGE_SIZE} at a time, each with a button that cancels it ({@code tx:<id>}) and buttons
 * to the other pages ({@code tx:p<page>}). A reminder already due is going out, not pending: it
 * is not listed.
 */
public final class TimersCommand implements Command {

    static final String CODE = "tx";
    static final int PAGE_SIZE = 10;
    private static final String PAGE = "p";
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
        return page(request, 0);
    }

    /** Cancels the reminder whose id is {@code payload}, or shows page {@code p<n>}. */
    @Override
    public Reply press(Request request, String payload) {
        if (payload.startsWith(PAGE)) {
            return page(request, Paging.page(payload.substring(PAGE.length()))).asReplacing();
        }
        long id;
        try {
            id = Long.parseLong(payload);
        } catch (NumberFormatException e) {
            return Reply.text(request.say("error.unknown_button"));
        }
        Optional<Reminder> reminder = request.services().reminders().pending(request.chat()).stream()
                .filter(pending -> pending.id() == id).findFirst();
        boolean cancelled = request.services().reminders().cancel(request.chat(), id);
        return Reply.text(cancelled && reminder.isPresent()
                ? request.say("timers.cancelled_what", text(request, reminder.get()))
                : request.say("timers.gone"));
    }

    private static Reply page(Request request, int asked) {
        Instant now = request.services().clock().instant();
        List<Reminder> pending = request.services().reminders().pending(request.chat()).stream()
                .filter(reminder -> reminder.dueAt().isAfter(now)).toList();
        if (pending.isEmpty()) {
            return Reply.text(request.say("timers.none"));
        }
        int pages = (pending.size() + PAGE_SIZE - 1) / PAGE_SIZE;
        int page = Math.min(asked, pages - 1);
        int from = page * PAGE_SIZE;
        List<Reminder> shown = pending.subList(from, Math.min(pending.size(), from + PAGE_SIZE));
        Reply.Builder reply = Reply.builder().heading(Span.bold(request.say("timers.title", pending.size())));
        reply.list(true, from + 1, shown.stream()
                .map(reminder -> List.of(Span.plain(time(request, reminder) + " — " + text(request, reminder)))).toList());
        if (pages > 1) {
            reply.paragraph(Span.italic(request.say("timers.page", page + 1, pages)));
        }
        for (int i = 0; i < shown.size(); i++) {
            Reminder reminder = shown.get(i);
            String label = "✖ " + time(request, reminder) + " " + text(request, reminder);
            reply.buttons(new Button(Whitespace.shorten(label, LABEL_LENGTH),
                    request.services().payloads().action(CODE, Long.toString(reminder.id())), from + i + 1));
        }
        List<Button> navigation = new ArrayList<>();
        if (page > 0) {
            navigation.add(request.services().payloads().button(request.say("list.previous"), CODE, PAGE + (page - 1)));
        }
        if (page + 1 < pages) {
            navigation.add(request.services().payloads().button(request.say("list.next"), CODE, PAGE + (page + 1)));
        }
        return reply.buttons(navigation).build();
    }

    private static String text(Request request, Reminder reminder) {
        return ReminderText.in(reminder.text(), request.lang());
    }

    private static String time(Request request, Reminder reminder) {
        return HOUR.format(reminder.dueAt().atZone(request.services().clock().getZone()));
    }
}
