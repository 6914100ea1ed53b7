package dev.commis.kitchen;

import static org.assertj.core.api.Assertions.assertThat;

import dev.commis.vault.IngredientGroup;
import dev.commis.vault.Recipe;
import dev.commis.vault.RecipeParser;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The seed recipe, six portions as it reached us, cooked for twelve. */
class SeedScalingTest {

    @Test
    void scalesTheSeedFixtureForTwelve() throws IOException {
        Recipe seed;
        try (InputStream in = SeedScalingTest.class.getResourceAsStream("/fixtures/seed-recipe.md")) {
            seed = RecipeParser.parse("seed-recipe.md", in.readAllBytes()).recipe();
        }
        double factor = 12.0 / seed.facts().servings().orElseThrow();
        List<String> scaled = seed.ingredients().stream()
                .map(IngredientGroup::items)
                .flatMap(List::stream)
                .map(line -> Quantities.scale(line, factor, UnitSystem.AS_WRITTEN))
                .toList();
        assertThat(scaled).contains("4 kg pork belly, skin removed", "250 g unsalted butter",
                "½ tsp chilli powder", "220 g (1 cup) brown sugar", "kimchi mac and cheese, to serve");
    }
}
