package dev.commis.vault;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Edits made while Commis runs reach the vault; each test polls for the outcome with a deadline. */
class VaultWatcherTest {

    private static final Duration DEADLINE = Duration.ofSeconds(10);

    @TempDir
    Path dir;

    private TestVault files;
    private Vault vault;
    private VaultWatcher watcher;
    private final List<VaultSnapshot> reloads = new CopyOnWriteArrayList<>();

    @BeforeEach
    void startWatching() throws IOException {
        files = new TestVault(dir).write("plats/a.md", TestVault.recipe("A")).write("b.md", TestVault.recipe("B"));
        VaultLoader loader = TestVault.loader();
        vault = new Vault(loader, loader.load(dir));
        vault.onChange(reloads::add);
        watcher = VaultWatcher.start(vault, loader.scanner(), Duration.ofMillis(100), Duration.ofMillis(400));
    }

    @AfterEach
    void stopWatching() {
        watcher.close();
    }

    @Test
    void seesAFileChanged() throws Exception {
        files.write("plats/a.md", TestVault.recipe("A changed"));
        awaitTitles(titles -> titles.contains("A changed"));
        assertThat(titles()).containsExactlyInAnyOrder("A changed", "B");
    }

    @Test
    void seesAFileAdded() throws Exception {
        files.write("desserts/c.md", TestVault.recipe("C"));
        awaitTitles(titles -> titles.contains("C"));
        assertThat(vault.snapshot().recipe("desserts-c")).isPresent();
    }

    @Test
    void seesAFileRenamed() throws Exception {
        Files.move(dir.resolve("b.md"), dir.resolve("plats/b-renamed.md"), StandardCopyOption.ATOMIC_MOVE);
        awaitTitles(titles -> vault.snapshot().recipe("plats-b-renamed").isPresent());
        assertThat(vault.snapshot().recipe("b")).isEmpty();
        assertThat(titles()).containsExactlyInAnyOrder("A", "B");
    }

    @Test
    void seesAFileDeleted() throws Exception {
        Files.delete(dir.resolve("plats/a.md"));
        awaitTitles(titles -> !titles.contains("A"));
        assertThat(titles()).containsExactly("B");
    }

    @Test
    void reloadsOnceForABurstOfWrites() throws Exception {
        // A quiet period an editor's burst fits in even on a busy machine; the default is 200 ms.
        watcher.close();
        watcher = VaultWatcher.start(vault, TestVault.loader().scanner(), Duration.ofMillis(500), Duration.ofSeconds(3));
        for (int i = 1; i <= 5; i++) {
            files.write("b.md", TestVault.recipe("B" + i));
        }
        awaitTitles(titles -> titles.contains("B5"));
        assertThat(reloads).hasSize(1);
    }

    @Test
    void keepsAHalfWrittenFilesPreviousVersion() throws Exception {
        files.write("b.md", "---\ntype: dess");
        awaitTitles(titles -> vault.snapshot().hasErrors());
        assertThat(titles()).containsExactlyInAnyOrder("A", "B");
        files.write("b.md", TestVault.recipe("B fixed"));
        awaitTitles(titles -> titles.contains("B fixed"));
        assertThat(vault.snapshot().hasErrors()).isFalse();
    }

    @Test
    void ignoresFilesThatAreNotRecipes() throws Exception {
        files.write("notes.txt", "x").write(".obsidian/workspace.json", "{}").write("c.md", TestVault.recipe("C"));
        awaitTitles(titles -> titles.contains("C"));
        assertThat(vault.snapshot().fileCount()).isEqualTo(3);
    }

    @Test
    void survivesAnyErrorInAReloadAndFollowsLaterEdits() throws Exception {
        java.util.concurrent.atomic.AtomicBoolean failed = new java.util.concurrent.atomic.AtomicBoolean();
        vault.onChange(snapshot -> {
            if (failed.compareAndSet(false, true)) {
                throw new OutOfMemoryError("Java heap space (thrown by the test)");
            }
        });
        files.write("c.md", TestVault.recipe("C"));
        awaitTitles(titles -> failed.get());
        files.write("d.md", TestVault.recipe("D"));
        awaitTitles(titles -> titles.contains("D"));
        assertThat(titles()).containsExactlyInAnyOrder("A", "B", "C", "D");
    }

    @Test
    void skipsAHugeFileAddedWhileRunningAndFollowsLaterEdits() throws Exception {
        watcher.close();
        VaultLoader limited = TestVault.loader().withMaxFileSize(4096);
        vault = new Vault(limited, limited.load(dir));
        watcher = VaultWatcher.start(vault, limited.scanner(), Duration.ofMillis(100), Duration.ofMillis(400));
        files.write("huge.md", TestVault.recipe("Huge") + "- sel\n".repeat(2000));
        awaitTitles(titles -> vault.snapshot().problems().stream().anyMatch(problem -> problem.file().equals("huge.md")));
        assertThat(vault.snapshot().problems()).singleElement().extracting(Problem::message).asString()
                .contains("larger than a recipe file may be (4 KB");
        files.write("c.md", TestVault.recipe("C"));
        awaitTitles(titles -> titles.contains("C"));
        assertThat(titles()).containsExactlyInAnyOrder("A", "B", "C");
    }

    @Test
    void keepsTheWholeVaultWhenItsFolderIsDeletedBitByBitAndFollowsItOnceRecreated() throws Exception {
        for (int i = 0; i < 6; i++) {
            files.write("extra/r" + i + ".md", TestVault.recipe("R" + i));
        }
        awaitTitles(titles -> titles.size() == 8);
        // A deletion that takes a while: half the files go, a reload sees them gone, then the rest and the folder.
        for (int i = 0; i < 3; i++) {
            Files.delete(dir.resolve("extra/r" + i + ".md"));
        }
        awaitTitles(titles -> titles.size() == 5);
        deleteTree(dir);
        awaitTitles(titles -> titles.size() == 8);
        Thread.sleep(500);
        assertThat(titles()).as("the snapshot from before the files began to disappear").hasSize(8).contains("R0", "A");

        Files.createDirectories(dir);
        files.write("new.md", TestVault.recipe("New"));
        awaitTitles(titles -> titles.equals(List.of("New")));
        files.write("later.md", TestVault.recipe("Later"));
        awaitTitles(titles -> titles.contains("Later"));
    }

    private static void deleteTree(Path top) throws IOException {
        try (java.util.stream.Stream<Path> walk = Files.walk(top)) {
            for (Path path : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    private List<String> titles() {
        return vault.snapshot().recipes().stream().map(Recipe::title).toList();
    }

    private void awaitTitles(Predicate<List<String>> condition) throws InterruptedException {
        long deadline = System.nanoTime() + DEADLINE.toNanos();
        while (!condition.test(titles())) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the vault did not change as expected within " + DEADLINE + "; titles: " + titles());
            }
            Thread.sleep(20);
        }
    }
}
