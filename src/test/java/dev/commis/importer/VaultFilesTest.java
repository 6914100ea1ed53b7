package dev.commis.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VaultFilesTest {

    @TempDir
    Path vault;

    @Test
    void writesIntoTheImportFolderAndNeverOverAnExistingFile() throws Exception {
        Files.createDirectories(vault.resolve("Imports"));
        Files.writeString(vault.resolve("Imports/Lentil Soup.md"), "mine");
        VaultFiles files = new VaultFiles(vault, "Imports");

        String first = files.write("Lentil Soup", "new one", "https://a.example");
        String second = files.write("Lentil Soup", "newer one", "https://b.example");

        assertThat(first).isEqualTo("Imports/Lentil Soup (2).md");
        assertThat(second).isEqualTo("Imports/Lentil Soup (3).md");
        assertThat(Files.readString(vault.resolve("Imports/Lentil Soup.md"))).isEqualTo("mine");
        assertThat(Files.readString(vault.resolve(first), StandardCharsets.UTF_8)).isEqualTo("new one");
        try (Stream<Path> left = Files.list(vault.resolve("Imports"))) {
            assertThat(left.map(p -> p.getFileName().toString())).as("no temporary file is left behind")
                    .containsExactlyInAnyOrder("Lentil Soup.md", "Lentil Soup (2).md", "Lentil Soup (3).md");
        }
    }

    @Test
    void createsNestedFolders() throws Exception {
        assertThat(new VaultFiles(vault, "Recettes/Web/").write("Tarte", "x", "l")).isEqualTo("Recettes/Web/Tarte.md");
    }

    @ParameterizedTest(name = "\"{0}\" is saved as \"{1}\"")
    @CsvSource(delimiter = '|', value = {
            "Fish & Chips #2|Fish & Chips 2", "Crème brûlée: the 10/10 way|Crème brûlée the 10 10 way",
            "What? \"Best\" <ever> *pie*|What Best ever pie", "[[Link]] ^x|Link x", "...|Recette", "  .hidden.|hidden",
            "Tarte « fine » aux pommes|Tarte « fine » aux pommes"})
    void namesTheFileFromTheTitle(String title, String name) {
        assertThat(VaultFiles.fileName(title)).isEqualTo(name);
    }

    @Test
    void cutsALongTitleAtAWord() {
        String name = VaultFiles.fileName("Slow roasted tomato ".repeat(10));
        assertThat(name).hasSizeLessThanOrEqualTo(VaultFiles.MAX_NAME).endsWith("tomato");
    }

    @Test
    void saysClearlyWhenTheVaultCannotBeWritten() throws IOException {
        // A file where the import folder should be: the folder cannot be made.
        Files.writeString(vault.resolve("Imports"), "not a folder");

        assertThatThrownBy(() -> new VaultFiles(vault, "Imports").write("Soup", "x", "https://a.example/soup"))
                .isInstanceOfSatisfying(ImportException.class, e -> {
                    assertThat(e.reason()).isEqualTo(ImportException.Reason.WRITE_FAILED);
                    assertThat(e.getMessage()).startsWith("https://a.example/soup: the recipe could not be written");
                });
    }

    @Test
    void saysTheVaultIsReadOnlyWhenItIs() throws IOException {
        Path folder = vault.resolve("Imports");
        Files.createDirectories(folder);
        boolean readOnly = folder.toFile().setWritable(false, false) && !Files.isWritable(folder);
        try {
            if (readOnly) {
                assertThatThrownBy(() -> new VaultFiles(vault, "Imports").write("Soup", "x", "https://a.example/soup"))
                        .hasMessage("https://a.example/soup: the vault folder " + folder + " cannot be written (is the vault read-only?)");
            } else {
                // As root every folder is writable: check the message for what a read-only mount reports.
                assertThat(VaultFiles.failure(new java.nio.file.FileSystemException(folder.toString(), null, "Read-only file system"),
                        folder, "https://a.example/soup").getMessage())
                        .isEqualTo("https://a.example/soup: the vault folder " + folder + " cannot be written (is the vault read-only?)");
            }
            assertThat(VaultFiles.failure(new java.nio.file.AccessDeniedException(folder.toString()), folder, "l").reason())
                    .isEqualTo(ImportException.Reason.READ_ONLY);
        } finally {
            folder.toFile().setWritable(true, false);
        }
    }
}
