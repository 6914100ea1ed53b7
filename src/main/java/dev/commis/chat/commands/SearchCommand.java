package dev.commis.chat.commands;

import dev.commis.chat.RecipeList;
import dev.commis.chat.Request;
import dev.commis.chat.reply.Reply;
import dev.commis.vault.Recipe;
import java.util.List;

/**
 * {@code /search <words>} ({@code /cherche}): recipes ranked over titles, tags, ingredients and
 * text, a page at a time, with buttons to open a result and to turn pages.
 */
public final class SearchCommand extends PagedCommand {

    static final String CODE = "s";

    @Override
    public String name() {
        return "search";
    }

    @Override
    public String frenchName() {
        return "cherche";
    }

    @Override
    public String actionCode() {
        return CODE;
    }

    @Override
    Reply page(Request request, String words, int page) {
        if (words.isEmpty()) {
            return Reply.text(request.say("search.usage", Examples.ingredient(request)));
        }
        List<Recipe> found = request.services().library().search(words);
        if (found.isEmpty()) {
            return Reply.text(request.say("search.none", Echo.of(words)));
        }
        return RecipeList.page(request, request.say("search.title", Echo.of(words), found.size()), found, page,
                recipe -> RecipeList.detail(request, recipe),
                next -> pageAction(request, words, next));
    }
}
