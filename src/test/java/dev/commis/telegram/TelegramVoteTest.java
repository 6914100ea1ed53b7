package dev.commis.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code /vote} and {@code /week} on Telegram: a native non-anonymous poll, closed by its starter or an admin. */
class TelegramVoteTest extends TelegramBotTest {

    private static final long LEA = 1;
    private static final long TOM = 2;
    private static final long ANA = 3;

    private FakePolls.SentPoll startVote(String command) {
        api.queueMessage(GROUP, "group", LEA, "lea", command);
        return api.awaitPoll(poll -> poll.chatId() == GROUP, WAIT);
    }

    private String closeData(FakePolls.SentPoll poll) {
        return poll.buttons().get(0).get(0).callbackData();
    }

    /** Waits until every update queued so far was handled: a later message's answer has come. */
    private void settle() {
        int before = api.sentMessages().size();
        api.queueMessage(GROUP, "group", LEA, "lea", "/units");
        api.awaitSent(sent -> api.sentMessages().indexOf(sent) >= before && sent.text().contains("Quantities"), WAIT);
    }

    /** A winner's card: it has the button that starts cooking it. */
    private static boolean isWinner(FakeBotApi.Sent sent) {
        return sent.callbackData().stream().anyMatch(data -> data.startsWith("ck:0:"));
    }

    private long winners() {
        return api.sentMessages().stream().filter(TelegramVoteTest::isWinner).count();
    }

    @Test
    void postsANativeNonAnonymousPollWithACloseButton() {
        FakePolls.SentPoll poll = startVote("/vote 3 porc");
        assertThat(poll.anonymous()).isFalse();
        assertThat(poll.options()).hasSize(3).doesNotHaveDuplicates();
        assertThat(poll.question()).contains("What’s for dinner?", "@lea");
        assertThat(poll.question()).doesNotContain("<@");
        assertThat(poll.buttons()).hasSize(1);
        assertThat(poll.buttons().get(0).get(0).text()).isEqualTo("🏁 Close the vote");
    }

    @Test
    void closingByTheStarterStopsThePollAndPostsTheWinnerOnce() {
        api.queueMessage(GROUP, "group", TOM, "tom", "/units");
        FakePolls.SentPoll poll = startVote("/vote 3 porc");
        api.vote(poll.pollId(), TOM, 2);
        api.vote(poll.pollId(), LEA, 2);
        api.vote(poll.pollId(), LEA, 1); // a changed vote counts once, for its last choice
        api.queueCallback(GROUP, LEA, poll.messageId(), closeData(poll));
        FakeBotApi.Sent winner = api.awaitSent(TelegramVoteTest::isWinner, WAIT);
        assertThat(api.calls("stopPoll")).hasSize(1);
        assertThat(winner.visibleText()).contains("🤝 A tie between " + poll.options().get(1) + ", " + poll.options().get(2));
        assertThat(winner.callbackData()).anyMatch(data -> data.startsWith("ck:0:")).anyMatch(data -> data.startsWith("sh:"));
        settle(); // the closed poll also came back as an update: no second winner
        assertThat(winners()).isEqualTo(1);
    }

    @Test
    void someoneElseIsRefusedUnlessAnAdmin() {
        api.queueMessage(GROUP, "group", TOM, "tom", "/units");
        api.queueMessage(GROUP, "group", ANA, "ana", "/units");
        api.makeAdmin(GROUP, ANA);
        FakePolls.SentPoll poll = startVote("/vote 2");
        api.vote(poll.pollId(), TOM, 0);
        api.queueCallback(GROUP, TOM, poll.messageId(), closeData(poll));
        api.awaitSent(sent -> sent.text() != null && sent.text().contains("Only @lea or an admin"), WAIT);
        assertThat(api.calls("stopPoll")).isEmpty();
        api.queueCallback(GROUP, ANA, poll.messageId(), closeData(poll));
        FakeBotApi.Sent winner = api.awaitSent(TelegramVoteTest::isWinner, WAIT);
        assertThat(winner.visibleText()).startsWith("🏆 " + poll.options().get(0) + " wins with 1 vote!");
    }

    @Test
    void aPollThatClosesByItselfPostsItsWinner() {
        api.queueMessage(GROUP, "group", TOM, "tom", "/units");
        FakePolls.SentPoll poll = startVote("/vote 4");
        api.vote(poll.pollId(), TOM, 3);
        api.closePollByItself(poll.pollId());
        FakeBotApi.Sent winner = api.awaitSent(TelegramVoteTest::isWinner, WAIT);
        assertThat(winner.visibleText()).startsWith("🏆 " + poll.options().get(3) + " wins with 1 vote!");
        assertThat(winner.chatId()).isEqualTo(GROUP);
    }

    @Test
    void aWeekSwapsADayInTheSameMessageAndMakesOneList() {
        api.queueMessage(GROUP, "group", LEA, "lea", "/week");
        FakeBotApi.Sent week = api.awaitSent(sent -> sent.text() != null && sent.text().contains("A week of dinners"), WAIT);
        List<String> data = week.callbackData();
        assertThat(data).hasSize(8).doesNotHaveDuplicates();
        api.queueCallback(GROUP, LEA, week.messageId(), data.get(0));
        FakeBotApi.Edit edit = api.awaitEdit(e -> e.messageId() == week.messageId(), WAIT);
        assertThat(edit.text()).contains("A week of dinners").isNotEqualTo(week.text());
        api.queueCallback(GROUP, LEA, week.messageId(), data.get(7));
        FakeBotApi.Sent list = api.awaitSent(sent -> sent.text() != null && sent.text().contains("Shopping list"), WAIT);
        assertThat(list.visibleText()).contains("For ");
    }
}
