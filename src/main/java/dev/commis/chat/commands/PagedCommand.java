package dev.commis.chat.commands;

import dev.commis.chat.Command;
import dev.commis.chat.Request;
import dev.commis.chat.reply.Reply;

/**
 * A command that answers with a list of recipes a page at a time. Its page buttons carry
 * {@code page:words}, so turning a page reruns the command on the same words.
 */
abstract class PagedCommand implements Command {

    @Override
    public final Reply run(Request request, String args) {
        return page(request, args.strip(), 0);
    }

    @Override
    public final Reply press(Request request, String payload) {
        int colon = payload.indexOf(':');
        int page = colon < 0 ? 0 : Paging.page(payload.substring(0, colon));
        // Another page takes the place of the list where the platform can edit it.
        return page(request, payload.substring(colon + 1).strip(), page).asReplacing();
    }

    /** Page {@code page} (from 0) of the answer to {@code words}. */
    abstract Reply page(Request request, String words, int page);

    /** The action of a button that shows page {@code page} of the answer to {@code words}. */
    final String pageAction(Request request, String words, int page) {
        return request.services().payloads().action(actionCode(), page + ":" + words);
    }
}
