package dev.commis.vault;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which embedded images a reply may carry: inside the vault, regular, not empty, not too big, really an image. */
class VaultImagesTest {

    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10, 'J', 'F', 'I', 'F'};

    @TempDir
    Path dir;
    Path vault;
    Path outside;
    final VaultImages images = new VaultImages();

    @BeforeEach
    void vault() throws Exception {
        vault = Files.createDirectories(dir.resolve("vault"));
        outside = Files.createDirectories(dir.resolve("private"));
        Files.createDirectories(vault.resolve("photos"));
    }

    @Test
    void readsAnImageByItsPathOrByItsNameAnywhereInTheVault() throws Exception {
        Files.write(vault.resolve("photos/dal.jpg"), JPEG);
        assertThat(images.read(vault, "photos/dal.jpg")).hasValueSatisfying(image -> {
            assertThat(image.fileName()).isEqualTo("dal.jpg");
            assertThat(image.bytes()).isEqualTo(JPEG);
        });
        assertThat(images.read(vault, "dal.jpg")).isPresent();
    }

    @Test
    void followsALinkThatStaysInsideTheVault() throws Exception {
        Files.write(vault.resolve("photos/dal.jpg"), JPEG);
        Files.createSymbolicLink(vault.resolve("dal-copy.jpg"), vault.resolve("photos/dal.jpg"));
        assertThat(images.read(vault, "dal-copy.jpg")).isPresent();
    }

    @Test
    void refusesALinkToAFileOutsideTheVault() throws Exception {
        Files.write(outside.resolve("secret.jpg"), JPEG);
        Files.createSymbolicLink(vault.resolve("leak.jpg"), outside.resolve("secret.jpg"));
        Files.createSymbolicLink(vault.resolve("photos/deeper.jpg"), outside.resolve("secret.jpg"));
        assertThat(images.read(vault, "leak.jpg")).isEmpty();
        assertThat(images.read(vault, "deeper.jpg")).as("found by name, still outside").isEmpty();
        assertThat(images.read(vault, "../private/secret.jpg")).as("a path climbing out").isEmpty();
    }

    @Test
    void refusesAFolderLinkedFromInsideTheVault() throws Exception {
        Files.write(outside.resolve("secret.jpg"), JPEG);
        Files.createSymbolicLink(vault.resolve("elsewhere"), outside);
        assertThat(images.read(vault, "elsewhere/secret.jpg")).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "a broken link, broken",
        "an empty file, empty",
        "a folder, folder",
        "a text file named .jpg, text",
        "a file over 10 MB, huge",
    })
    void leavesOutWhatIsNotAUsableImage(String what, String kind) throws Exception {
        Path file = vault.resolve("photos/bad.jpg");
        switch (kind) {
            case "broken" -> Files.createSymbolicLink(file, vault.resolve("photos/gone.jpg"));
            case "empty" -> Files.createFile(file);
            case "folder" -> Files.createDirectories(file);
            case "text" -> Files.writeString(file, "not a picture at all", StandardCharsets.UTF_8);
            case "huge" -> {
                Files.write(file, JPEG);
                try (RandomAccessFile sparse = new RandomAccessFile(file.toFile(), "rw")) {
                    sparse.setLength(VaultImages.MAX_BYTES + 1);
                }
            }
            default -> throw new IllegalArgumentException(kind);
        }
        assertThat(images.read(vault, "photos/bad.jpg")).as(what).isEmpty();
        assertThat(images.read(vault, "bad.jpg")).as(what + ", by name").isEmpty();
    }

    @Test
    void acceptsAFileOfExactlyTheLimit() throws Exception {
        Path file = vault.resolve("big.jpg");
        Files.write(file, JPEG);
        try (RandomAccessFile sparse = new RandomAccessFile(file.toFile(), "rw")) {
            sparse.setLength(VaultImages.MAX_BYTES);
        }
        assertThat(images.read(vault, "big.jpg")).isPresent();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "JPEG, FFD8FFE0, true",
        "PNG, 89504E470D0A1A0A0000, true",
        "GIF, 474946383961, true",
        "WebP, 52494646000000005745425056503820, true",
        "RIFF but WAVE, 52494646000000005741564566, false",
        "PDF, 255044462D, false",
        "too short, FFD8, false",
    })
    void tellsAnImageByItsFirstBytes(String what, String hex, boolean image) {
        assertThat(VaultImages.isImage(java.util.HexFormat.of().parseHex(hex))).as(what).isEqualTo(image);
    }

    @Test
    void aMissingImageIsNoError() {
        assertThat(images.read(vault, "nowhere.jpg")).isEqualTo(Optional.empty());
    }
}
