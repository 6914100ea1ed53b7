package dev.commis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.commis.discord.FakeDiscord;
import dev.commis.telegram.FakeBotApi;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One Commis process on Telegram and Discord at once, as the README runs it, stopped with SIGTERM. */
class PlatformsRunIT {

    private static final Duration WAIT = Duration.ofSeconds(60);

    @TempDir
    Path data;

    @Test
    void answersOnTelegramAndDiscordTogetherAndStopsCleanly() throws Exception {
        try (FakeBotApi telegram = new FakeBotApi().start(); FakeDiscord discord = new FakeDiscord().start()) {
            Map<String, String> env = RunningCommis.onBothPlatforms(telegram, discord, data);
            try (RunningCommis commis = new RunningCommis(env)) {
                commis.await("Commis is running on Telegram as @CommisBot and Discord");
                discord.awaitCall(call -> call.route().contains("applications/" + FakeDiscord.APPLICATION_ID + "/commands"), WAIT);
                assertThat(discord.registeredCommands()).as("registered globally: no servers configured")
                        .allSatisfy(command -> assertThat(command.guildId()).isNull());

                telegram.queueMessage(42, "private", 42, "lea", "/recipe crêpes");
                assertThat(telegram.awaitSent(sent -> sent.chatId() == 42, WAIT).visibleText()).startsWith("Crêpes");

                FakeDiscord.Interaction asked = discord.dispatchSlashCommand(FakeDiscord.From.guildChannel(), "recipe",
                        Map.of("recipe", "crêpes"));
                discord.awaitCallback(asked, WAIT);
                assertThat(discord.awaitEdit(edit -> edit.token().equals(asked.token()), WAIT).embeds().get(0).title())
                        .isEqualTo("Crêpes");

                assertThat(commis.terminate(Duration.ofSeconds(30))).as("exit status after SIGTERM").isZero();
                assertThat(commis.lines()).anyMatch(line -> line.contains("Telegram disconnected"))
                        .anyMatch(line -> line.contains("Discord disconnected"))
                        .noneMatch(line -> line.contains(telegram.token()) || line.contains(discord.token()));
            }
        }
    }
}
