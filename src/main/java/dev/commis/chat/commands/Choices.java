package dev.commis.chat.commands;

import dev.commis.chat.Request;
import dev.commis.chat.reply.Button;
import dev.commis.chat.reply.Reply;
import dev.commis.search.RecipeIndex;
import dev.commis.vault.Recipe;
import java.util.function.Function;

/**
 * The answer when a name does not give one recipe: nothing close; a choice among recipes that
 * each have every word asked ("Which one?"); or, when the recipe asked does not exist, saying so
 * and offering the closest ones, never showing another recipe as if it were the one asked.
 */
final class Choices {

    private Choices() {
    }

    /** @param action the action of a button that takes a recipe offered */
    static Reply of(Request request, String name, RecipeIndex.Match match, Function<Recipe, String> action) {
        if (match.alternatives().isEmpty()) {
            return Reply.text(request.say("recipe.none", Echo.of(name)));
        }
        Reply.Builder choice = Reply.builder()
                .paragraph(request.say(match.close() ? "recipe.which" : "recipe.not_found", Echo.of(name)));
        for (Recipe recipe : match.alternatives()) {
            choice.buttons(new Button(recipe.title(), action.apply(recipe)));
        }
        return choice.build();
    }
}
