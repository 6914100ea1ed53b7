package dev.commis.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.commis.chat.reply.Reply;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The kitchen screen's buttons on a Discord chat: real JDA against {@link FakeDiscord}, the screen's own HTTP
 * server on 127.0.0.1 pressed as the page presses. The cook's next step edits the chat's cook message (as on
 * Telegram) instead of posting copies; a message Discord will not edit is replaced by a new one; reminders and
 * other answers are still new messages.
 */
class DiscordKitchenScreenTest extends ConnectedDiscordTest {

    private static final String CHANNEL_CHAT = DiscordBot.PLATFORM + ":" + FakeDiscord.TEXT_CHANNEL_ID;
    private static final String DM_CHAT = DiscordBot.PLATFORM + ":dm:" + FakeDiscord.USER_ID;
    private static final String POSTS = "channels/" + FakeDiscord.TEXT_CHANNEL_ID + "/messages";

    private ScreenPresses screen;

    @BeforeEach
    void openScreen() throws Exception {
        screen = new ScreenPresses(chat.core, chat.database, bot.pushes());
    }

    @AfterEach
    void closeScreen() {
        screen.close();
    }

    private void press(String chatKey, String name) throws Exception {
        screen.press(chatKey, name);
    }

    /** Starts cooking the burnt ends in {@code from}'s chat; the id of the cook message. */
    private String cook(FakeDiscord.From from) throws InterruptedException {
        FakeDiscord.WebhookMessage step = DiscordTestChat.answerTo(discord,
                discord.dispatchSlashCommand(from, "cook", Map.of("recipe", "burnt ends")));
        assertThat(step.embeds().get(0).description()).contains("Step 1 of 4");
        awaitReplaceable(from == DM ? DM_CHAT : CHANNEL_CHAT, step.messageId());
        return step.messageId();
    }

