package dev.commis.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Commands in private chats and groups, buttons, inline sharing and the menu, through the real client. */
class TelegramChatsTest extends TelegramBotTest {

    @Test
    void answersARecipeInAPrivateChatWithButtonsAndAShareButton() {
        api.queueMessage(PRIVATE, "private", PRIVATE, "lea", "/recipe burnt ends");
        FakeBotApi.Sent card = api.awaitSent(sent -> sent.chatId() == PRIVATE, WAIT);
        assertThat(card.parseMode()).isEqualToIgnoringCase("HTML");
        assertThat(card.text()).startsWith("<b>Pork Belly Burnt Ends - Miso Butterscotch Glaze</b>");
        assertThat(card.visibleText()).contains("• 2kg pork belly, skin removed");
        assertThat(card.buttons()).flatExtracting(row -> row).extracting(FakeBotApi.Button::text)
                .containsExactly("🛒 Shopping list", "📤");
    }

    @Test
    void speaksTheLanguageOfAPrivateUsersAppUntilTheyChoose() {
        api.queueMessage(PRIVATE, "private", PRIVATE, "lea", "fr", "/recipe burnt ends");
        FakeBotApi.Sent card = api.awaitSent(sent -> sent.chatId() == PRIVATE, WAIT);
        assertThat(card.buttons()).flatExtracting(row -> row).extracting(FakeBotApi.Button::text).contains("🛒 Liste de courses");
        api.queueMessage(PRIVATE, "private", PRIVATE, "lea", "fr", "/lang en");
        api.queueMessage(PRIVATE, "private", PRIVATE, "lea", "fr", "/recipe burnt ends");
        FakeBotApi.Sent again = api.awaitSent(sent -> sent.chatId() == PRIVATE && sent.messageId() > card.messageId() && !sent.buttons().isEmpty(), WAIT);
        assertThat(again.buttons()).flatExtracting(row -> row).extracting(FakeBotApi.Button::text).contains("🛒 Shopping list");
    }

    @Test
    void answersACommandForThisBotInAGroupAndNothingElse() {
        api.queueMessage(GROUP, "supergroup", 7, "tom", "hello everyone");
        api.queueMessage(GROUP, "supergroup", 7, "tom", "/random@OtherBot porc");
        api.queueMessage(GROUP, "supergroup", 7, "tom", "/random@CommisBot porc");
        FakeBotApi.Sent reply = api.awaitSent(sent -> sent.chatId() == GROUP, WAIT);
        assertThat(reply.buttons()).flatExtracting(row -> row).extracting(FakeBotApi.Button::text).contains("🎲 Another one");
        assertThat(api.sentMessages()).filteredOn(sent -> sent.chatId() == GROUP).hasSize(1);
    }

    @Test
    void editsTheCookMessageWhenNextIsPressed() {
        api.queueMessage(PRIVATE, "private", PRIVATE, "lea", "/cook burnt ends");
        FakeBotApi.Sent step = api.awaitSent(sent -> sent.chatId() == PRIVATE, WAIT);
        String next = step.buttons().get(0).get(0).callbackData();
        api.queueCallback(PRIVATE, PRIVATE, step.messageId(), next);
        FakeBotApi.Edit edit = api.awaitEdit(e -> e.messageId() == step.messageId(), WAIT);
        assertThat(FakeTelegramHtml.visibleText(edit.text())).contains("Step 2 of 4").contains("Cook the pork");
        assertThat(edit.buttons()).flatExtracting(row -> row).extracting(FakeBotApi.Button::text).contains("⏱ Start 3 h");
        assertThat(api.callbackAnswers()).hasSize(1);
        assertThat(api.sentMessages()).hasSize(1);
    }

    @Test
    void offersRecipesInlineAndPostsTheChosenCard() {
        api.queueInlineQuery(PRIVATE, "burnt");
        api.awaitCall(call -> call.method().equals("answerInlineQuery"), WAIT);
        FakeBotApi.InlineAnswer answer = api.inlineAnswers().get(0);
        assertThat(answer.results()).isNotEmpty();
        assertThat(answer.results().get(0).title()).isEqualTo("Pork Belly Burnt Ends - Miso Butterscotch Glaze");
        assertThat(answer.results().get(0).messageText()).contains("Pork Belly Burnt Ends");
    }

    @Test
    void offersInlineCardsInTheLanguageOfTheAskersApp() {
        api.queueMessage(GROUP, "supergroup", 77, "noe", "fr", "/random@CommisBot porc");
        api.awaitSent(sent -> sent.chatId() == GROUP, WAIT);
        api.queueInlineQuery(77, "burnt");
        api.awaitCall(call -> call.method().equals("answerInlineQuery"), WAIT);
        assertThat(api.inlineAnswers().get(0).results().get(0).messageText()).contains("Ingrédients").doesNotContain("Ingredients");
    }

