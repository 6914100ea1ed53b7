package dev.commis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.commis.discord.FakeDiscord;
import dev.commis.telegram.FakeBotApi;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15's shared shopping list, end to end: the packaged Commis on the fake Bot API and the fake Discord, a
 * group's list ticked by two people on the same message, then Commis stopped and started again over the same data
 * folder and a third tick pressed on that old message, which keeps the first two.
 */
class SharedShoppingListIT {

    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final long GROUP = -500;
    private static final long LEA = 42;
    private static final long TOM = 43;
    private static final FakeDiscord.From LEA_ON_DISCORD = FakeDiscord.From.guildChannel();
    private static final FakeDiscord.From TOM_ON_DISCORD = new FakeDiscord.From(4343, "tom", FakeDiscord.GUILD_ID,
            FakeDiscord.TEXT_CHANNEL_ID, "en-US");

    @TempDir
    Path data;

    @Test
    void aGroupTicksOneListTogetherAndItsTicksOutliveARestart() throws Exception {
        try (FakeBotApi telegram = new FakeBotApi().start(); FakeDiscord discord = new FakeDiscord().start()) {
            Map<String, String> env = RunningCommis.onBothPlatforms(telegram, discord, data);
            int telegramList;
            String discordList;
            try (RunningCommis commis = new RunningCommis(env)) {
                commis.await("Commis is running on Telegram as @CommisBot and Discord");
                discord.awaitIdentified(WAIT);

                // Commis speaks French by default here: the chats chose no language.
                // Telegram: Léa asks for the list in the group, Tom and Léa tick on that one message.
                telegram.queueMessage(GROUP, "group", LEA, "lea", "/shop crêpes");
                FakeBotApi.Sent list = telegram.awaitSent(sent -> sent.chatId() == GROUP, WAIT);
                telegramList = list.messageId();
                assertThat(labels(list.buttons())).contains("☐ 4 oeufs", "☐ 50 g beurre fondu");
                telegram.queueCallback(GROUP, TOM, telegramList, data(list.buttons(), "☐ 4 oeufs"));
                FakeBotApi.Edit byTom = telegram.awaitEdit(edit -> edit.messageId() == telegramList, WAIT);
                assertThat(labels(byTom.buttons())).contains("✅ 4 oeufs", "☐ 50 g beurre fondu");
                telegram.queueCallback(GROUP, LEA, telegramList, data(byTom.buttons(), "☐ 50 g beurre fondu"));
                FakeBotApi.Edit byLea = telegram.awaitEdit(edit -> edit.messageId() == telegramList
                        && labels(edit.buttons()).contains("✅ 50 g beurre fondu"), WAIT);
                assertThat(labels(byLea.buttons())).contains("✅ 4 oeufs");
                assertThat(byLea.text()).contains("✅ @user43: 4 oeufs").contains("✅ @lea: 50 g beurre fondu")
                        .contains("2 sur 7 cochés");
                assertThat(telegram.sentMessages()).filteredOn(sent -> sent.chatId() == GROUP).as("no new message").hasSize(1);

                // Discord: the same in the server's channel.
                FakeDiscord.Interaction asked = discord.dispatchSlashCommand(LEA_ON_DISCORD, "shop", Map.of("recipe", "crêpes"));
                FakeDiscord.WebhookMessage shown = discord.awaitEdit(edit -> edit.token().equals(asked.token()), WAIT);
                discordList = shown.messageId();
                assertThat(shown.rows()).hasSizeLessThanOrEqualTo(5);
                FakeDiscord.Interaction tomPress = discord.dispatchButton(TOM_ON_DISCORD, discordList,
                        customId(shown.rows(), "☐ 4 oeufs"));
                assertThat(discord.awaitCallback(tomPress, WAIT).type()).as("updates the list's message").isEqualTo(7);
                FakeDiscord.Interaction leaPress = discord.dispatchButton(LEA_ON_DISCORD, discordList,
                        customId(discord.message(discordList).orElseThrow().rows(), "☐ 50 g beurre fondu"));
                assertThat(discord.awaitCallback(leaPress, WAIT).type()).isEqualTo(7);
                FakeDiscord.Message both = discord.message(discordList).orElseThrow();
                assertThat(discordLabels(both.rows())).contains("✅ 4 oeufs", "✅ 50 g beurre fondu");
                assertThat(both.embeds().get(0).description()).as("names, not mentions that an embed would show as <@id>")
                        .contains("✅ tom: 4 oeufs").contains("✅ " + FakeDiscord.USER_NAME + ": 50 g beurre fondu")
                        .contains("2 sur 7 cochés").doesNotContain("4343");

                assertThat(commis.terminate(Duration.ofSeconds(30))).isZero();
            }

            try (RunningCommis again = new RunningCommis(env)) {
                again.await("Commis is running on Telegram as @CommisBot and Discord");
                discord.awaitIdentified(WAIT);

                FakeBotApi.Edit last = telegram.edits().get(telegram.edits().size() - 1);
                telegram.queueCallback(GROUP, TOM, telegramList, data(last.buttons(), "☐ 1 pincée sel"));
                FakeBotApi.Edit afterRestart = telegram.awaitEdit(edit -> edit.messageId() == telegramList
                        && labels(edit.buttons()).contains("✅ 1 pincée sel"), WAIT);
                assertThat(labels(afterRestart.buttons())).contains("✅ 4 oeufs", "✅ 50 g beurre fondu");
                assertThat(afterRestart.text()).contains("3 sur 7 cochés");

                FakeDiscord.Interaction press = discord.dispatchButton(TOM_ON_DISCORD, discordList,
                        customId(discord.message(discordList).orElseThrow().rows(), "☐ 1 pincée sel"));
                assertThat(discord.awaitCallback(press, WAIT).type()).isEqualTo(7);
                assertThat(discordLabels(discord.message(discordList).orElseThrow().rows()))
                        .contains("✅ 4 oeufs", "✅ 50 g beurre fondu", "✅ 1 pincée sel");
                assertThat(again.terminate(Duration.ofSeconds(30))).isZero();
            }
        }
    }

    private static List<String> labels(List<List<FakeBotApi.Button>> rows) {
        return rows.stream().flatMap(List::stream).map(FakeBotApi.Button::text).toList();
    }

    private static String data(List<List<FakeBotApi.Button>> rows, String label) {
        return rows.stream().flatMap(List::stream).filter(button -> button.text().equals(label)).findFirst()
                .map(FakeBotApi.Button::callbackData).orElseThrow(() -> new AssertionError("no " + label + " in " + labels(rows)));
    }

    private static List<String> discordLabels(List<List<FakeDiscord.Button>> rows) {
        return rows.stream().flatMap(List::stream).map(FakeDiscord.Button::label).filter(Objects::nonNull).toList();
    }

    private static String customId(List<List<FakeDiscord.Button>> rows, String label) {
        return rows.stream().flatMap(List::stream).filter(button -> label.equals(button.label())).findFirst()
                .map(FakeDiscord.Button::customId)
                .orElseThrow(() -> new AssertionError("no " + label + " in " + discordLabels(rows)));
    }
}
