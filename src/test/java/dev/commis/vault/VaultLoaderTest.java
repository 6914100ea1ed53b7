package dev.commis.vault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VaultLoaderTest {

    @TempDir
    Path dir;

    @Test
    void loadsEveryGoodFileBesideABrokenOne() {
        VaultSnapshot snapshot = new TestVault(dir)
                .write("plats/a.md", TestVault.recipe("A"))
                .write("plats/broken.md", "---\ntitle: Tarte\ncuisine: fran") // caught half-written
                .write("desserts/b.md", TestVault.recipe("B"))
                .load();
        assertThat(snapshot.recipes()).extracting(Recipe::title).containsExactly("B", "A");
        assertThat(snapshot.fileCount()).isEqualTo(3);
        assertThat(snapshot.hasErrors()).isTrue();
        assertThat(snapshot.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.file()).isEqualTo("plats/broken.md");
            assertThat(problem.isError()).isTrue();
        });
    }

    @Test
    void skipsHiddenFoldersTemplatesAndOtherFiles() {
        VaultSnapshot snapshot = new TestVault(dir)
                .write("a.md", TestVault.recipe("A"))
                .write(".obsidian/workspace.md", "not a recipe")
                .write(".trash/old.md", TestVault.recipe("Old"))
                .write("Templates/recette.md", "---\ntags: {{tags}}\n---\n# {{title}}\n")
                .write("photos/dal.jpg", new byte[] {(byte) 0xFF, (byte) 0xD8, 0})
                .write("notes.txt", "shopping")
                .write(".hidden.md", TestVault.recipe("Hidden"))
                .load();
        assertThat(snapshot.recipes()).extracting(Recipe::title).containsExactly("A");
        assertThat(snapshot.fileCount()).isEqualTo(1);
        assertThat(snapshot.skippedCount()).as("dal.jpg, notes.txt and .hidden.md").isEqualTo(3);
        assertThat(snapshot.problems()).isEmpty();
    }

    @Test
    void leavesASitesOtherPagesOutOfTheRecipesAndSaysSo() {
        VaultSnapshot snapshot = new TestVault(dir)
                .write("content/recipes/soup.md", TestVault.recipe("Soup"))
                .write("content/recipes/_index.md", "---\ntitle: Recipes\n---\n")
                .write("content/about.md", "---\ntitle: About this site\n---\nWe are two friends who cook.\n")
                .write("content/empty.md", "")
                .load();
        assertThat(snapshot.recipes()).extracting(Recipe::title).containsExactly("Soup");
        assertThat(snapshot.fileCount()).isEqualTo(4);
        assertThat(snapshot.problems()).hasSize(3).allSatisfy(problem -> {
            assertThat(problem.isError()).isFalse();
            assertThat(problem.message()).startsWith("left out of the recipes");
        });
    }

    @Test
    void reportsTwoFilesThatWouldShareAnIdAndLoadsBoth() {
        VaultSnapshot snapshot = new TestVault(dir)
                .write("plats/Crêpes.md", TestVault.recipe("Crêpes salées"))
                .write("plats/crepes.md", TestVault.recipe("Crêpes sucrées"))
                .load();
        assertThat(snapshot.recipes()).hasSize(2);
        assertThat(snapshot.recipes()).extracting(Recipe::id).doesNotHaveDuplicates().contains("plats-crepes");
        assertThat(snapshot.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.isError()).isFalse();
            assertThat(problem.message()).contains("same id ('plats-crepes')");
        });
    }

    @Test
    void listsRepairedFiles() {
        VaultSnapshot snapshot = new TestVault(dir)
                .write("plats/seed.md", Fixtures.bytes("seed-recipe.md"))
                .write("plats/ok.md", TestVault.recipe("Ok"))
                .load();
        assertThat(snapshot.repaired()).containsExactly("plats/seed.md");
        assertThat(snapshot.hasErrors()).isFalse();
    }

    @Test
    void refusesAFolderThatDoesNotExist() {
        assertThatThrownBy(() -> TestVault.loader().load(dir.resolve("missing"))).isInstanceOf(IOException.class);
    }

    @Test
    void reportsProgressUpToTheTotal() throws IOException {
        TestVault vault = new TestVault(dir);
        for (int i = 0; i < 30; i++) {
            vault.write("r" + i + ".md", TestVault.recipe("R" + i));
        }
        ConcurrentLinkedQueue<int[]> calls = new ConcurrentLinkedQueue<>();
        new VaultLoader(new VaultScanner(""), Clock.systemUTC(), (done, total) -> calls.add(new int[] {done, total}))
                .load(dir);
        List<int[]> seen = new ArrayList<>(calls);
        assertThat(seen).hasSize(30).allMatch(call -> call[1] == 30);
        assertThat(seen).extracting(call -> call[0]).containsExactlyInAnyOrderElementsOf(
                java.util.stream.IntStream.rangeClosed(1, 30).boxed().toList());
    }

    @Test
    void updateRereadsOnlyChangedFiles() throws IOException {
        TestVault vault = new TestVault(dir).write("a.md", TestVault.recipe("A")).write("b.md", TestVault.recipe("B"));
        VaultSnapshot before = vault.load();
        vault.write("a.md", TestVault.recipe("A2"));
        VaultSnapshot after = TestVault.loader().update(before, Set.of("a.md"));
        assertThat(after.recipes()).extracting(Recipe::title).containsExactly("A2", "B");
        assertThat(after.recipe("b")).containsSame(before.recipe("b").orElseThrow());
    }

    @Test
    void updateAlsoRereadsAFileChangedWithoutAnEvent() throws IOException {
        TestVault vault = new TestVault(dir).write("a.md", TestVault.recipe("A")).write("b.md", TestVault.recipe("B"));
        VaultSnapshot before = vault.load();
        vault.write("b.md", TestVault.recipe("B, changed while no one listened"));
        VaultSnapshot after = TestVault.loader().update(before, Set.of("a.md"));
        assertThat(after.recipes()).extracting(Recipe::title).containsExactly("A", "B, changed while no one listened");
    }

    @Test
    void updateKeepsThePreviousVersionOfAFileThatNoLongerParses() throws IOException {
        TestVault vault = new TestVault(dir).write("a.md", TestVault.recipe("A"));
        VaultSnapshot before = vault.load();
        vault.write("a.md", "---\ntitle: half-writ");
        VaultSnapshot after = TestVault.loader().update(before, Set.of("a.md"));
        assertThat(after.recipes()).extracting(Recipe::title).containsExactly("A");
        assertThat(after.hasErrors()).isTrue();
        assertThat(after.problems()).extracting(Problem::message)
                .anySatisfy(m -> assertThat(m).contains("never closed"))
                .anySatisfy(m -> assertThat(m).contains("previous version"));
    }

    @Test
    void updateSeesAWholeFolderMovedInOrDeleted() throws IOException {
        TestVault vault = new TestVault(dir).write("plats/a.md", TestVault.recipe("A"));
        VaultSnapshot before = vault.load();
        vault.write("desserts/b.md", TestVault.recipe("B")).write("desserts/c.md", TestVault.recipe("C"));
        Files.delete(dir.resolve("plats/a.md"));
        Files.delete(dir.resolve("plats"));
        VaultSnapshot after = TestVault.loader().update(before, Set.of("desserts", "plats"));
        assertThat(after.recipes()).extracting(Recipe::title).containsExactly("B", "C");
    }

    @Test
    void skipsAFileOverTheSizeLimitWithAWarningAndLoadsTheOthers() throws IOException {
        byte[] huge = (TestVault.recipe("Huge") + "x".repeat(3000)).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        new TestVault(dir).write("a.md", TestVault.recipe("A")).write("huge.md", huge);
        VaultSnapshot snapshot = TestVault.loader().withMaxFileSize(2048).load(dir);
        assertThat(snapshot.recipes()).extracting(Recipe::title).containsExactly("A");
        assertThat(snapshot.hasErrors()).isFalse();
        assertThat(snapshot.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.isError()).isFalse();
            assertThat(problem.toString()).isEqualTo("huge.md: is 3 KB, larger than a recipe file may be (2 KB,"
                    + " setting max_recipe_size); it was skipped: split it, or raise the limit");
        });
    }

    @Test
    void theDefaultSizeLimitIsOneMegabyte() throws IOException {
        new TestVault(dir).write("big.md", (TestVault.recipe("Big") + "y".repeat(1 << 20)))
                .write("fine.md", TestVault.recipe("Fine") + "z".repeat(500_000));
        VaultSnapshot snapshot = TestVault.loader().load(dir);
        assertThat(snapshot.recipes()).extracting(Recipe::title).containsExactly("Fine");
        assertThat(snapshot.problems()).singleElement().extracting(Problem::message).asString().startsWith("is over 1 MB, larger than a recipe file may be (1 MB,");
    }

    @Test
    void readsAFileWhoseNameIsNotValidUtf8() throws Exception {
        new TestVault(dir).write("a.md", TestVault.recipe("A"));
        // A name written by another system in Latin-1: "café.md" with é as the single byte 0xE9.
        Process touch = new ProcessBuilder("sh", "-c", "printf '# Café\\n\\n## Ingrédients\\n\\n- lait\\n\\n## Étapes\\n\\n1. Servir.\\n' > \"$(printf 'caf\\351.md')\"")
                .directory(dir.toFile()).inheritIO().start();
        assertThat(touch.waitFor()).isZero();
        VaultSnapshot snapshot = TestVault.loader().load(dir);
        assertThat(snapshot.problems()).isEmpty();
        assertThat(snapshot.recipes()).extracting(Recipe::title).containsExactly("A", "Café");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "plats        | true  | this folder cannot be read, so its recipes are not loaded: permission denied (check who owns it and its permissions)",
            "plats/a.md   | false | cannot be read: permission denied (check who owns it and its permissions)",
    })
    void reportsAnUnreadableFolderOrFileWithTheReason(String path, boolean folder, String message) {
        VaultScanner scanner = new VaultScanner("Templates");
        assertThat(scanner.unreadable(path, folder, new java.nio.file.AccessDeniedException(dir.resolve(path).toString())))
                .hasValue(Problem.error(path, 0, message));
        assertThat(scanner.unreadable(".git/" + path, folder, new java.nio.file.AccessDeniedException(path)))
                .as("a hidden folder is passed over in silence").isEmpty();
        assertThat(scanner.unreadable(path, folder, new java.nio.file.NoSuchFileException(path)))
                .as("gone since it was listed").isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "denied  | permission denied (check who owns it and its permissions)",
            "gone    | it was deleted while the vault was being read",
            "system  | Input/output error",
            "loop    | a link in it leads back to a folder above it",
    })
    void saysWhyAFileCannotBeRead(String kind, String reason) {
        IOException e = switch (kind) {
            case "denied" -> new java.nio.file.AccessDeniedException("/v/a.md");
            case "gone" -> new java.nio.file.NoSuchFileException("/v/a.md");
            case "system" -> new java.nio.file.FileSystemException("/v/a.md", null, "Input/output error");
            default -> new java.nio.file.FileSystemLoopException("/v/a");
        };
        assertThat(ReadFailure.reason(e)).isEqualTo(reason);
    }
}