    @Test
    void offersAtMostFiftyResults() {
        api.queueInlineQuery(PRIVATE, "");
        api.awaitCall(call -> call.method().equals("answerInlineQuery"), WAIT);
        assertThat(api.inlineAnswers()).singleElement().satisfies(answer -> assertThat(answer.results()).hasSize(50));
    }

    @Test
    void setsTheCommandMenuInEnglishAndFrench() {
        assertThat(api.commands("default", "")).hasValueSatisfying(menu -> assertThat(menu.commands())
                .extracting(FakeBotApi.Command::command).startsWith("recipe", "random", "quick"));
        assertThat(api.commands("default", "fr")).hasValueSatisfying(menu -> assertThat(menu.commands())
                .extracting(FakeBotApi.Command::command).startsWith("recette", "hasard", "rapide"));
    }

    @Test
    void splitsARecipeLongerThanOneMessageIntoValidParts() {
        api.queueMessage(PRIVATE, "private", PRIVATE, "lea", "/recipe very long stew");
        api.awaitSent(sent -> sent.chatId() == PRIVATE && sent.visibleText().contains("Stage 30"), WAIT);
        List<FakeBotApi.Sent> parts = api.sentMessages();
        assertThat(parts).hasSizeGreaterThan(1).allSatisfy(part -> assertThat(part.visibleText().length()).isLessThanOrEqualTo(4096));
        assertThat(parts.get(parts.size() - 1).buttons()).isNotEmpty();
    }

    @Test
    void escapesWhatHtmlWouldReadAndLeavesMarkdownSignsAlone() {
        api.queueMessage(PRIVATE, "private", PRIVATE, "lea", "/recipe fish chips");
        FakeBotApi.Sent card = api.awaitSent(sent -> sent.chatId() == PRIVATE, WAIT);
        assertThat(card.text()).contains("Fish &lt;&amp; chips&gt; *extra* _crispy_").contains("`secret` sauce_with_underscores");
        assertThat(card.visibleText()).contains("Heat the oil to > 180°C & fry");
    }

    @Test
    void sendsARecipesImageAsAPhotoWithACaptionAndTheRestAsMessages() throws Exception {
        java.nio.file.Files.write(vault.resolve("photos/dal.jpg"), new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0, 1, 2});
        api.queueMessage(PRIVATE, "private", PRIVATE, "lea", "/recipe dal photo");
        FakeBotApi.Sent photo = api.awaitSent(sent -> sent.method().equalsIgnoreCase("sendPhoto"), WAIT);
        assertThat(photo.chatId()).isEqualTo(PRIVATE);
        assertThat(photo.uploadBytes()).isEqualTo(6);
        assertThat(photo.visibleText()).startsWith("Dal photo").hasSizeLessThanOrEqualTo(1024);
        FakeBotApi.Sent rest = api.awaitSent(sent -> sent.method().equalsIgnoreCase("sendMessage"), WAIT);
        assertThat(rest.visibleText()).contains("Rincer les lentilles");
        assertThat(rest.buttons()).isNotEmpty();
    }

    @Test
    void cooksTwoRecipesTogether() {
        api.queueMessage(PRIVATE, "private", PRIVATE, "lea", "/cook burnt ends + risotto ready at 23:30");
        FakeBotApi.Sent plan = api.awaitSent(sent -> sent.chatId() == PRIVATE, WAIT);
        assertThat(FakeTelegramHtml.visibleText(plan.text())).contains("To have everything ready at 23:30, start at 19:51")
                .contains("Risotto aux champignons · 5. Cuire (18 min, hands-on)");
    }

    @Test
    void aButtonFromBeforeARestartStillWorks() throws Exception {
        api.queueMessage(PRIVATE, "private", PRIVATE, "lea", "/cook burnt ends");
        FakeBotApi.Sent step = api.awaitSent(sent -> sent.chatId() == PRIVATE, WAIT);
        bot.close();
        bot = start(settings(List.of()));
        api.queueCallback(PRIVATE, PRIVATE, step.messageId(), step.buttons().get(0).get(0).callbackData());
        FakeBotApi.Edit edit = api.awaitEdit(e -> e.messageId() == step.messageId(), WAIT);
        assertThat(FakeTelegramHtml.visibleText(edit.text())).contains("Step 2 of 4");
    }

    @Test
    void handlesAnUpdateSeenTwiceOnce() throws Exception {
        int update = api.queueMessage(PRIVATE, "private", PRIVATE, "lea", "/recipe crêpes");
        api.redeliver(update);
        api.awaitSent(sent -> sent.chatId() == PRIVATE, WAIT);
        // A duplicate would go before the answer to a later message to the same chat: messages to a chat keep their order.
        api.queueMessage(PRIVATE, "private", PRIVATE, "lea", "/help");
        api.awaitSent(sent -> sent.chatId() == PRIVATE && !sent.visibleText().startsWith("Crêpes"), WAIT);
        assertThat(api.sentMessages()).filteredOn(sent -> sent.visibleText().startsWith("Crêpes")).hasSize(1);
    }
}
