package dev.commis.chat.commands;

import dev.commis.chat.Command;
import dev.commis.chat.RecipeCard;
import dev.commis.chat.Request;
import dev.commis.chat.reply.Button;
import dev.commis.chat.reply.Reply;
import dev.commis.search.RecipeIndex;
import dev.commis.vault.Recipe;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * {@code /recipe <name> [for N]} ({@code /recette … pour N}): the closest recipe by name, scaled
 * when asked; a short choice when several are about as close. Its buttons open a recipe by id.
 */
public final class RecipeCommand implements Command {

    @Override
    public String name() {
        return "recipe";
    }

    @Override
    public String frenchName() {
        return "recette";
    }

    @Override
    public String actionCode() {
        return RecipeCard.OPEN;
    }

    @Override
    public Reply run(Request request, String args) {
        Servings asked = Servings.parse(args);
        if (asked.isBad()) {
            return Reply.text(request.say("servings.bad", asked.bad(), Servings.MAX));
        }
        if (asked.name().isEmpty()) {
            return Reply.text(request.say("recipe.usage", Examples.title(request)));
        }
        RecipeIndex.Match match = request.services().library().find(asked.name());
        if (match.best().isPresent()) {
            return RecipeCard.of(request, match.best().get(), asked.servings()).build();
        }
        return Choices.of(request, asked.name(), match, recipe -> open(request, recipe, asked.servings()));
    }

    /** Opens the recipe with the id in {@code payload} ({@code id} or {@code id:servings}). */
    @Override
    public Reply press(Request request, String payload) {
        int colon = payload.lastIndexOf(':');
        String id = colon < 0 ? payload : payload.substring(0, colon);
        OptionalInt servings = OptionalInt.empty();
        if (colon >= 0 && payload.substring(colon + 1).matches("[-+]?\\d+")) {
            Servings asked = Servings.fromButton(payload.substring(colon + 1));
            if (asked.isBad()) {
                return Reply.text(request.say("servings.bad", asked.bad(), Servings.MAX));
            }
            servings = asked.servings();
        } else {
            id = payload;
        }
        Optional<Recipe> recipe = request.services().library().snapshot().recipe(id);
        if (recipe.isEmpty()) {
            return Reply.text(request.say("recipe.gone"));
        }
        return RecipeCard.of(request, recipe.get(), servings).build();
    }

    /** The action of a button that opens {@code recipe}, for {@code servings} when present. */
    static String open(Request request, Recipe recipe, OptionalInt servings) {
        String payload = recipe.id() + (servings.isPresent() ? ":" + servings.getAsInt() : "");
        return request.services().payloads().action(RecipeCard.OPEN, payload);
    }

    /** The same recipes as buttons, one a row. */
    static List<Button> openButtons(Request request, List<Recipe> recipes) {
        return recipes.stream().map(r -> new Button(r.title(), open(request, r, OptionalInt.empty()))).toList();
    }
}
