package dev.commis.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A recipe's photo: sent when the vault has a usable one, left out (and the recipe still sent) otherwise. */
class TelegramImagesTest extends TelegramBotTest {

    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10, 'J', 'F', 'I', 'F'};

    private Path photo() {
        return vault.resolve("photos/dal.jpg");
    }

    /** Asks for the photo recipe, then for help: both answered, the recipe as text only. */
    private void assertSentWithoutPhoto() {
        api.queueMessage(PRIVATE, "private", PRIVATE, "lea", "/recipe dal photo");
        FakeBotApi.Sent card = api.awaitSent(sent -> sent.chatId() == PRIVATE, WAIT);
        assertThat(card.visibleText()).startsWith("Dal photo");
        api.queueMessage(PRIVATE, "private", PRIVATE, "lea", "/help");
        api.awaitSent(sent -> sent.visibleText().contains("/recipe") && !sent.visibleText().startsWith("Dal photo"), WAIT);
        assertThat(api.calls("sendPhoto")).isEmpty();
        assertThat(api.sentMessages()).filteredOn(sent -> sent.visibleText().contains("Rincer les lentilles")).hasSize(1);
    }

    @Test
    void neverUploadsAFileOutsideTheVaultThroughALink() throws Exception {
        Path outside = Files.createDirectories(dir.resolve("not-the-vault"));
        Files.write(outside.resolve("secret.jpg"), JPEG);
        Files.createSymbolicLink(photo(), outside.resolve("secret.jpg"));
        assertSentWithoutPhoto();
    }

    @ParameterizedTest
    @ValueSource(strings = {"broken link", "empty file", "not an image"})
    void sendsTheRecipeWithoutAPhotoThatCannotBeUsed(String what) throws Exception {
        switch (what) {
            case "broken link" -> Files.createSymbolicLink(photo(), vault.resolve("photos/gone.jpg"));
            case "empty file" -> Files.createFile(photo());
            default -> Files.writeString(photo(), "<html>not a photo</html>");
        }
        assertSentWithoutPhoto();
    }

    @Test
    void aPhotoGoneBeforeItsUploadIsSentOnceAndHoldsNothingUp() throws Exception {
        Files.write(photo(), JPEG);
        api.rateLimitNextSend(2);
        api.queueMessage(PRIVATE, "private", PRIVATE, "lea", "/recipe dal photo");
        api.awaitCall(call -> call.method().equals("sendPhoto") && call.status() == 429, WAIT);
        Files.delete(photo()); // read when the reply was made: the retry needs no file
        FakeBotApi.Sent sent = api.awaitSent(s -> s.method().equalsIgnoreCase("sendPhoto"), WAIT);
        assertThat(sent.uploadBytes()).isEqualTo(JPEG.length);
        api.awaitSent(s -> s.visibleText().contains("Rincer les lentilles"), WAIT);
        api.queueMessage(PRIVATE, "private", PRIVATE, "lea", "/help");
        api.awaitSent(s -> s.visibleText().contains("/recipe") && !s.visibleText().startsWith("Dal photo"), WAIT);
        assertThat(api.calls("sendPhoto")).extracting(FakeBotApi.ApiCall::status).containsExactly(429, 200);
    }
}
