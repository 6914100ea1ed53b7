package dev.commis.web;

import dev.commis.chat.ChatCore;
import dev.commis.chat.ChatPush;
import dev.commis.chat.CookStore;
import dev.commis.chat.Incoming;
import dev.commis.chat.Request;
import dev.commis.chat.commands.CookScreen;
import dev.commis.chat.reply.Reply;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A press on one of the screen's buttons, done as the chat's own button: the core answers a button press
 * of that chat (in the name of whoever started the cook) and the answer goes to the chat, where it takes
 * the place of the cook's message when the platform can edit it.
 */
final class Presses {

    private static final Logger LOG = LoggerFactory.getLogger(Presses.class);

    private final ChatCore core;
    private final ChatPush push;

    Presses(ChatCore core, ChatPush push) {
        this.core = core;
        this.push = push;
    }

    /** Presses the button the screen calls {@code name} in {@code chat}; whether the chat's cook has one. */
    boolean press(String chat, String name) {
        Request request = core.request(Incoming.message(chat, ""));
        Optional<String> action = CookScreen.action(request, name);
        if (action.isEmpty()) {
            return false;
        }
        String user = core.services().cooks().get(chat).map(CookStore.Cook::user).orElse("");
        Reply reply = core.handle(new Incoming(chat, user, false, Incoming.Kind.BUTTON, action.get(), ""));
        try {
            push.push(chat, reply);
        } catch (Exception e) {
            // The press is done (the screen shows it); only the chat's copy of the answer is missing.
            LOG.warn("The kitchen screen's {} in chat {} could not be shown in the chat: {}", name, chat, e.getMessage());
        }
        return true;
    }
}
