package dev.commis.chat.commands;

import dev.commis.chat.Command;
import dev.commis.chat.KitchenScreens;
import dev.commis.chat.Request;
import dev.commis.chat.reply.Reply;
import dev.commis.chat.reply.Span;
import dev.commis.text.Folding;
import java.util.Optional;
import java.util.Set;

/**
 * {@code /screen} ({@code /ecran}): the chat's kitchen screen link, a page that shows the chat's cook
 * and timers live, to open on a tablet or a laptop; the link is alone on its own line. {@code /screen off}
 * ({@code /ecran arret}) revokes it: the page stops, and the next {@code /screen} gives a new link. With the
 * web server off, it says how to turn it on.
 */
public final class ScreenCommand implements Command {

    static final String CODE = "sc";
    private static final Set<String> OFF = Set.of("off", "stop", "arret", "arreter", "revoke", "revoquer");

    @Override
    public String name() {
        return "screen";
    }

    @Override
    public String frenchName() {
        return "ecran";
    }

    @Override
    public String actionCode() {
        return CODE;
    }

    @Override
    public Reply run(Request request, String args) {
        KitchenScreens screens = request.services().screens();
        if (!screens.on()) {
            return Reply.text(request.say("screen.disabled"));
        }
        String word = Folding.fold(args.strip());
        if (OFF.contains(word)) {
            return Reply.text(request.say(screens.revoke(request.chat()) ? "screen.revoked" : "screen.none"));
        }
        if (!word.isEmpty()) {
            return Reply.text(request.say("screen.usage"));
        }
        Optional<String> link = screens.link(request.chat());
        return Reply.builder()
                .paragraph(request.say("screen.intro"))
                .paragraph(Span.link(link.orElseThrow(), link.orElseThrow()))
                .paragraph(Span.italic(request.say("screen.private")))
                .build();
    }
}
