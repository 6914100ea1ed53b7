package dev.commis.discord;

import static org.assertj.core.api.Assertions.assertThat;

import dev.commis.importer.RecipeSite;
import dev.commis.testing.SavingCore;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code /save} through real JDA and {@link FakeDiscord}: the {@code url} option, the card, who may save. */
class DiscordSaveTest {

    private static final Duration WAIT = DiscordTestChat.WAIT;

    @TempDir
    Path dir;

    private FakeDiscord discord;
    private SavingCore saving;
    private DiscordBot bot;
    private RecipeSite site;
    private Path vault;

    @BeforeEach
    void startBot() throws Exception {
        saving = SavingCore.in(dir, "discord:" + FakeDiscord.USER_ID);
        site = saving.site();
        vault = saving.vault();
        discord = new FakeDiscord().start();
        bot = DiscordTestChat.connect(discord, saving.core(), DiscordBot.POLL_RECHECK);
    }

    @AfterEach
    void stopBot() {
        bot.close();
        discord.close();
        saving.close();
    }

    private FakeDiscord.WebhookMessage answerTo(FakeDiscord.Interaction interaction) {
        return DiscordTestChat.answerTo(discord, interaction);
    }

    @Test
    void savesTheLinkOfTheUrlOptionAndAnswersWithTheCard() {
        FakeDiscord.WebhookMessage card = answerTo(discord.dispatchSlashCommand(FakeDiscord.From.guildChannel(), "save",
                Map.of("url", site.url("sections-array.html"))));

        assertThat(card.embeds().get(0).title()).isEqualTo("Big Batch Chili for a Crowd");
        assertThat(card.embeds().get(0).description()).contains("1 kg dried kidney beans", "Saved into the vault as Imports/");
        assertThat(vault.resolve("Imports/Big Batch Chili for a Crowd.md")).exists();
    }

    @Test
    void refusesSomeoneNotInImportAllowed() {
        FakeDiscord.From stranger = new FakeDiscord.From(FakeDiscord.USER_ID + 1, "tom", FakeDiscord.GUILD_ID,
                FakeDiscord.TEXT_CHANNEL_ID, "en-US");

        FakeDiscord.WebhookMessage answer = answerTo(discord.dispatchSlashCommand(stranger, "save",
                Map.of("url", site.url("sections-array.html"))));

        assertThat(answer.content() + answer.embeds()).contains("you may not save recipes");
        assertThat(site.asked()).isEmpty();
    }
}
