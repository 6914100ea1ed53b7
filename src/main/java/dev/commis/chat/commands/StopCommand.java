package dev.commis.chat.commands;

import dev.commis.chat.Command;
import dev.commis.chat.Request;
import dev.commis.chat.reply.Reply;

/** {@code /stop} ({@code /arreter}): ends the chat's cook and cancels its reminders (free timers stay). */
public final class StopCommand implements Command {

    static final String CODE = "st";

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
        if (!hadCook && cancelled == 0) {
            return Reply.text(request.say("stop.none"));
        }
        return Reply.text(request.say("stop.done", cancelled));
    }
}