    /** Waits until the bot has taken in Discord's answer and knows {@code messageId} as {@code chatKey}'s cook message. */
    private void awaitReplaceable(String chatKey, String messageId) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (!bot.replaceableMessage(chatKey).map(String::valueOf).equals(Optional.of(messageId))) {
            assertThat(System.nanoTime()).as("%s remembered as %s's cook message, is %s", messageId, chatKey,
                    bot.replaceableMessage(chatKey)).isLessThan(deadline);
            Thread.sleep(10);
        }
    }

    /** The custom id of the "Next" button on message {@code messageId} as it stands. */
    private String nextButton(String messageId) {
        return discord.message(messageId).orElseThrow().rows().stream().flatMap(List::stream)
                .filter(button -> button.label() != null && button.label().contains("Next"))
                .map(FakeDiscord.Button::customId).findFirst().orElseThrow();
    }

    private String description(String messageId) {
        return discord.message(messageId).orElseThrow().embeds().get(0).description();
    }

    private List<FakeDiscord.ChannelMessage> cookCards() {
        return discord.channelMessages().stream()
                .filter(m -> !m.embeds().isEmpty() && m.embeds().get(0).description().contains(" of 4")).toList();
    }

    @Test
    void twoNextPressesOnTheScreenEditTheCookMessageAndPostNothing() throws Exception {
        String card = cook(GUILD);

        press(CHANNEL_CHAT, "next");
        press(CHANNEL_CHAT, "next");

        assertThat(discord.channelEdits()).extracting(FakeDiscord.ChannelMessage::messageId).containsExactly(card, card);
        assertThat(discord.calls("PATCH", POSTS + "/" + card)).hasSize(2)
                .allSatisfy(call -> assertThat(call.status()).isEqualTo(200));
        assertThat(discord.calls("POST", POSTS)).isEmpty();
        assertThat(description(card)).contains("Step 3 of 4");
        assertThat(discord.message(card).orElseThrow().customIds()).isNotEmpty();
    }

    @Test
    void inADirectMessageTheScreenEditsTheCookMessageThere() throws Exception {
        String card = cook(DM);

        press(DM_CHAT, "next");

        FakeDiscord.ChannelMessage edit = discord.awaitChannelEdit(m -> m.messageId().equals(card), WAIT);
        assertThat(edit.channelId()).isEqualTo(FakeDiscord.DM_CHANNEL_ID);
        assertThat(description(card)).contains("Step 2 of 4");
        assertThat(discord.channelMessages()).isEmpty();
    }

    @Test
    void afterAPressOnDiscordTheScreenEditsThePressedMessage() throws Exception {
        String card = cook(GUILD);
        discord.refuseNext("PATCH", POSTS + "/" + card, 403, 50005, "Cannot edit a message authored by another user");
        press(CHANNEL_CHAT, "next"); // the card could not be edited: a second card, which the screen edits from now on
        String second = discord.awaitChannelMessage(m -> true, WAIT).messageId();
        awaitReplaceable(CHANNEL_CHAT, second);

        FakeDiscord.Interaction next = discord.dispatchButton(GUILD, card, nextButton(card));
        discord.awaitCallback(next, WAIT);
        awaitReplaceable(CHANNEL_CHAT, card);
        press(CHANNEL_CHAT, "next");

        // The card's own button led to step 2, as it said when it was last drawn; the screen's next, to step 3.
        assertThat(discord.channelEdits()).extracting(FakeDiscord.ChannelMessage::messageId).containsExactly(card);
        assertThat(description(card)).contains("Step 3 of 4");
        assertThat(description(second)).contains("Step 2 of 4");
        assertThat(discord.channelMessages()).hasSize(1);
    }

    @Test
    void aDeletedCookMessageIsPostedAnewAndTheNewOneIsEditedNext() throws Exception {
        String card = cook(GUILD);
        discord.deleteMessage(card);

        press(CHANNEL_CHAT, "next");
        FakeDiscord.ChannelMessage posted = discord.awaitChannelMessage(m -> true, WAIT);
        awaitReplaceable(CHANNEL_CHAT, posted.messageId());
        press(CHANNEL_CHAT, "next");

        assertThat(discord.calls("PATCH", POSTS + "/" + card)).singleElement()
                .satisfies(call -> assertThat(call.status()).isEqualTo(404));
        assertThat(posted.embeds().get(0).description()).contains("Step 2 of 4");
        assertThat(discord.channelMessages()).hasSize(1);
        assertThat(discord.channelEdits()).extracting(FakeDiscord.ChannelMessage::messageId)
                .containsExactly(posted.messageId());
        assertThat(description(posted.messageId())).contains("Step 3 of 4");
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
        "403, 50001, Missing Access",
        "403, 50005, Cannot edit a message authored by another user",
        "400, 30046, Maximum number of edits to messages older than 1 hour reached. Try again later",
    })
    void aCookMessageDiscordWillNotEditIsPostedAnew(int status, int code, String meaning) throws Exception {
        String card = cook(GUILD);
        discord.refuseNext("PATCH", POSTS + "/" + card, status, code, meaning);

        press(CHANNEL_CHAT, "next");

        assertThat(cookCards()).singleElement()
                .satisfies(posted -> assertThat(posted.embeds().get(0).description()).contains("Step 2 of 4"));
        assertThat(description(card)).as("the old card is left as it was").contains("Step 1 of 4");
    }

    @Test
    void anotherRefusalOfTheEditIsReportedAndPostsNothing() throws Exception {
        String card = cook(GUILD);
        discord.refuseNext("PATCH", POSTS + "/" + card, 403, 50013, "Missing Permissions");

        assertThatThrownBy(() -> bot.pushes().push(CHANNEL_CHAT, Reply.builder().paragraph("Step 2 of 4").replacing().build()))
                .hasMessageContaining("50013");
        assertThat(discord.channelMessages()).isEmpty();
    }

    @Test
    void withNoKnownCookMessageAFirstPushPostsAndTheNextEditsIt() throws Exception {
        cook(GUILD);
        bot.close(); // a restart: the new bot knows no cook message
        bot = chat.connect(DiscordBot.POLL_RECHECK);
        screen.close();
        screen = new ScreenPresses(chat.core, chat.database, bot.pushes());

        press(CHANNEL_CHAT, "next");
        press(CHANNEL_CHAT, "next");

        FakeDiscord.ChannelMessage posted = discord.awaitChannelMessage(m -> true, WAIT);
        assertThat(discord.channelMessages()).hasSize(1);
        assertThat(discord.channelEdits()).extracting(FakeDiscord.ChannelMessage::messageId)
                .containsExactly(posted.messageId());
        assertThat(description(posted.messageId())).contains("Step 3 of 4");
    }

    @Test
    void remindersAndOtherAnswersStillPostNewMessagesAndLeaveTheCookMessageToBeEdited() throws Exception {
        String card = cook(GUILD);
        DiscordTestChat.answerTo(discord, discord.dispatchSlashCommand(GUILD, "timer", Map.of("text", "10m oven")));
        bot.pushes().push(CHANNEL_CHAT, Reply.text("Nothing to replace here"));
        chat.clock.advance(Duration.ofMinutes(10));
        chat.reminders.runDue();
        discord.awaitChannelMessage(m -> m.content().contains("oven"), WAIT);

        press(CHANNEL_CHAT, "next");

        assertThat(discord.channelMessages()).hasSize(2);
        assertThat(discord.channelMessages().get(0).embeds().get(0).description()).contains("Nothing to replace here");
        assertThat(discord.channelEdits()).extracting(FakeDiscord.ChannelMessage::messageId).containsExactly(card);
        assertThat(description(card)).contains("Step 2 of 4");
    }

    @Test
    void aCookStepInSeveralMessagesOnDiscordLeavesItsLastMessageToTheScreen() throws Exception {
        FakeDiscord.Interaction cooked = discord.dispatchSlashCommand(GUILD, "cook", Map.of("recipe", "endless broth"));
        DiscordTestChat.answerTo(discord, cooked);
        FakeDiscord.WebhookMessage stepOneEnd = discord.awaitFollowUp(m -> m.token().equals(cooked.token())
                && !m.customIds().isEmpty(), WAIT);
        awaitReplaceable(CHANNEL_CHAT, stepOneEnd.messageId());

        press(CHANNEL_CHAT, "next"); // step 2 fits one message: it takes the place of step 1's last one
        FakeDiscord.Interaction next = discord.dispatchButton(GUILD, stepOneEnd.messageId(),
                nextButton(stepOneEnd.messageId()));
        FakeDiscord.WebhookMessage stepThreeEnd = discord.awaitFollowUp(m -> m.token().equals(next.token())
                && !m.customIds().isEmpty(), WAIT);
        awaitReplaceable(CHANNEL_CHAT, stepThreeEnd.messageId());
        press(CHANNEL_CHAT, "next");

        assertThat(discord.channelEdits()).extracting(FakeDiscord.ChannelMessage::messageId)
                .containsExactly(stepOneEnd.messageId(), stepThreeEnd.messageId());
        assertThat(description(stepThreeEnd.messageId())).contains("Step 4 of 4").contains("Strain and serve");
        assertThat(discord.channelMessages()).isEmpty();
    }

    @Test
    void aReplacingReplyTooLongForOneMessageIsPostedAnewAndItsLastMessageEditedNext() throws Exception {
        String card = cook(GUILD);
        Reply.Builder longStep = Reply.builder().replacing();
        for (int i = 1; i <= 40; i++) {
            longStep.paragraph("Stage " + i + ": " + "stir gently and taste. ".repeat(10));
        }

        bot.pushes().push(CHANNEL_CHAT, longStep.build());
        List<FakeDiscord.ChannelMessage> parts = discord.channelMessages();
        press(CHANNEL_CHAT, "next");

        assertThat(parts).hasSizeGreaterThan(1);
        assertThat(discord.calls("PATCH", POSTS + "/" + card)).isEmpty();
        assertThat(discord.channelEdits()).extracting(FakeDiscord.ChannelMessage::messageId)
                .containsExactly(parts.get(parts.size() - 1).messageId());
        assertThat(discord.channelMessages()).hasSize(parts.size());
    }
}
