package dev.commis.vault;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;

/** A vault folder built file by file for a test. */
final class TestVault {

    final Path root;

    TestVault(Path root) {
        this.root = root;
    }

    /** A small recipe file with a title, one ingredient and one step. */
    static String recipe(String title) {
        return "---\ntype: plat-principal\ntemps_total: 20\n---\n# " + title
                + "\n\n## Ingrédients\n\n- 1 chose\n\n## Étapes\n\n1. Faire.\n";
    }

    TestVault write(String path, String content) {
        return write(path, content.getBytes(StandardCharsets.UTF_8));
    }

    TestVault write(String path, byte[] content) {
        try {
            Path file = root.resolve(path);
            Files.createDirectories(file.getParent());
            Files.write(file, content);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static VaultLoader loader() {
        return new VaultLoader(new VaultScanner("Templates"), Clock.systemUTC(), LoadProgress.NONE);
    }

    VaultSnapshot load() {
        try {
            return loader().load(root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
