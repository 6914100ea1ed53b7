package dev.commis.vault;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RecipeIdsTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "plats/pork-belly-burnt-ends.md | plats-pork-belly-burnt-ends",
            "Desserts/Crêpes Suzette.md     | desserts-crepes-suzette",
            "tarte.MD                       | tarte",
    })
    void slugsThePath(String path, String id) {
        assertThat(RecipeIds.of(path)).isEqualTo(id);
    }

    @Test
    void keepsLongPathsShortAndDistinct() {
        String a = "desserts/une recette au nom vraiment beaucoup trop long pour un bouton, version 1.md";
        String b = "desserts/une recette au nom vraiment beaucoup trop long pour un bouton, version 2.md";
        assertThat(RecipeIds.of(a)).hasSizeLessThanOrEqualTo(RecipeIds.MAX_LENGTH).isNotEqualTo(RecipeIds.of(b));
        assertThat(RecipeIds.of(a).getBytes(StandardCharsets.UTF_8)).hasSize(RecipeIds.of(a).length());
    }

    @Test
    void givesAStableIdToAPathOfOnlySymbols() {
        assertThat(RecipeIds.of("🍰.md")).matches("r-[0-9a-f]{6}").isEqualTo(RecipeIds.of("🍰.md"));
    }

    @Test
    void disambiguatesWithinTheLengthLimit() {
        String path = "plats/Crêpes.md";
        assertThat(RecipeIds.disambiguated(path)).isNotEqualTo(RecipeIds.of(path)).startsWith("plats-crepes-")
                .hasSizeLessThanOrEqualTo(RecipeIds.MAX_LENGTH);
    }

    @Test
    void disambiguatesALongPathToAnIdOtherThanItsOwn() {
        // Before: a path long enough to be hashed already got its own id back.
        String path = "desserts/une recette au nom vraiment beaucoup trop long pour un bouton.md";
        assertThat(RecipeIds.disambiguated(path)).isNotEqualTo(RecipeIds.of(path))
                .hasSizeLessThanOrEqualTo(RecipeIds.MAX_LENGTH);
    }

    @Test
    void neverReturnsAnIdThatIsTaken() {
        String path = "plats/Crêpes.md";
        String first = RecipeIds.disambiguated(path);
        assertThat(RecipeIds.disambiguated(path, first::equals)).isNotEqualTo(first)
                .isNotEqualTo(RecipeIds.of(path)).startsWith("plats-crepes-");
    }

    /**
     * Many long paths that differ late, in case and accents only, or in a few letters: enough of
     * them that some share a hash, and every file still gets an id of its own that fits a button.
     */
    @Test
    void givesEveryFileOfAVaultOfLongSimilarPathsItsOwnShortId() {
        Random random = new Random(9);
        String stem = "Recettes de famille/Desserts du dimanche/une recette au nom vraiment bien trop long";
        String[] spellings = {"Crème brûlée", "creme brulee", "CRÈME-BRÛLÉE", "crème_brûlée", "Crème  brûlée"};
        Set<String> paths = new HashSet<>();
        while (paths.size() < 10_000) {
            StringBuilder tail = new StringBuilder();
            for (int i = random.nextInt(6); i >= 0; i--) {
                tail.append((char) ('a' + random.nextInt(26)));
            }
            paths.add(stem + (random.nextBoolean() ? " " : "/") + spellings[random.nextInt(spellings.length)]
                    + " " + tail + ".md");
        }
        List<VaultSnapshot.FileEntry> entries = paths.stream().map(RecipeIdsTest::entry).toList();
        long sharedOwnIds = entries.size() - entries.stream().map(entry -> entry.recipe().id()).distinct().count();

        VaultSnapshot snapshot = VaultSnapshot.of(Path.of("vault"), entries, 0, Instant.EPOCH);

        assertThat(sharedOwnIds).as("paths that share an id before disambiguation").isPositive();
        assertThat(snapshot.recipes()).hasSize(entries.size());
        assertThat(snapshot.recipes().stream().map(Recipe::id).distinct().count()).isEqualTo(entries.size());
        // An action and a step number still fit in Telegram's 64 bytes of callback data.
        assertThat(snapshot.recipes()).allSatisfy(recipe -> assertThat(recipe.id())
                .hasSizeLessThanOrEqualTo(RecipeIds.MAX_LENGTH).matches("[a-z0-9-]+")
                .satisfies(id -> assertThat(("step:" + id + ":999").getBytes(StandardCharsets.UTF_8))
                        .hasSizeLessThanOrEqualTo(64)));
    }

    @Test
    void keepsAFileItsOwnIdWhenAnotherFilesNewIdWouldBeIt() {
        String first = "plats/Crêpes.md";
        String second = "plats/crepes.md";
        String third = RecipeIds.disambiguated(second) + ".md"; // a file named after the id the second would get
        VaultSnapshot snapshot = VaultSnapshot.of(Path.of("vault"),
                List.of(entry(first), entry(second), entry(third)), 0, Instant.EPOCH);

        assertThat(snapshot.recipes()).extracting(Recipe::id).doesNotHaveDuplicates().hasSize(3)
                .contains(RecipeIds.of(first), RecipeIds.of(third));
    }

    private static VaultSnapshot.FileEntry entry(String path) {
        Recipe recipe = new Recipe(RecipeIds.of(path), path, path, RecipeFacts.NONE, List.of(),
                List.of(new Step(1, "", "Cook.")), "", List.of(), List.of());
        return new VaultSnapshot.FileEntry(path, recipe, List.of(), false, null);
    }
}
