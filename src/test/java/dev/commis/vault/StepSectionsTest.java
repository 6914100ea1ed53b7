package dev.commis.vault;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The parts of a method ("For the sauce", "Pour la pâte"), from sub-headings in the body and from
 * schema.org {@code HowToSection} lists in front matter, French and English: each step knows its
 * part, the steps stay numbered from 1 across parts, and one part alone is no part.
 */
class StepSectionsTest {

    private static Recipe parse(String text) {
        return RecipeParser.parse("x.md", text.replace("\\n", "\n").getBytes(StandardCharsets.UTF_8)).recipe();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "## Steps\\n\\n### For the dough\\n\\n1. Mix.\\n2. Knead.\\n\\n### For the filling\\n\\n1. Slice.       | For the dough,For the dough,For the filling",
            "## Préparation\\n\\n### Pour la pâte\\n\\n1. Mélanger.\\n2. Pétrir.\\n\\n### Pour la garniture\\n\\n1. Couper. | Pour la pâte,Pour la pâte,Pour la garniture",
            "## Préparation de la pâte\\n\\n1. Mélanger.\\n2. Pétrir.\\n\\n## Préparation de la garniture\\n\\n1. Couper. | Préparation de la pâte,Préparation de la pâte,Préparation de la garniture",
            "## Method\\n\\n1. Mix.\\n2. Knead.\\n\\n**To serve:**\\n\\n1. Slice.                                          | ,,To serve",
    })
    void readsThePartOfEachStepFromSubHeadings(String steps, String parts) {
        Recipe recipe = parse("# T\n\n## Ingredients\n\n- 1 egg\n\n" + steps + "\n");
        assertThat(recipe.steps()).extracting(Step::number).containsExactly(1, 2, 3);
        assertThat(recipe.steps()).extracting(Step::section).containsExactlyElementsOf(List.of(parts.split(",", -1)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "## Steps\\n\\n1. Mix.\\n2. Bake.",
            "## Instructions\\n\\n### Method\\n\\n1. Mix.\\n2. Bake.",
            "## Étapes\\n\\n### Pour le gâteau\\n\\n1. Mélanger.\\n2. Cuire.",
    })
    void givesNoPartWhenAllStepsAreInOne(String steps) {
        Recipe recipe = parse("# T\n\n## Ingredients\n\n- 1 egg\n\n" + steps + "\n");
        assertThat(recipe.steps()).hasSize(2).extracting(Step::section).containsOnly("");
    }

    @Test
    void readsHowToSectionsInFrontMatter() {
        Recipe recipe = parse("""
                ---
                title: Tarte au citron
                recipeIngredient: [250 g de farine, 3 citrons]
                recipeInstructions:
                  - "@type": HowToSection
                    name: La pâte
                    itemListElement:
                      - {"@type": HowToStep, text: Sabler la farine et le beurre.}
                      - {"@type": HowToStep, text: Foncer le moule.}
                  - "@type": HowToSection
                    name: Lemon curd
                    itemListElement:
                      - {"@type": HowToStep, text: Whisk the juice with the eggs.}
                ---
                """);
        assertThat(recipe.steps()).extracting(Step::section).containsExactly("La pâte", "La pâte", "Lemon curd");
        assertThat(recipe.steps()).extracting(Step::number).containsExactly(1, 2, 3);
    }

    @Test
    void keepsTheirPartsThroughTheVaultCache() throws java.io.IOException {
        Recipe recipe = parse("# T\n\n## Steps\n\n### A\n\n1. One.\n\n### B\n\n1. Two.\n");
        var bytes = new java.io.ByteArrayOutputStream();
        RecipeCodec.write(new java.io.DataOutputStream(bytes), new VaultSnapshot.FileEntry("x.md", recipe, List.of(), false,
                new VaultScanner.FileStamp(1, 2)));
        Recipe back = RecipeCodec.read(new java.io.DataInputStream(new java.io.ByteArrayInputStream(bytes.toByteArray()))).recipe();
        assertThat(back.steps()).extracting(Step::section).containsExactly("A", "B");
    }
}
