package dev.commis.search;

import dev.commis.vault.LoadProgress;
import dev.commis.vault.Recipe;
import dev.commis.vault.VaultLoader;
import dev.commis.vault.VaultScanner;
import dev.commis.vault.VaultSnapshot;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

/** Vaults for the search tests: the sample vault shipped in {@code recipes/}, read once, and small ones written on the spot. */
final class Vaults {

    private Vaults() {
    }

    /** The index over the sample vault, built once for all tests. */
    static RecipeIndex sample() {
        return Sample.INDEX;
    }

    /** The sample vault's recipe titled {@code title}. */
    static Recipe titled(String title) {
        return sample().snapshot().recipes().stream().filter(recipe -> recipe.title().equals(title)).findFirst()
                .orElseThrow(() -> new AssertionError("no recipe titled " + title + " in the sample vault"));
    }

    static List<String> titles(List<Recipe> recipes) {
        return recipes.stream().map(Recipe::title).toList();
    }

    /** The index over a vault written in {@code dir}: pairs of file path and content. */
    static RecipeIndex written(Path dir, String... pathsAndContents) {
        try {
            for (int i = 0; i < pathsAndContents.length; i += 2) {
                Path file = dir.resolve(pathsAndContents[i]);
                Files.createDirectories(file.getParent());
                Files.writeString(file, pathsAndContents[i + 1], StandardCharsets.UTF_8);
            }
            return RecipeIndex.of(load(dir));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A recipe file: a title, front matter lines (may be empty), ingredient lines, one step. */
    static String recipe(String title, String frontMatter, String... ingredients) {
        StringBuilder out = new StringBuilder();
        if (!frontMatter.isEmpty()) {
            out.append("---\n").append(frontMatter).append("\n---\n");
        }
        out.append("# ").append(title).append("\n\n## Ingrédients\n\n");
        for (String ingredient : ingredients) {
            out.append("- ").append(ingredient).append('\n');
        }
        return out.append("\n## Étapes\n\n1. Cuire.\n").toString();
    }

    private static VaultSnapshot load(Path dir) throws IOException {
        return new VaultLoader(new VaultScanner("Templates"), Clock.systemUTC(), LoadProgress.NONE).load(dir);
    }

    private static final class Sample {
        static final RecipeIndex INDEX;

        static {
            try {
                INDEX = RecipeIndex.of(load(Path.of("recipes")));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
