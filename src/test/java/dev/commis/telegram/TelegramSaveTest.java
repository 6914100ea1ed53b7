package dev.commis.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import dev.commis.config.Secret;
import dev.commis.config.Settings;
import dev.commis.importer.RecipeSite;
import dev.commis.testing.SavingCore;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code /save} and the bare-link offer through the real telegrambots client and {@link FakeBotApi}. */
class TelegramSaveTest {

    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final long ALLOWED = 100;
    private static final long STRANGER = 200;

    @TempDir
    Path dir;

    private FakeBotApi api;
    private SavingCore saving;
    private TelegramBot bot;
    private RecipeSite site;
    private Path vault;

    @BeforeEach
    void startBot() throws Exception {
        saving = SavingCore.in(dir, "telegram:" + ALLOWED);
        site = saving.site();
        vault = saving.vault();
        api = new FakeBotApi().start();
        bot = TelegramBot.start(new Settings.Telegram(Optional.of(new Secret(api.token())), URI.create(api.baseUrl()), List.of()),
                saving.core(), () -> vault);
    }

    @AfterEach
    void stopBot() {
        bot.close();
        api.close();
        saving.close();
    }

    @Test
    void savesALinkWithSaveAndAnswersWithTheCard() {
        api.queueMessage(ALLOWED, "private", ALLOWED, "lea", "/save " + site.url("graph-yoast.html"));

        FakeBotApi.Sent card = api.awaitSent(sent -> sent.chatId() == ALLOWED, WAIT);

        assertThat(card.text()).startsWith("<b>Weeknight Lentil Soup</b>");
        assertThat(card.visibleText()).contains("1 cup brown lentils, rinsed", "Saved into the vault as Imports/Weeknight Lentil Soup.md");
        assertThat(vault.resolve("Imports/Weeknight Lentil Soup.md")).exists();
    }

    @Test
    void offersTheSaveButtonUnderABareLinkInAPrivateChat() {
        api.queueMessage(ALLOWED, "private", ALLOWED, "lea", site.url("tarte-francaise.html"));
        FakeBotApi.Sent offer = api.awaitSent(sent -> sent.chatId() == ALLOWED, WAIT);
        assertThat(offer.buttons()).flatExtracting(row -> row).extracting(FakeBotApi.Button::text)
                .containsExactly("💾 Save to the vault");

        api.queueCallback(ALLOWED, ALLOWED, offer.messageId(), offer.buttons().get(0).get(0).callbackData());

        FakeBotApi.Sent card = api.awaitSent(sent -> sent.chatId() == ALLOWED && sent.text().contains("Tarte"), WAIT);
        assertThat(card.visibleText()).contains("l’écorce d’un demi-citron");
    }

    @Test
    void refusesAUserNotInImportAllowedEvenInTheirOwnChat() {
        api.queueMessage(STRANGER, "private", STRANGER, "tom", "/save " + site.url("graph-yoast.html"));

        FakeBotApi.Sent answer = api.awaitSent(sent -> sent.chatId() == STRANGER, WAIT);

        assertThat(answer.visibleText()).startsWith("Sorry, you may not save recipes into this vault.");
        assertThat(site.asked()).isEmpty();
    }
}
