package dev.commis.chat.commands;

import dev.commis.chat.Command;
import dev.commis.chat.RecipeCard;
import dev.commis.chat.Request;
import dev.commis.chat.reply.Reply;
import dev.commis.search.RecipeIndex;
import dev.commis.vault.Recipe;
import java.util.List;
import java.util.OptionalInt;

/**
 * {@code /random [filters…]} ({@code /hasard}): a recipe drawn uniformly from every recipe that
 * matches all the filters, with a button for another draw.
 */
public final class RandomCommand implements Command {

    static final String CODE = "rd";

    @Override
    public String name() {
        return "random";
    }

    @Override
    public String frenchName() {
        return "hasard";
    }

    @Override
    public String actionCode() {
        return CODE;
    }

    @Override
    public Reply run(Request request, String args) {
        RecipeIndex.Filtered filtered = request.index().filter(args);
        List<Recipe> candidates = filtered.recipes();
        if (candidates.isEmpty()) {
            return Reply.text(filtered.terms().isEmpty()
                    ? request.say("vault.empty")
                    : FilterHints.noMatch(request, "random.none", filtered.terms()));
        }
        Recipe drawn = candidates.get(request.services().random().nextInt(candidates.size()));
        return RecipeCard.of(request, drawn, OptionalInt.empty())
                .buttons(request.services().payloads().button(request.say("random.again"), CODE, args))
                .build();
    }
}
