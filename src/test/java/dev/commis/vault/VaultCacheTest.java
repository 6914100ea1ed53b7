package dev.commis.vault;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A restart re-parses only what changed; a cache that cannot be trusted is ignored. */
class VaultCacheTest {

    @TempDir
    Path dir;

    private Path vaultDir;
    private Path cacheFile;
    private TestVault vault;
    private final AtomicInteger parsed = new AtomicInteger();

    @BeforeEach
    void writeVault() {
        vaultDir = dir.resolve("vault");
        cacheFile = dir.resolve("data/vault-cache.bin");
        vault = new TestVault(vaultDir)
                .write("plats/seed.md", Fixtures.bytes("seed-recipe.md"))
                .write("plats/broken.md", Fixtures.bytes("unclosed-front-matter.md"))
                .write("desserts/crepes.md", TestVault.recipe("Crêpes"));
    }

    private VaultSnapshot load() throws Exception {
        parsed.set(0);
        VaultLoader loader = new VaultLoader(new VaultScanner("Templates"), Clock.systemUTC(),
                (done, total) -> parsed.incrementAndGet()).withCache(new VaultCache(cacheFile));
        VaultSnapshot snapshot = loader.load(vaultDir);
        VaultLoader.awaitCacheWrites();
        return snapshot;
    }

    @Test
    void aRestartReadsUnchangedFilesFromTheCache() throws Exception {
        VaultSnapshot first = load();
        assertThat(parsed).hasValue(3);
        assertThat(cacheFile).exists();
        VaultSnapshot second = load();
        assertThat(parsed).hasValue(0);
        assertThat(second.recipes()).isEqualTo(first.recipes());
        assertThat(second.problems()).isEqualTo(first.problems());
        assertThat(second.repaired()).containsExactly("plats/seed.md");
        assertThat(second.hasErrors()).isTrue();
    }

    @Test
    void aRestartRereadsFilesThatChangedAndDropsFilesThatWent() throws Exception {
        load();
        vault.write("desserts/crepes.md", TestVault.recipe("Crêpes Suzette"));
        Files.setLastModifiedTime(vaultDir.resolve("desserts/crepes.md"), FileTime.from(Instant.now().plusSeconds(5)));
        Files.delete(vaultDir.resolve("plats/broken.md"));
        VaultSnapshot second = load();
        assertThat(parsed).hasValue(1);
        assertThat(second.recipes()).extracting(Recipe::title)
                .containsExactly("Crêpes Suzette", "Pork Belly Burnt Ends - Miso Butterscotch Glaze");
        assertThat(second.hasErrors()).isFalse();
    }

    @Test
    void ignoresADamagedCache() throws Exception {
        load();
        byte[] bytes = Files.readAllBytes(cacheFile);
        Files.write(cacheFile, java.util.Arrays.copyOf(bytes, bytes.length / 2));
        VaultSnapshot second = load();
        assertThat(parsed).hasValue(3);
        assertThat(second.recipes()).hasSize(2);
    }

    @Test
    void ignoresTheCacheOfAnotherVault() throws Exception {
        load();
        Path other = dir.resolve("other");
        new TestVault(other).write("plats/seed.md", Fixtures.bytes("seed-recipe.md"));
        parsed.set(0);
        new VaultLoader(new VaultScanner(""), Clock.systemUTC(), (done, total) -> parsed.incrementAndGet())
                .withCache(new VaultCache(cacheFile)).load(other);
        assertThat(parsed).hasValue(1);
    }

    @Test
    void savesNothingWhenTheFolderCannotBeWritten() throws IOException {
        Path blocked = dir.resolve("file-not-folder");
        Files.writeString(blocked, "x");
        VaultCache cache = new VaultCache(blocked.resolve("vault-cache.bin"));
        cache.write(vaultDir, java.util.List.of());
        assertThat(cache.read(vaultDir)).isEmpty();
    }
}
