package dev.commis.chat.commands;

import dev.commis.chat.Request;
import dev.commis.kitchen.ShoppingList;
import dev.commis.kitchen.UnitSystem;
import dev.commis.text.Language;
import dev.commis.vault.Recipe;
import java.util.List;

/** Examples for help and usage replies, taken from the user's own vault so that they work as typed. */
final class Examples {

    private Examples() {
    }

    /** A recipe title from the vault, or a made-up one when it is empty. */
    static String title(Request request) {
        return pick(request).map(Recipe::title).orElse("crêpes");
    }

    /** Another recipe title than {@code title} (for a joint cook), or a made-up one when there is none. */
    static String otherTitle(Request request, String title) {
        return request.services().library().snapshot().recipes().stream().map(Recipe::title)
                .filter(other -> !other.equals(title) && !other.contains("+"))
                .findFirst().orElse("risotto");
    }

    /** A protein (or else "dessert") that some recipe of the vault has. */
    static String filter(Request request) {
        return request.services().library().snapshot().recipes().stream()
                .map(recipe -> recipe.facts().protein())
                .filter(protein -> !protein.isEmpty())
                .findFirst()
                .orElse("dessert");
    }

    /** One ingredient of a recipe of the vault. */
    static String ingredient(Request request) {
        List<String> names = ingredientNames(request);
        return names.isEmpty() ? "chocolat" : names.get(0);
    }

    /** Two ingredients of one recipe of the vault, joined as a person would write them. */
    static String ingredients(Request request) {
        List<String> names = ingredientNames(request);
        String and = request.lang() == Language.FR ? " et " : " and ";
        if (names.size() < 2) {
            return request.lang() == Language.FR ? "poireaux et lardons" : "leeks and bacon";
        }
        return names.get(0) + and + names.get(1);
    }

    private static List<String> ingredientNames(Request request) {
        return pick(request)
                .map(recipe -> ShoppingList.of(List.of(new ShoppingList.Portion(recipe, 1)), UnitSystem.AS_WRITTEN).stream()
                        .map(ShoppingList.Item::name)
                        // Short plain names read as a person would type them: "poireaux", not "marsala or dark rum".
                        .filter(name -> !name.isBlank() && name.length() <= 20 && name.split(" ").length <= 2
                                && !name.contains(" or ") && !name.contains(" ou ") && !name.contains("("))
                        .toList())
                .orElse(List.of());
    }

    private static java.util.Optional<Recipe> pick(Request request) {
        List<Recipe> recipes = request.services().library().snapshot().recipes();
        return recipes.isEmpty() ? java.util.Optional.empty()
                : java.util.Optional.of(recipes.get(request.services().random().nextInt(recipes.size())));
    }
}
