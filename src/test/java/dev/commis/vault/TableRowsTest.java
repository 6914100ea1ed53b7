package dev.commis.vault;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class TableRowsTest {

    @Test
    void readsAnIngredientTableAsOneLinePerRow() {
        String file = """
                # Houmous

                ## Ingredients

                | Quantity | Ingredient |
                | -------- | ---------- |
                | 400 g    | chickpeas  |
                | 2 tbsp   | tahini     |
                |          | salt       |

                ## Steps

                1. Blend everything for 2 minutes.
                """;
        Recipe recipe = RecipeParser.parse("houmous.md", file.getBytes(StandardCharsets.UTF_8)).recipe();

        assertThat(recipe.ingredients()).flatExtracting(IngredientGroup::items)
                .containsExactly("400 g chickpeas", "2 tbsp tahini", "salt");
    }

    @Test
    void knowsATableByItsRuleUnderTheFirstRow() {
        assertThat(TableRows.isTable(List.of("| a | b |", "|:---|---:|", "| 1 | 2 |"))).isTrue();
        assertThat(TableRows.isTable(List.of("a | b", "--- | ---"))).as("rows must start with a pipe").isFalse();
        assertThat(TableRows.isTable(List.of("| a | b |", "| 1 | 2 |"))).as("no rule").isFalse();
        assertThat(TableRows.isTable(List.of("| a |"))).isFalse();
    }
}
