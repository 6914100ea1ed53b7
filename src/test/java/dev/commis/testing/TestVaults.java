package dev.commis.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Vault folders for the platform tests: a copy of the sample vault, and a recipe too long for one message. */
public final class TestVaults {

    private TestVaults() {
    }

    /** Copies the sample vault {@code recipes/} into {@code target}. */
    public static void copySample(Path target) throws IOException {
        Path source = Path.of("recipes");
        try (Stream<Path> files = Files.walk(source)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path to = target.resolve(source.relativize(file).toString());
                Files.createDirectories(to.getParent());
                Files.copy(file, to);
            }
        }
    }

    /** "Very long stew": about 9,000 characters, 40 ingredients and 30 long steps. */
    public static String longRecipe() {
        StringBuilder text = new StringBuilder("---\nportions: 4\n---\n# Very long stew\n\n## Ingredients\n\n");
        for (int i = 1; i <= 40; i++) {
            text.append("- ").append(i * 10).append(" g of ingredient number ").append(i).append(", finely chopped\n");
        }
        text.append("\n## Steps\n\n");
        for (int i = 1; i <= 30; i++) {
            text.append(i).append(". **Stage ").append(i).append("** - Stir the pot slowly and patiently, tasting as you go, ")
                    .append("and add a little water when it looks dry; this is step ").append(i)
                    .append(" of a stew that takes its time, so let it simmer for 5 minutes before going on.\n");
        }
        return text.toString();
    }
}
