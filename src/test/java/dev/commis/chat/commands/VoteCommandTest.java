package dev.commis.chat.commands;

import static dev.commis.chat.TestChat.text;
import static org.assertj.core.api.Assertions.assertThat;

import dev.commis.chat.Incoming;
import dev.commis.chat.PollDesk;
import dev.commis.chat.TestChat;
import dev.commis.chat.reply.Button;
import dev.commis.chat.reply.Poll;
import dev.commis.chat.reply.Reply;
import dev.commis.text.Folding;
import dev.commis.text.Language;
import dev.commis.vault.Recipe;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VoteCommandTest {

    private final TestChat en = new TestChat(Language.EN);
    private final TestChat fr = new TestChat(Language.FR);

    private static Poll.Open open(Reply reply) {
        assertThat(reply.poll()).as(text(reply)).containsInstanceOf(Poll.Open.class);
        return (Poll.Open) reply.poll().orElseThrow();
    }

    private static Recipe titled(String title) {
        return TestChat.sample().recipes().stream().filter(r -> r.title().equals(title)).findFirst().orElseThrow();
    }

    private static Reply startIn(TestChat chat, String sender, String text) {
        return chat.core.handle(new Incoming("test:1", "@" + sender, true, Incoming.Kind.MESSAGE, text, "test:" + sender));
    }

    private static Reply press(TestChat chat, String sender, Button button) {
        return chat.core.handle(new Incoming("test:1", "@" + sender, true, Incoming.Kind.BUTTON, button.action(), "test:" + sender));
    }

    @Test
    void postsAPollOfFourDifferentRecipesWithACloseButton() {
        Reply reply = startIn(en, "lea", "/vote");
        Poll.Open poll = open(reply);
        assertThat(poll.options()).hasSize(4).doesNotHaveDuplicates();
        assertThat(poll.question()).contains("@lea");
        assertThat(reply.allButtons()).extracting(Button::label).containsExactly("🏁 Close the vote");
        assertThat(poll.options().stream().map(VoteCommandTest::titled).map(r -> r.facts().protein()).toList())
                .doesNotHaveDuplicates();
    }

    @ParameterizedTest(name = "{0} gives {1} candidates matching the filter")
    @CsvSource({"/vote 3 porc, 3", "/sondage 2 porc, 2", "/vote 5 porc, 5", "/vote pork, 4"})
    void takesACountAndTheFiltersOfRandom(String command, int count) {
        Poll.Open poll = open(fr.send(command));
        assertThat(poll.options()).hasSize(count).doesNotHaveDuplicates()
                .allSatisfy(title -> assertThat(titled(title).facts().protein()).isEqualTo("porc"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "/vote 1|A vote has 2 to 5 candidates, not 1.",
            "/vote 6 porc|A vote has 2 to 5 candidates, not 6.",
            "/vote vietnamienne|Only one recipe matches “vietnamienne”: a vote needs at least 2.",
            "/vote zzzz|No recipe matches “zzzz”."})
    void saysWhyThereIsNoVote(String command, String said) {
        Reply reply = en.send(command);
        assertThat(reply.poll()).isEmpty();
        assertThat(text(reply)).contains(said);
    }

    @Test
    void saysWhyThereIsNoVoteInFrench() {
        assertThat(text(fr.send("/sondage 7"))).contains("Un vote propose de 2 à 5 recettes, pas 7.");
        assertThat(text(fr.send("/sondage vietnamienne"))).contains("Une seule recette correspond à « vietnamienne »");
    }

    @Test
    void closingPostsTheWinnersCardWithCookAndShopButtonsOnce() {
        Reply started = startIn(en, "lea", "/vote");
        Poll.Open poll = open(started);
        en.core.polls().posted(poll.key(), "test:poll-1", "17");
        Reply closing = press(en, "lea", started.allButtons().get(0));
        assertThat(closing.poll()).contains(new Poll.Close(poll.key(), "test:poll-1", "17", false));

        Optional<PollDesk.Outcome> outcome = en.core.polls().closed("test:poll-1", List.of(0, 3, 1, 0));
        assertThat(outcome).get().extracting(PollDesk.Outcome::chat).isEqualTo("test:1");
        Reply winner = outcome.get().reply();
        assertThat(text(winner)).startsWith("🏆 " + poll.options().get(1) + " wins with 3 votes!")
                .contains(poll.options().get(1) + "\n───");
        assertThat(winner.allButtons()).extracting(Button::label).contains("👩‍🍳 Cook it", "🛒 Shopping list");
        assertThat(en.core.polls().closed("test:poll-1", List.of(0, 3, 1, 0))).isEmpty();
        assertThat(text(press(en, "lea", started.allButtons().get(0)))).contains("This vote is already closed.");
    }

    @Test
    void aTieIsSaidAndDrawnAmongTheTied() {
        Poll.Open poll = open(fr.send("/sondage 3"));
        fr.core.polls().posted(poll.key(), "test:poll-2", "18");
        Reply winner = fr.core.polls().closed("test:poll-2", List.of(2, 0, 2)).orElseThrow().reply();
        assertThat(text(winner)).startsWith("🤝 Égalité entre " + poll.options().get(0) + ", " + poll.options().get(2)
                + " (2 voix chacune) : j’ai tiré au sort ");
    }

    @Test
    void nobodyVotingIsSaidAndOneIsDrawn() {
        Poll.Open poll = open(en.send("/vote 2"));
        en.core.polls().posted(poll.key(), "test:poll-3", "19");
        assertThat(text(en.core.polls().closed("test:poll-3", List.of()).orElseThrow().reply())).startsWith("Nobody voted: I drew ");
    }

    @Test
    void onlyTheStarterClosesWithoutAskingThePlatformForAnAdmin() {
        Reply started = startIn(en, "lea", "/vote");
        en.core.polls().posted(open(started).key(), "test:poll-4", "20");
        Reply other = press(en, "tom", started.allButtons().get(0));
        assertThat(other.poll()).get().isInstanceOfSatisfying(Poll.Close.class, close -> assertThat(close.askerMustBeAdmin()).isTrue());
        assertThat(text(other)).contains("Only @lea or an admin of this chat can close this vote.");
    }

    @Test
    void aCloseButtonFromAnotherChatOrForgedIsAVoteItDoesNotKnow() {
        Reply started = startIn(en, "lea", "/vote");
        en.core.polls().posted(open(started).key(), "test:poll-5", "21");
        Reply elsewhere = en.core.handle(new Incoming("test:2", "@lea", true, Incoming.Kind.BUTTON,
                started.allButtons().get(0).action(), "test:lea"));
        assertThat(text(elsewhere)).contains("I no longer know this vote");
        assertThat(text(en.core.handle(Incoming.button("test:1", "vt:c99999")))).contains("I no longer know this vote");
    }

    @Test
    void aPollClosedAfterARestartStillGetsItsWinner() {
        Poll.Open poll = open(en.send("/vote 2 porc"));
        en.core.polls().posted(poll.key(), "test:poll-6", "22");
        TestChat restarted = new TestChat(Language.EN, en.database, "test:1");
        Reply winner = restarted.core.polls().closed("test:poll-6", List.of(0, 1)).orElseThrow().reply();
        assertThat(text(winner)).startsWith("🏆 " + poll.options().get(1) + " wins with 1 vote!");
        assertThat(Folding.fold(titled(poll.options().get(1)).facts().protein())).isEqualTo("porc");
    }

    @Test
    void aClosePressedBeforeThePlatformSaidWhereThePollIsLeavesItToTheAdapterAndAPostedPollNeverMoves() {
        Reply started = startIn(en, "lea", "/vote");
        String key = open(started).key();
        assertThat(press(en, "lea", started.allButtons().get(0)).poll()).contains(new Poll.Close(key, "", "", false));
        en.core.polls().posted(key, "test:poll-7", "23");
        en.core.polls().posted(key, "test:elsewhere", "99");
        assertThat(press(en, "lea", started.allButtons().get(0)).poll()).contains(new Poll.Close(key, "test:poll-7", "23", false));
    }

    @Test
    void anUnknownPollIsNotAnswered() {
        assertThat(en.core.polls().closed("test:never-posted", List.of(1))).isEmpty();
    }
}
