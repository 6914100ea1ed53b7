package dev.commis.chat.commands;

import dev.commis.chat.Command;
import dev.commis.chat.CookStore;
import dev.commis.chat.Request;
import dev.commis.chat.reply.Button;
import dev.commis.chat.reply.Reply;
import dev.commis.reminders.Reminder;
import dev.commis.vault.Recipe;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code /stop} ({@code /arreter}): ends the chat's cook and cancels its reminders; free timers
 * stay, and the answer says so. The cook view's stop button ({@code st:ask}) first asks when the
 * stop would cancel running reminders ({@code st:yes} stops); {@code st:r<id>,<id>…} cancels the
 * reminders a previous cook left.
 */
public final class StopCommand implements Command {

    static final String CODE = "st";
    static final String ASK = "ask";
    static final String YES = "yes";
    private static final String LEFT = "r";

    @Override
    public String name() {
        return "stop";
    }

    @Override
    public String frenchName() {
        return "arreter";
    }

    @Override
    public String actionCode() {
        return CODE;
    }

    @Override
    public Reply run(Request request, String args) {
        boolean hadCook = request.services().cooks().remove(request.chat());
        int cancelled = request.services().reminders().cancelCook(request.chat());
        long free = request.services().reminders().pending(request.chat()).stream().filter(reminder -> !reminder.cook()).count();
        List<String> said = new ArrayList<>();
        if (hadCook || cancelled > 0) {
            said.add(request.say("stop.done", cancelled));
        } else if (free == 0) {
            return Reply.text(request.say("stop.none"));
        } else {
            said.add(request.say("stop.no_cook"));
        }
        if (free > 0) {
            said.add(request.say("stop.free_stay", free));
        }
        return Reply.text(String.join(" ", said));
    }

    @Override
    public Reply press(Request request, String payload) {
        if (payload.startsWith(LEFT)) {
            return cancelLeft(request, payload.substring(LEFT.length()));
        }
        if (payload.equals(YES)) {
            return run(request, "").asReplacing();
        }
        long running = cookReminders(request).size();
        if (running == 0) {
            return run(request, "").asReplacing();
        }
        Reply.Builder ask = Reply.builder().paragraph(request.say("stop.confirm", running)).replacing();
        List<Button> row = new ArrayList<>();
        row.add(request.services().payloads().button(request.say("stop.yes"), CODE, YES).numbered(1));
        current(request).ifPresent(cook -> row.add(new Button(request.say("stop.keep"),
                CookCommand.openAction(request, cook.recipe(), cook.step(), cook.servings()), 2)));
        return ask.buttons(row).build();
    }

    /** The chat's pending cook reminders. */
    static List<Reminder> cookReminders(Request request) {
        return request.services().reminders().pending(request.chat()).stream().filter(Reminder::cook).toList();
    }

    /** A button that cancels {@code left}, the reminders a previous cook left. */
    static Button cancelLeft(Request request, List<Reminder> left) {
        String ids = String.join(",", left.stream().map(reminder -> Long.toString(reminder.id())).toList());
        return request.services().payloads().button(request.say("cook.cancel_previous"), CODE, LEFT + ids);
    }

    private static Reply cancelLeft(Request request, String ids) {
        int cancelled = 0;
        for (String id : ids.split(",")) {
            try {
                cancelled += request.services().reminders().cancel(request.chat(), Long.parseLong(id)) ? 1 : 0;
            } catch (NumberFormatException e) {
                return Reply.text(request.say("error.unknown_button"));
            }
        }
        return Reply.text(request.say("stop.previous_cancelled", cancelled));
    }

    private record Current(Recipe recipe, int step, java.util.OptionalInt servings) {
    }

    private static Optional<Current> current(Request request) {
        Optional<CookStore.Cook> cook = request.services().cooks().get(request.chat());
        return cook.flatMap(c -> request.services().library().snapshot().recipe(c.recipe())
                .map(recipe -> new Current(recipe, c.step(), c.servings())));
    }
}
