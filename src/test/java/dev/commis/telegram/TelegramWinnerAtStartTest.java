package dev.commis.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import dev.commis.chat.ButtonPayloads;
import dev.commis.chat.ChatCore;
import dev.commis.chat.ChatServices;
import dev.commis.chat.CommandList;
import dev.commis.chat.CookStore;
import dev.commis.chat.Library;
import dev.commis.chat.PollDesk;
import dev.commis.chat.PreferenceStore;
import dev.commis.text.Language;
import dev.commis.vault.LoadProgress;
import dev.commis.vault.VaultLoader;
import dev.commis.vault.VaultScanner;
import dev.commis.vault.VaultSnapshot;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * A vote's winner chosen but not posted when Commis stopped (the close was noted, the post never made it) is posted
 * as soon as Commis and its Telegram bot start again, once: a later report of the same close posts nothing more.
 */
class TelegramWinnerAtStartTest extends TelegramBotTest {

    private static final long LEA = 1;
    private static final long TOM = 2;

    private static boolean isWinner(FakeBotApi.Sent sent) {
        return sent.callbackData().stream().anyMatch(data -> data.startsWith("ck:0:"));
    }

    /** A new chat core over the same store and vault, as after a restart of Commis. */
    private ChatCore restartedCore() throws Exception {
        VaultSnapshot snapshot = new VaultLoader(new VaultScanner("Templates"), Clock.systemUTC(), LoadProgress.NONE).load(vault);
        return new ChatCore(CommandList.standard(), new ChatServices(new Library(() -> snapshot), new PreferenceStore(database),
                new ButtonPayloads(), reminders, new CookStore(database), Duration.ofMinutes(10), new SplittableRandom(1),
                clock, 30, Language.EN));
    }

    @Test
    void aWinnerOwedFromBeforeTheStopIsPostedAtStartOnce() throws Exception {
        api.queueMessage(GROUP, "group", TOM, "tom", "/units");
        api.queueMessage(GROUP, "group", LEA, "lea", "/vote 3 porc");
        FakePolls.SentPoll poll = api.awaitPoll(sent -> sent.chatId() == GROUP, WAIT);
        bot.close();
        // The close reached the core and Commis stopped before the winner's card left: nobody posted it.
        PollDesk.Outcome owed = core.polls().closed(TelegramPolls.PLATFORM_POLL + poll.pollId(), List.of(0, 2, 1)).orElseThrow();
        assertThat(api.sentMessages()).noneMatch(TelegramWinnerAtStartTest::isWinner);

        core = restartedCore();
        bot = start(settings(List.of()));

        FakeBotApi.Sent winner = api.awaitSent(TelegramWinnerAtStartTest::isWinner, WAIT);
        assertThat(winner.chatId()).isEqualTo(GROUP);
        assertThat(winner.visibleText()).startsWith("🏆 " + poll.options().get(1) + " wins with 2 votes!");
        assertThat(owed.chat()).isEqualTo("telegram:" + GROUP);
        api.closePollByItself(poll.pollId());
        int before = api.sentMessages().size();
        api.queueMessage(GROUP, "group", LEA, "lea", "/units");
        api.awaitSent(sent -> api.sentMessages().indexOf(sent) >= before && sent.text().contains("Quantities"), WAIT);
        assertThat(api.sentMessages().stream().filter(TelegramWinnerAtStartTest::isWinner)).hasSize(1);
    }
}
