package dev.commis.vault;

import static org.assertj.core.api.Assertions.assertThat;

import dev.commis.text.Folding;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The sample vault shipped in {@code recipes/} is varied enough to try every feature on. */
class SampleVaultTest {

    private static final Pattern TIMING = Pattern.compile(
            "\\d+\\s*(?:à|-|to)?\\s*\\d*\\s*(?:min|minutes|mn|h\\b|heures?|hours?|seconds|secondes)|demi-heure|quart d'heure",
            Pattern.CASE_INSENSITIVE);

    private static VaultSnapshot vault;

    @BeforeAll
    static void load() throws IOException {
        vault = TestVault.loader().load(Path.of("recipes"));
    }

    @Test
    void loadsAtLeastFortyRecipesWithoutAProblem() {
        assertThat(vault.recipes()).hasSizeGreaterThanOrEqualTo(40);
        assertThat(vault.problems()).isEmpty();
    }

    @Test
    void hasEveryProteinAtLeastTwice() {
        Map<String, Long> proteins = count(recipe -> true, recipe -> recipe.facts().protein());
        assertThat(proteins).allSatisfy((protein, n) -> assertThat(n).as(protein).isGreaterThanOrEqualTo(2));
        assertThat(proteins).containsKeys("porc", "poulet", "boeuf", "agneau", "poisson", "fruits-de-mer", "vegetarien", "vegan");
    }

    @Test
    void hasAtLeastEightCuisinesAndEveryCourse() {
        assertThat(count(recipe -> true, recipe -> recipe.facts().cuisine())).hasSizeGreaterThanOrEqualTo(8);
        assertThat(count(recipe -> true, recipe -> recipe.facts().type()))
                .containsKeys("entree", "plat-principal", "accompagnement", "dessert");
    }

    @Test
    void hasAtLeastTenQuickRecipes() {
        assertThat(vault.recipes()).filteredOn(recipe -> recipe.facts().totalMinutes().orElse(999) <= 30)
                .hasSizeGreaterThanOrEqualTo(10);
    }

    @Test
    void hasAtLeastTwelveRecipesWithTimedSteps() {
        assertThat(vault.recipes())
                .filteredOn(recipe -> recipe.steps().stream().anyMatch(step -> TIMING.matcher(step.text()).find()))
                .hasSizeGreaterThanOrEqualTo(12);
    }

    @Test
    void hasRecipesInEnglishAndRecipesInFrench() {
        assertThat(vault.recipes()).filteredOn(recipe -> stepsContain(recipe, " the ")).hasSizeGreaterThanOrEqualTo(10);
        assertThat(vault.recipes()).filteredOn(recipe -> stepsContain(recipe, " les ")).hasSizeGreaterThanOrEqualTo(10);
    }

    @Test
    void holdsTheSeedRecipeRepaired() {
        Recipe sample = vault.recipe("plats-pork-belly-burnt-ends").orElseThrow();
        Recipe seed = Fixtures.recipe("seed-recipe.md");
        assertThat(vault.repaired()).doesNotContain(sample.path());
        assertThat(sample.title()).isEqualTo(seed.title());
        assertThat(sample.facts()).isEqualTo(seed.facts());
        assertThat(sample.ingredients()).isEqualTo(seed.ingredients());
        assertThat(sample.steps()).isEqualTo(seed.steps());
    }

    private static boolean stepsContain(Recipe recipe, String word) {
        return recipe.steps().stream().anyMatch(step -> (" " + step.text().toLowerCase() + " ").contains(word));
    }

    private static Map<String, Long> count(Predicate<Recipe> filter, java.util.function.Function<Recipe, String> field) {
        return vault.recipes().stream().filter(filter)
                .collect(Collectors.groupingBy(recipe -> Folding.fold(field.apply(recipe)), Collectors.counting()));
    }
}
