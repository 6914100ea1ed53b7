package dev.commis.kitchen;

import dev.commis.vault.IngredientGroup;
import dev.commis.vault.Recipe;
import dev.commis.vault.RecipeFacts;
import java.util.List;

/** Recipes built in code, so that each shopping-list test shows every line it adds up. */
final class TestRecipes {

    private TestRecipes() {
    }

    /** A recipe called {@code title} whose ingredients are {@code lines}, in one unnamed group. */
    static Recipe recipe(String title, String... lines) {
        return withGroups(title, new IngredientGroup("", List.of(lines)));
    }

    static Recipe withGroups(String title, IngredientGroup... groups) {
        return new Recipe(title.toLowerCase().replace(' ', '-'), title + ".md", title, RecipeFacts.NONE,
                List.of(groups), List.of(), "", List.of(), List.of());
    }

    /** The seed recipe's ingredients as the vault reads them: six portions, two groups. */
    static Recipe seed() {
        return withGroups("Pork Belly Burnt Ends - Miso Butterscotch Glaze",
                new IngredientGroup("", List.of("2kg pork belly, skin removed", "2 tsp sea salt", "1 tbsp brown sugar",
                        "¼ tsp chilli powder", "1 tsp garlic powder", "1 tsp smoked paprika",
                        "1 tsp cracked black pepper", "kimchi mac and cheese, to serve")),
                new IngredientGroup("Miso butter", List.of("125g unsalted butter", "110g (½ cup) brown sugar",
                        "1 tbsp soy sauce", "2 tbsp rice vinegar", "3 tbsp white miso", "100ml thickened cream")));
    }
}
