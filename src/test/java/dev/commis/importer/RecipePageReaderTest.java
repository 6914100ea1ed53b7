package dev.commis.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class RecipePageReaderTest {

    private static PageRecipe read(String fixture) {
        return RecipePageReader.read(Pages.page(fixture, "https://site.example/page")).orElseThrow();
    }

    @Test
    void readsARecipeInAYoastGraphWithEntitiesAndLineBreaksInsideStrings() {
        PageRecipe recipe = read("graph-yoast.html");

        assertThat(recipe.title()).isEqualTo("Weeknight Lentil Soup");
        assertThat(recipe.lang()).isEqualTo("en");
        assertThat(recipe.ingredients()).containsExactly(new PageRecipe.Group("", List.of(
                "1 cup brown lentils, rinsed", "2 tablespoons olive oil", "1 onion, diced",
                "2 carrots & 1 celery stick, chopped", "4 cups vegetable stock", "½ tsp smoked paprika", "Salt & pepper")));
        assertThat(recipe.steps()).containsExactly(new PageRecipe.Group("", List.of(
                "Warm the oil in a large pot and soften the onion, carrot and celery for 8 minutes.",
                "Add the lentils, paprika and stock. Bring to a boil, then simmer for 1 hour.",
                "Season with salt & pepper and blend half of the soup if you like it thick.")));
        assertThat(recipe.servings()).isEqualTo(OptionalInt.of(4));
        assertThat(recipe.yield()).isEmpty();
        assertThat(recipe.prepMinutes()).isEqualTo(OptionalInt.of(15));
        assertThat(recipe.cookMinutes()).isEqualTo(OptionalInt.of(75));
        assertThat(recipe.totalMinutes()).isEqualTo(OptionalInt.of(90));
        assertThat(recipe.cuisine()).isEqualTo("Mediterranean");
        assertThat(recipe.category()).isEqualTo("Soup");
        assertThat(recipe.keywords()).containsExactly("lentils", "easy soup", "vegan");
        assertThat(recipe.image()).isEqualTo("https://pantry.example/img/soup-1x1.jpg");
        assertThat(recipe.author()).isEqualTo("Marta Quill");
        assertThat(recipe.url()).isEqualTo("https://pantry.example/lentil-soup/");
        assertThat(recipe.site()).isEqualTo("Pantry Table");
    }

    @Test
    void readsHowToSectionsAsNamedStepGroupsAndFlattenedIngredientGroups() {
        PageRecipe recipe = read("sections-array.html");

        assertThat(recipe.title()).isEqualTo("Big Batch Chili for a Crowd");
        assertThat(recipe.steps()).extracting(PageRecipe.Group::name).containsExactly("The day before", "On the day");
        assertThat(recipe.steps().get(1).items()).hasSize(3)
                .first().isEqualTo("Drain the beans, cover with fresh water, add the bay leaves and simmer until tender.");
        assertThat(recipe.ingredients()).extracting(PageRecipe.Group::name).containsExactly("For the beans", "For the chili");
        assertThat(recipe.ingredients().get(1).items()).contains("1.5 kg beef chuck, in 2 cm cubes").hasSize(5);
        assertThat(recipe.servings()).isEqualTo(OptionalInt.of(10));
        assertThat(recipe.prepMinutes()).isEqualTo(OptionalInt.of(26 * 60));
        assertThat(recipe.cookMinutes()).isEqualTo(OptionalInt.of(20));
        assertThat(recipe.totalMinutes()).as("prep + cook when totalTime is absent").isEqualTo(OptionalInt.of(26 * 60 + 20));
        assertThat(recipe.author()).isEqualTo("Ben Ortega, Ida Lund");
        assertThat(recipe.image()).isEqualTo("https://crowd.example/chili.jpg");
        assertThat(recipe.url()).as("the page's address when the recipe has none").isEqualTo("https://site.example/page");
        assertThat(recipe.site()).isEqualTo("site.example");
    }

    @Test
    void readsMicrodataWhenThereIsNoJsonLd() {
        PageRecipe recipe = read("microdata-only.html");

        assertThat(recipe.title()).isEqualTo("Seeded Rye Loaf");
        assertThat(recipe.lang()).isEqualTo("en");
        assertThat(recipe.author()).isEqualTo("Nell Ashby");
        assertThat(recipe.image()).isEqualTo("https://site.example/img/rye.jpg");
        assertThat(recipe.ingredients().get(0).items()).containsExactly(
                "400 g dark rye flour", "100 g sunflower seeds", "10 g salt", "450 ml warm water");
        assertThat(recipe.steps().get(0).items()).containsExactly("Mix everything into a sticky paste.",
                "Leave covered for 3 hours, until it has risen by a third.", "Bake at 220 °C for 50 minutes.");
        assertThat(recipe.servings()).as("a loaf is not a number of people").isEmpty();
        assertThat(recipe.yield()).isEqualTo("1 loaf");
        assertThat(recipe.totalMinutes()).isEqualTo(OptionalInt.of(75));
        assertThat(recipe.category()).isEqualTo("Bread");
    }

    @Test
    void readsAFrenchPageUnderMainEntityWithStepsInOneString() {
        PageRecipe recipe = read("tarte-francaise.html");

        assertThat(recipe.title()).isEqualTo("Tarte fine aux pommes");
        assertThat(recipe.lang()).isEqualTo("fr");
        assertThat(recipe.servings()).isEqualTo(OptionalInt.of(6));
        assertThat(recipe.ingredients()).extracting(PageRecipe.Group::name).containsExactly("Pour la pâte", "Pour la garniture");
        assertThat(recipe.ingredients().get(1).items()).containsExactly(
                "4 pommes « reinettes »", "2 c. à soupe de sucre roux", "l’écorce d’un demi-citron");
        assertThat(recipe.steps().get(0).items()).hasSize(4)
                .startsWith("Sablez la farine, le beurre et le sel du bout des doigts.")
                .endsWith("Enfournez 35 min à 200 °C.");
        assertThat(recipe.totalMinutes()).isEqualTo(OptionalInt.of(55));
        assertThat(recipe.keywords()).containsExactly("pommes", "tarte", "goûter");
    }

    @Test
    void findsNoRecipeOnAnArticle() {
        assertThat(RecipePageReader.read(Pages.page("no-recipe.html", "https://site.example/knives"))).isEmpty();
    }

    @Test
    void decodesEntitiesOnceEvenWhenASiteEncodedTwice() {
        PageRecipe recipe = read("markdown-hostile.html");

        assertThat(recipe.title()).isEqualTo("Fish & Chips #2 *extra* crispy");
        assertThat(recipe.ingredients().get(0).items()).contains("bold salt", "100% rye & oats", "© sign, literally");
        assertThat(recipe.servings()).isEqualTo(OptionalInt.of(2));
    }
}
