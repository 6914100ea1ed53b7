package dev.commis.vault;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
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
}
