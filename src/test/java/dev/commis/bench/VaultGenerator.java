package dev.commis.bench;

import dev.commis.text.Folding;
import dev.commis.vault.RecipeIds;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

/**
 * Writes a synthetic recipe vault for the load and search benchmarks and tests: {@code count}
 * recipes made up by {@link RecipeWriter}, in the vault format of DESIGN §1, spread over 20
 * folders, plus the {@code Templates/recette.md} that a real vault carries and the loader skips.
 * The same count and seed give byte-identical trees (no clock, locale or hash order), and every
 * vault loads without errors or warnings.
 *
 * <p>Command line: {@code VaultGenerator DIR COUNT [SEED]}; exit 2 on a usage error.
 */
public final class VaultGenerator {

    /** The seed used when the command line gives none. */
    public static final long DEFAULT_SEED = 42L;

    private VaultGenerator() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2 || args.length > 3 || !args[1].matches("\\d{1,9}")
                || args.length == 3 && !args[2].matches("-?\\d{1,18}")) {
            System.err.println("usage: VaultGenerator DIR COUNT [SEED]   (SEED is " + DEFAULT_SEED + " if left out)");
            System.exit(2);
        }
        long seed = args.length == 3 ? Long.parseLong(args[2]) : DEFAULT_SEED;
        generate(Path.of(args[0]), Integer.parseInt(args[1]), seed);
        System.out.println("wrote " + args[1] + " recipes to " + args[0] + " (seed " + seed + ")");
    }

    /**
     * Writes {@code count} recipe files under {@code dir} (created when missing; files of the
     * same name are overwritten, other files left alone), deterministically from {@code seed}.
     */
    public static void generate(Path dir, int count, long seed) throws IOException {
        if (count < 0) {
            throw new IllegalArgumentException("count must not be negative: " + count);
        }
        write(dir.resolve("Templates/recette.md"), Vocabulary.text("/bench/recette.md"));
        RecipeWriter writer = new RecipeWriter(seed);
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < count; i++) {
            RecipeWriter.Written recipe = writer.next();
            String name = recipe.folder() + "/" + Folding.key(recipe.title()).replace('_', '-');
            String path = name + ".md";
            for (int n = 2; !ids.add(RecipeIds.of(path)); n++) { // two paths of one id would load with a warning
                path = name + "-" + n + ".md";
            }
            write(dir.resolve(path), recipe.text());
        }
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.write(file, text.getBytes(StandardCharsets.UTF_8));
    }
}
