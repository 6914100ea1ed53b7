package dev.commis.chat.commands;

import dev.commis.chat.RecipeList;
import dev.commis.chat.Request;
import dev.commis.chat.reply.Reply;
import dev.commis.search.RecipeIndex;
import dev.commis.vault.Recipe;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * {@code /with <ingredients…>} ({@code /avec}): "what can I make with leeks and bacon" — recipes
 * ranked by how many of the given ingredients they use, saying which.
 */
public final class WithCommand extends PagedCommand {

    static final String CODE = "w";

    @Override
    public String name() {
        return "with";
    }

    @Override
    public String frenchName() {
        return "avec";
    }

    @Override
    public String actionCode() {
        return CODE;
    }

    @Override
    Reply page(Request request, String ingredients, int page) {
        if (ingredients.isEmpty()) {
            return Reply.text(request.say("with.usage", Examples.ingredients(request)));
        }
        List<RecipeIndex.IngredientMatch> matches = request.index().withIngredients(ingredients);
        if (matches.isEmpty()) {
            return Reply.text(request.say("with.none", Echo.of(ingredients)));
        }
        Map<String, List<String>> used = matches.stream().collect(Collectors.toMap(
                match -> match.recipe().id(), RecipeIndex.IngredientMatch::used, (a, b) -> a));
        List<Recipe> recipes = matches.stream().map(RecipeIndex.IngredientMatch::recipe).toList();
        Function<Recipe, String> detail = recipe -> request.say("with.uses", String.join(", ", used.get(recipe.id())));
        return RecipeList.page(request, request.say("with.title", Echo.of(ingredients), recipes.size()), recipes, page, detail,
                next -> pageAction(request, ingredients, next));
    }
}
