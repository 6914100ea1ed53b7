package dev.commis.chat.commands;

import dev.commis.chat.Command;
import dev.commis.chat.RecipeCard;
import dev.commis.chat.Request;
import dev.commis.chat.reply.Reply;
import dev.commis.chat.reply.Span;
import dev.commis.kitchen.ShoppingList;
import dev.commis.search.IngredientSynonyms;
import dev.commis.search.RecipeIndex;
import dev.commis.vault.Recipe;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code /shop <recipe> [for N][, <recipe> [for N]…]} ({@code /courses}): one shopping list for
 * several recipes, the same ingredient in compatible units summed.
 */
public final class ShopCommand implements Command {

    private static final Pattern SEPARATOR = Pattern.compile("[,;+]");

    @Override
    public String name() {
        return "shop";
    }

    @Override
    public String frenchName() {
        return "courses";
    }

    @Override
    public String actionCode() {
        return RecipeCard.SHOP;
    }

    @Override
    public Reply run(Request request, String args) {
        if (args.isBlank()) {
            return Reply.text(request.say("shop.usage", Examples.title(request)));
        }
        List<ShoppingList.Portion> portions = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (String part : parts(request, args)) {
            Servings asked = Servings.parse(part);
            if (asked.isBad()) {
                return Reply.text(request.say("servings.bad", asked.bad(), Servings.MAX));
            }
            RecipeIndex.Match match = request.services().library().find(asked.name());
            if (match.best().isEmpty()) {
                return notFound(request, asked.name(), match);
            }
            Recipe recipe = match.best().get();
            portions.add(new ShoppingList.Portion(recipe, RecipeCard.factor(recipe, asked.servings())));
            names.add(label(request, recipe, asked.servings()));
        }
        return list(request, portions, names);
    }

    /**
     * The recipes asked, each with its servings: split at {@code , ; +}, except where the pieces
     * together are one recipe's title ("Pavé de saumon à l'unilatérale, sauce vierge"), the
     * longest title first.
     */
    static List<String> parts(Request request, String args) {
        List<Integer> cuts = new ArrayList<>();
        cuts.add(-1);
        Matcher separator = SEPARATOR.matcher(args);
        while (separator.find()) {
            cuts.add(separator.start());
        }
        cuts.add(args.length());
        List<String> parts = new ArrayList<>();
        int from = 0;
        while (from < cuts.size() - 1) {
            int to = from + 1;
            for (int longest = cuts.size() - 1; longest > from + 1; longest--) {
                String joined = args.substring(cuts.get(from) + 1, cuts.get(longest));
                if (!request.index().titled(Servings.parse(joined).name()).isEmpty()) {
                    to = longest;
                    break;
                }
            }
            String part = args.substring(cuts.get(from) + 1, cuts.get(to));
            if (!part.isBlank()) {
                parts.add(part.strip());
            }
            from = to;
        }
        return parts;
    }

    /** Payload: {@code id} or {@code id:servings}, from a recipe card's button. */
    @Override
    public Reply press(Request request, String payload) {
        int colon = payload.lastIndexOf(':');
        String id = colon < 0 ? payload : payload.substring(0, colon);
        Servings asked = colon < 0 ? new Servings(id, OptionalInt.empty(), "") : Servings.fromButton(payload.substring(colon + 1));
        if (asked.isBad()) {
            return Reply.text(request.say("servings.bad", asked.bad(), Servings.MAX));
        }
        OptionalInt servings = asked.servings();
        Optional<Recipe> recipe = request.services().library().snapshot().recipe(id);
        if (recipe.isEmpty()) {
            return Reply.text(request.say("recipe.gone"));
        }
        return list(request, List.of(new ShoppingList.Portion(recipe.get(), RecipeCard.factor(recipe.get(), servings))),
                List.of(label(request, recipe.get(), servings)));
    }

    static Reply list(Request request, List<ShoppingList.Portion> portions, List<String> names) {
        if (portions.isEmpty()) {
            return Reply.text(request.say("shop.usage", Examples.title(request)));
        }
        List<ShoppingList.Item> items = ShoppingList.of(portions, request.units(), IngredientSynonyms::keyOf);
        return Reply.builder()
                .heading(Span.bold(request.say("shop.title")))
                .paragraph(Span.italic(request.say("shop.for", String.join(", ", names))))
                .bullets(items.stream().map(ShoppingList.Item::text).toList())
                .build();
    }

    private static String label(Request request, Recipe recipe, OptionalInt servings) {
        if (recipe.facts().servings().isEmpty() && !recipe.facts().yieldText().isEmpty()) {
            return recipe.title() + " (" + recipe.facts().yieldText() + ")"; // a yield is not scaled by servings
        }
        OptionalInt shown = servings.isPresent() ? servings : recipe.facts().servings();
        return shown.isPresent() ? request.say("shop.recipe_for", recipe.title(), shown.getAsInt()) : recipe.title();
    }

    private static Reply notFound(Request request, String name, RecipeIndex.Match match) {
        return Choices.of(request, name, match, recipe -> request.services().payloads().action(RecipeCard.SHOP, recipe.id()));
    }
}
