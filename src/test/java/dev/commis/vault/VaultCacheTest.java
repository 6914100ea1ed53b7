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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

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
                .write("plats/broken.md", "---\ntitle: Tarte\ncuisine: fran") // caught half-written: not loaded
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

    @ParameterizedTest(name = "count at {0}")
    @ValueSource(strings = {"entries", "problems of the first entry"})
    void ignoresACacheWithAValidHeaderAndACorruptCount(String which) throws Exception {
        load();
        byte[] bytes = Files.readAllBytes(cacheFile);
        java.io.ByteArrayInputStream raw = new java.io.ByteArrayInputStream(bytes);
        java.io.DataInputStream in = new java.io.DataInputStream(raw);
        in.readUTF();
        in.readUTF();
        in.readUTF();
        int at = bytes.length - raw.available();
        if (!which.equals("entries")) {
            in.readInt();
            int pathLength = in.readInt();
            at = bytes.length - raw.available() + pathLength + 8 + 8 + 1;
        }
        java.nio.ByteBuffer.wrap(bytes).putInt(at, Integer.MAX_VALUE - 8);
        Files.write(cacheFile, bytes);
        VaultSnapshot second = load();
        assertThat(parsed).hasValue(3);
        assertThat(second.recipes()).hasSize(2);
    }

    @Test
    void ignoresTheCacheOfAnotherBuild() throws Exception {
        VaultSnapshot snapshot = load();
        new VaultCache(cacheFile, "1.0@aaaa").write(vaultDir, snapshot.files().values());
        assertThat(new VaultCache(cacheFile, "1.0@aaaa").read(vaultDir)).hasSize(3);
        assertThat(new VaultCache(cacheFile, "1.0@bbbb").read(vaultDir)).isEmpty();
    }

    @Test
    void aRecompileChangesTheBuildFingerprintEvenWhenNoTimeChanges() throws Exception {
        Path classes = dir.resolve("classes");
        Files.createDirectories(classes.resolve("dev/commis"));
        Path parser = classes.resolve("dev/commis/Parser.class");
        Files.write(parser, new byte[] {1, 2, 3});
        FileTime time = Files.getLastModifiedTime(parser);
        FileTime folderTime = Files.getLastModifiedTime(classes);
        String before = BuildFingerprint.of(classes);
        Files.write(parser, new byte[] {1, 2, 4});
        Files.setLastModifiedTime(parser, time);
        Files.setLastModifiedTime(classes, folderTime);
        assertThat(BuildFingerprint.of(classes)).isNotEqualTo(before);
        assertThat(BuildFingerprint.of(classes)).isEqualTo(BuildFingerprint.of(classes));

        Path jar = dir.resolve("commis.jar");
        writeJar(jar, new byte[] {1, 2, 3});
        String jarBefore = BuildFingerprint.of(jar);
        writeJar(jar, new byte[] {1, 2, 4});
        assertThat(BuildFingerprint.of(jar)).isNotEqualTo(jarBefore);
    }

    private static void writeJar(Path jar, byte[] content) throws IOException {
        try (java.util.zip.ZipOutputStream out = new java.util.zip.ZipOutputStream(Files.newOutputStream(jar))) {
            out.putNextEntry(new java.util.zip.ZipEntry("dev/commis/Parser.class"));
            out.write(content);
            out.closeEntry();
        }
    }
}
