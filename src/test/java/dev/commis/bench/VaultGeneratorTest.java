package dev.commis.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.commis.vault.LoadProgress;
import dev.commis.vault.Problem;
import dev.commis.vault.Recipe;
import dev.commis.vault.VaultLoader;
import dev.commis.vault.VaultScanner;
import dev.commis.vault.VaultSnapshot;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VaultGeneratorTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path tmp;

    @Test
    void theSameSeedWritesByteIdenticalTrees() throws IOException {
        VaultGenerator.generate(tmp.resolve("a"), 60, 7);
        VaultGenerator.generate(tmp.resolve("b"), 60, 7);

        Map<String, String> a = tree(tmp.resolve("a"));
        assertThat(a).hasSizeGreaterThan(60);
        assertThat(tree(tmp.resolve("b"))).isEqualTo(a);
    }

    @Test
    void anotherSeedWritesAnotherTree() throws IOException {
        VaultGenerator.generate(tmp.resolve("a"), 60, 7);
        VaultGenerator.generate(tmp.resolve("b"), 60, 8);

        assertThat(tree(tmp.resolve("b"))).isNotEqualTo(tree(tmp.resolve("a")));
    }

    @Test
    void aGeneratedVaultOf300LoadsEveryRecipeWithoutProblems() throws IOException {
        VaultGenerator.generate(tmp, 300, 42);

        VaultSnapshot snapshot = load(tmp);

        assertThat(snapshot.problems())
                .withFailMessage(() -> "expected no errors or warnings, got " + snapshot.problems().size() + ":\n"
                        + snapshot.problems().stream().map(Problem::toString).collect(Collectors.joining("\n")))
                .isEmpty();
        assertThat(snapshot.recipes()).hasSize(300);
    }

    @Test
    void everyRecipeHasItsOwnTitle() throws IOException {
        VaultGenerator.generate(tmp, 300, 42);

        assertThat(load(tmp).recipes()).extracting(Recipe::title).doesNotHaveDuplicates();
    }

    private static VaultSnapshot load(Path vault) throws IOException {
        return new VaultLoader(new VaultScanner("Templates"), CLOCK, LoadProgress.NONE).load(vault);
    }

    /** Every file under {@code root} by relative path, its bytes as ISO-8859-1 text (one char per byte). */
    private static Map<String, String> tree(Path root) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.filter(Files::isRegularFile).toList()) {
                String relative = root.relativize(path).toString().replace('\\', '/');
                files.put(relative, new String(Files.readAllBytes(path), StandardCharsets.ISO_8859_1));
            }
        }
        return files;
    }
}
