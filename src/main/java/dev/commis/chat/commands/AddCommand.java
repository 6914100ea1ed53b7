package dev.commis.chat.commands;

import dev.commis.chat.Command;
import dev.commis.chat.Request;
import dev.commis.chat.reply.Reply;

/**
 * {@code /add <item>} ({@code /ajouter}): adds a free item ("2 lemons") to the chat's current shared
 * shopping list, making one when the chat has none.
 */
public final class AddCommand implements Command {

    static final String CODE = "ad";

    @Override
    public String name() {
        return "add";
    }

    @Override
    public String frenchName() {
        return "ajouter";
    }

    @Override
    public String actionCode() {
        return CODE;
    }

    @Override
    public Reply run(Request request, String args) {
        if (args.isBlank()) {
            return Reply.text(request.say("shop.add.usage", "/" + localName(request.lang())));
        }
        return SharedLists.add(request, args);
    }
}
