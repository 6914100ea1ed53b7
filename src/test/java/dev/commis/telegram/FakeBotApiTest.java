package dev.commis.telegram;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.commis.telegram.FakeBotApi.ApiCall;
import dev.commis.telegram.FakeBotApi.Button;
import dev.commis.telegram.FakeBotApi.Command;
import dev.commis.telegram.FakeBotApi.CommandMenu;
import dev.commis.telegram.FakeBotApi.Sent;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import okhttp3.Dispatcher;
import okhttp3.OkHttpClient;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.longpolling.TelegramBotsLongPollingApplication;
import org.telegram.telegrambots.longpolling.util.DefaultGetUpdatesGenerator;
import org.telegram.telegrambots.longpolling.util.DefaultLongPollingUpdateConsumer;
import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.telegram.telegrambots.meta.api.methods.AnswerInlineQuery;
import org.telegram.telegrambots.meta.api.methods.GetMe;
import org.telegram.telegrambots.meta.api.methods.commands.SetMyCommands;
import org.telegram.telegrambots.meta.api.methods.send.SendChatAction;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.methods.send.SendPhoto;
import org.telegram.telegrambots.meta.api.methods.updates.GetUpdates;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageReplyMarkup;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageText;
import org.telegram.telegrambots.meta.api.objects.InputFile;
import org.telegram.telegrambots.meta.api.objects.MessageEntity;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.api.objects.commands.BotCommand;
import org.telegram.telegrambots.meta.api.objects.commands.scope.BotCommandScopeAllPrivateChats;
import org.telegram.telegrambots.meta.api.objects.inlinequery.inputmessagecontent.InputTextMessageContent;
import org.telegram.telegrambots.meta.api.objects.inlinequery.result.InlineQueryResult;
import org.telegram.telegrambots.meta.api.objects.inlinequery.result.InlineQueryResultArticle;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;

/** The fake Bot API, driven by the real telegrambots 10 client and long poller. */
class FakeBotApiTest {

    /** Long enough for the poller to start on a busy machine; only ever waited out when a test fails. */
    private static final Duration WAIT = Duration.ofSeconds(15);
    private static final long CHAT = 5551001;
    private static final long GROUP = -1005550002;
    private static final long USER = 5551001;

    private final BlockingQueue<Update> received = new LinkedBlockingQueue<>();
    private final List<Throwable> echoFailures = new CopyOnWriteArrayList<>();
    private Set<Thread> threadsBefore;
    private FakeBotApi telegram;
    private ExecutorService clientThreads;
    private OkHttpClient http;
    private OkHttpTelegramClient client;
    private ScheduledExecutorService pollerThread;
    private TelegramBotsLongPollingApplication application;

    @BeforeEach
    void startFakeAndClient() throws IOException {
        threadsBefore = liveNonDaemonThreads();
        telegram = new FakeBotApi().start();
        // OkHttp's own dispatcher threads are not daemons and live a minute; these are ours to stop.
        clientThreads = Executors.newCachedThreadPool();
        http = new OkHttpClient.Builder().dispatcher(new Dispatcher(clientThreads)).build();
        client = new OkHttpTelegramClient(http, telegram.token(), telegram.telegramUrl());
    }

    @AfterEach
    void closeEverythingAndLeaveNoThreadBehind() throws Exception {
        if (application != null) {
            // close() only cancels the polling task and never stops its executor. Let the poll in flight end (the
            // fake holds it 200 ms at most): shutdownNow() would interrupt it and BotSession would log an ERROR.
            application.close();
            pollerThread.shutdown();
            assertThat(pollerThread.awaitTermination(2, SECONDS)).as("poller stopped").isTrue();
        }
        telegram.close();
        clientThreads.shutdownNow();
        assertThat(clientThreads.awaitTermination(2, SECONDS)).as("client threads stopped").isTrue();
        http.connectionPool().evictAll();
        long deadline = System.nanoTime() + Duration.ofSeconds(1).toNanos();
        Set<Thread> left = leftBehind();
        while (!left.isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(10);
            left = leftBehind();
        }
        assertThat(left).as("non-daemon threads left behind").isEmpty();
    }

    @Test
    void echoesATextMessageThroughTheRealLongPoller() throws Exception {
        startEchoBot();

        telegram.queueMessage(CHAT, "private", USER, "marie", "Bonjour Commis");

        Sent echo = telegram.awaitSent(sent -> sent.chatId() == CHAT, WAIT);
        assertThat(echo.text()).isEqualTo("Bonjour Commis");
        assertThat(echo.messageId()).isPositive();
        assertThat(echoFailures).isEmpty();
        assertThat(telegram.calls().get(0).method()).isEqualTo("deleteWebhook");
        assertThat(telegram.calls("getUpdates")).as("an empty poll is held, not spun").hasSizeLessThan(20);
    }

    @Test
    void marksBotCommandsWithTheirEntities() throws Exception {
        startEchoBot();

        telegram.queueMessage(GROUP, "supergroup", USER, "marie", "/recipe@CommisBot crêpes, or /help");

        Message message = received.poll(2, SECONDS).getMessage();
        assertThat(message.getChat().isSuperGroupChat()).isTrue();
        assertThat(message.getEntities())
                .extracting(MessageEntity::getType, MessageEntity::getOffset, MessageEntity::getLength)
                .containsExactly(tuple("bot_command", 0, 17),
                        tuple("bot_command", 29, 5));
        // In telegrambots 10.2.0 isCommand() only sees the entities once getEntities() has been called.
        assertThat(message.isCommand()).isTrue();
    }

    @Test
    void servesUpdatesFromTheOffsetOnAndForgetsConfirmedOnes() throws Exception {
        int first = telegram.queueMessage(CHAT, "private", USER, "marie", "un");
        int second = telegram.queueMessage(CHAT, "private", USER, "marie", "deux");

        assertThat(client.execute(poll(0))).extracting(Update::getUpdateId).containsExactly(first, second);
        assertThat(client.execute(poll(second))).extracting(Update::getUpdateId).containsExactly(second);
        assertThat(client.execute(poll(0))).as("update %d was confirmed", first)
                .extracting(Update::getUpdateId).containsExactly(second);
    }

    @Test
    void holdsAnEmptyLongPollAndAnswersAShortOneAtOnce() throws Exception {
        long start = System.nanoTime();
        assertThat(client.execute(GetUpdates.builder().offset(1).timeout(50).build())).isEmpty();
        Duration held = Duration.ofNanos(System.nanoTime() - start);

        start = System.nanoTime();
        assertThat(client.execute(GetUpdates.builder().offset(1).timeout(0).build())).isEmpty();
        Duration shortPoll = Duration.ofNanos(System.nanoTime() - start);

        assertThat(held).isBetween(FakeBotApi.LONG_POLL_HOLD.minusMillis(20), Duration.ofSeconds(1));
        assertThat(shortPoll).isLessThan(FakeBotApi.LONG_POLL_HOLD);
    }

    @Test
    void aRedeliveredUpdateFetchedInOneBatchReachesTheBotTwice() throws Exception {
        int update = telegram.queueMessage(CHAT, "private", USER, "marie", "encore");
        telegram.redeliver(update);

        startEchoBot();

        Sent first = telegram.awaitSent(sent -> true, WAIT);
        telegram.awaitSent(sent -> sent.messageId() != first.messageId(), WAIT);
        assertThat(telegram.sentMessages()).extracting(Sent::text).containsExactly("encore", "encore");
    }

    @Test
    void refusesHtmlLongerThan4096VisibleCharacters() throws Exception {
        assertRefused(() -> client.execute(html("<b>" + "a".repeat(4097) + "</b>")), 400,
                "Bad Request: message is too long");

        client.execute(html("<b>" + "a".repeat(4096) + "</b>"));
        client.execute(html("&lt;".repeat(4096)));
        assertThat(telegram.sentMessages()).hasSize(2);
    }

    @Test
    void countsLengthInUtf16UnitsAsTelegramDoes() throws Exception {
        // 🍳 is one code point but two UTF-16 units: 2048 of them are 4096 units, one more is too long.
        client.execute(html("🍳".repeat(2048)));
        assertRefused(() -> client.execute(html("🍳".repeat(2049))), 400, "Bad Request: message is too long");
        assertRefused(() -> client.execute(html("🍳".repeat(2048) + "a")), 400, "Bad Request: message is too long");
    }

    @ParameterizedTest
    @ValueSource(strings = {"<b>gras", "<b><i>croisé</b></i>", "fin</b>", "ligne<br>suivante", "ligne<br/>suivante",
            "1 < 2", "<span>caché</span>", "<div>bloc</div>", "crème&nbsp;fraîche", "<a href=\"https://x>lien</a>",
            "<tg-emoji emoji-id=\"abc\">🍳</tg-emoji>"})
    void refusesHtmlTelegramCannotParse(String text) {
        assertThatExceptionOfType(TelegramApiRequestException.class)
                .isThrownBy(() -> client.execute(html(text)))
                .satisfies(refused -> {
                    assertThat(refused.getErrorCode()).isEqualTo(400);
                    assertThat(refused.getApiResponse()).startsWith("Bad Request: can't parse entities: ");
                });
        assertThat(telegram.sentMessages()).isEmpty();
    }

    @Test
    void acceptsEveryTagTelegramAllows() throws Exception {
        String text = "<b>gras</b> <strong>fort</strong> <i>it</i> <em>em</em> <u>u</u> <ins>ins</ins> <s>s</s> "
                + "<strike>st</strike> <del>del</del> <span class=\"tg-spoiler\">sp</span> <tg-spoiler>ts</tg-spoiler> "
                + "<a href=\"https://example.org/?a=1&amp;b=2\">lien</a> <code>c</code> "
                + "<pre><code class=\"language-java\">x &lt; y</code></pre> <blockquote expandable>q</blockquote> "
                + "<tg-emoji emoji-id=\"5368324170671202286\">👍</tg-emoji> sel &amp; poivre &#233;&#x20AC; R&D";

        Message message = client.execute(html(text));

        assertThat(message.getText()).isEqualTo(
                "gras fort it em u ins s st del sp ts lien c x < y q 👍 sel & poivre é€ R&D");
        assertThat(telegram.sentMessages().get(0).text()).isEqualTo(text);
    }

    @Test
    void refusesBlankText() {
        assertRefused(() -> client.execute(SendMessage.builder().chatId(CHAT).text("   ").build()), 400,
                "Bad Request: message text is empty");
    }

    @Test
    void refusesCallbackDataOver64Bytes() throws Exception {
        String thirtyThreeAccents = "é".repeat(33);

        assertRefused(() -> client.execute(withButton(thirtyThreeAccents)), 400, "Bad Request: BUTTON_DATA_INVALID");

        client.execute(withButton("x".repeat(64)));
        assertThat(telegram.sentMessages()).singleElement()
                .satisfies(sent -> assertThat(sent.callbackData()).containsExactly("x".repeat(64)));
    }

    @Test
    void surfacesA429WithItsRetryAfter() throws Exception {
        telegram.rateLimitNextSend(7);

        assertThatExceptionOfType(TelegramApiRequestException.class)
                .isThrownBy(() -> client.execute(text("un")))
                .satisfies(refused -> {
                    assertThat(refused.getErrorCode()).isEqualTo(429);
                    assertThat(refused.getParameters().getRetryAfter()).isEqualTo(7);
                    assertThat(refused.getApiResponse()).isEqualTo("Too Many Requests: retry after 7");
                });
        client.execute(text("un"));

        List<ApiCall> attempts = telegram.calls("sendMessage");
        assertThat(attempts).extracting(ApiCall::status).containsExactly(429, 200);
        assertThat(attempts.get(1).at()).isAfterOrEqualTo(attempts.get(0).at());
        assertThat(telegram.sentMessages()).extracting(Sent::text).containsExactly("un");
    }

    @Test
    void surfacesAProxy502AsAnException() throws Exception {
        telegram.failNextSends(2, 502);

        // telegrambots reads the proxy's HTML page as a broken Bot API answer: the HTTP status is lost.
        for (int attempt = 1; attempt <= 2; attempt++) {
            assertThatExceptionOfType(TelegramApiRequestException.class)
                    .isThrownBy(() -> client.execute(text("un")))
                    .satisfies(failed -> {
                        assertThat(failed.getErrorCode()).isZero();
                        assertThat(failed).hasMessage("Unable to deserialize response")
                                .hasCauseInstanceOf(JsonParseException.class);
                    });
        }
        client.execute(text("un"));

        assertThat(telegram.calls("sendMessage")).extracting(ApiCall::status).containsExactly(502, 502, 200);
    }

    @Test
    void hangsSendsToOneChatAfterPostingThemUntilReleased() throws Exception {
        FakeHang hang = telegram.hangSendsTo(CHAT);

        java.util.concurrent.CompletableFuture<Message> hung = client.executeAsync(text("un"));
        client.execute(SendMessage.builder().chatId(GROUP).text("deux").build()); // another chat: answered at once
        telegram.awaitSent(sent -> sent.text().equals("un"), WAIT);
        Thread.sleep(300);
        assertThat(hung).as("no answer while the hang lasts").isNotDone();
        assertThat(hang.held()).isOne();
        assertThat(telegram.sentMessages()).extracting(Sent::text).as("posted all the same")
                .containsExactlyInAnyOrder("un", "deux");

        hang.release();
        assertThat(hung.get(WAIT.toSeconds(), SECONDS).getText()).isEqualTo("un");
        assertThat(client.execute(text("trois")).getText()).as("answered at once after the release").isEqualTo("trois");
        assertThat(hang.held()).isOne();
    }

    @Test
    void aHangBegunOnceASendIsPostedLeavesThatSendsAnswerAlone() throws Exception {
        // As a test does: wait for a send to be posted, then hang the chat. The send seen is answered all the same.
        for (int i = 0; i < 30; i++) {
            String words = "message " + i;
            java.util.concurrent.CompletableFuture<Message> posted = client.executeAsync(text(words));
            telegram.awaitSent(sent -> sent.text().equals(words), WAIT);
            FakeHang hang = telegram.hangSendsTo(CHAT);
            try {
                assertThat(posted).as("send %d answered", i).succeedsWithin(Duration.ofSeconds(5));
                assertThat(hang.held()).isZero();
            } finally {
                hang.release();
            }
        }
    }

    @Test
    void refusesSendsToAChatThatBlockedTheBot() {
        telegram.blockedBy(CHAT);

        assertRefused(() -> client.execute(text("rappel")), 403, "Forbidden: bot was blocked by the user");
    }

    @Test
    void recordsTheCommandMenuPerScopeAndLanguage() throws Exception {
        client.execute(SetMyCommands.builder().command(new BotCommand("recette", "Chercher une recette"))
                .languageCode("fr").build());
        client.execute(SetMyCommands.builder().command(new BotCommand("recipe", "Find a recipe"))
                .scope(new BotCommandScopeAllPrivateChats()).build());

        assertThat(telegram.commands("default", "fr")).hasValue(
                new CommandMenu("default", "fr", List.of(new Command("recette", "Chercher une recette"))));
        assertThat(telegram.commands("all_private_chats", "")).hasValue(
                new CommandMenu("all_private_chats", "", List.of(new Command("recipe", "Find a recipe"))));
        assertRefused(() -> client.execute(SetMyCommands.builder().command(new BotCommand("readyAt", "Prêt à"))
                .build()), 400, "Bad Request: BOT_COMMAND_INVALID");
    }

    @Test
    void refusesMoreThan50InlineResults() throws Exception {
        String query = telegram.inlineQueryId(telegram.queueInlineQuery(USER, "crêpes"));
        List<InlineQueryResult> results = IntStream.rangeClosed(1, 51)
                .<InlineQueryResult>mapToObj(i -> InlineQueryResultArticle.builder().id("r" + i).title("Recette " + i)
                        .inputMessageContent(InputTextMessageContent.builder().messageText("<b>Recette " + i + "</b>")
                                .parseMode("HTML").build())
                        .build())
                .toList();

        assertRefused(() -> client.execute(AnswerInlineQuery.builder().inlineQueryId(query).results(results).build()),
                400, "Bad Request: RESULTS_TOO_MUCH");

        client.execute(AnswerInlineQuery.builder().inlineQueryId(query).results(results.subList(0, 50)).build());
        assertThat(telegram.inlineAnswers()).singleElement()
                .satisfies(answer -> assertThat(answer.results()).hasSize(50));
    }

    @Test
    void sendsAPhotoAsMultipartWithItsCaption() throws Exception {
        byte[] jpeg = new byte[2048];

        Message message = client.execute(SendPhoto.builder().chatId(CHAT)
                .photo(new InputFile(new ByteArrayInputStream(jpeg), "crepes.jpg"))
                .caption("<b>Crêpes</b> pour 4").parseMode("HTML").build());

        assertThat(message.hasPhoto()).isTrue();
        assertThat(message.getCaption()).isEqualTo("Crêpes pour 4");
        assertThat(telegram.sentMessages()).singleElement().satisfies(sent -> {
            assertThat(sent.method()).isEqualTo("sendPhoto");
            assertThat(sent.chatId()).isEqualTo(CHAT);
            assertThat(sent.text()).isEqualTo("<b>Crêpes</b> pour 4");
            assertThat(sent.photo()).isEqualTo("attach://crepes.jpg");
            assertThat(sent.uploadBytes()).isEqualTo(2048);
        });
    }

    @Test
    void answersAButtonPressAndEditsTheMessageUnderIt() throws Exception {
        InlineKeyboardMarkup servings = keyboard("Pour 8", "r:crepes:8");
        Message card = client.execute(SendMessage.builder().chatId(CHAT).text("<b>Crêpes</b> pour 4").parseMode("HTML")
                .replyMarkup(servings).build());
        int press = telegram.queueCallback(CHAT, USER, card.getMessageId(), "r:crepes:8");

        Update update = client.execute(poll(0)).get(0);
        assertThat(update.getCallbackQuery().getData()).isEqualTo("r:crepes:8");
        client.execute(AnswerCallbackQuery.builder().callbackQueryId(telegram.callbackQueryId(press)).build());
        client.execute(EditMessageText.builder().chatId(CHAT).messageId(card.getMessageId())
                .text("<b>Crêpes</b> pour 8").parseMode("HTML").replyMarkup(keyboard("Pour 4", "r:crepes:4")).build());

        assertThat(telegram.callbackAnswers()).singleElement()
                .satisfies(answer -> assertThat(answer.callbackQueryId()).isEqualTo(telegram.callbackQueryId(press)));
        assertThat(telegram.edits()).singleElement().satisfies(edit -> {
            assertThat(edit.messageId()).isEqualTo(card.getMessageId());
            assertThat(edit.text()).isEqualTo("<b>Crêpes</b> pour 8");
            assertThat(edit.buttons()).containsExactly(List.of(new Button("Pour 4", "r:crepes:4", null)));
        });
        assertRefused(() -> client.execute(AnswerCallbackQuery.builder()
                .callbackQueryId(telegram.callbackQueryId(press)).build()), 400,
                "Bad Request: query is too old and response timeout expired or query ID is invalid");
    }

    @Test
    void refusesAnEditThatChangesNothing() throws Exception {
        Message card = client.execute(SendMessage.builder().chatId(CHAT).text("Crêpes")
                .replyMarkup(keyboard("Pour 8", "r:crepes:8")).build());

        assertRefused(() -> client.execute(EditMessageReplyMarkup.builder().chatId(CHAT).messageId(card.getMessageId())
                .replyMarkup(keyboard("Pour 8", "r:crepes:8")).build()), 400,
                "Bad Request: message is not modified: specified new message content and reply markup are exactly "
                        + "the same as a current content and reply markup of the message");
        client.execute(EditMessageReplyMarkup.builder().chatId(CHAT).messageId(card.getMessageId()).build());

        assertThat(telegram.edits()).singleElement().satisfies(edit -> assertThat(edit.buttons()).isEmpty());
    }

    @Test
    void recordsChatActions() throws Exception {
        client.execute(SendChatAction.builder().chatId(CHAT).action("typing").build());

        assertThat(telegram.chatActions()).singleElement()
                .satisfies(action -> assertThat(action.action()).isEqualTo("typing"));
    }

    @Test
    void answersGetMeAsCommisBotAndRefusesAnotherToken() throws Exception {
        User me = client.execute(new GetMe());
        assertThat(me.getId()).isEqualTo(FakeBotApi.BOT_ID);
        assertThat(me.getUserName()).isEqualTo("CommisBot");
        assertThat(me.getIsBot()).isTrue();

        OkHttpTelegramClient stranger = new OkHttpTelegramClient(http, "1:other", telegram.telegramUrl());
        assertRefused(() -> stranger.execute(new GetMe()), 401, "Unauthorized");
    }

    // ---- helpers ----

    private void startEchoBot() throws TelegramApiException {
        pollerThread = Executors.newSingleThreadScheduledExecutor();
        application = new TelegramBotsLongPollingApplication(ObjectMapper::new, () -> http, () -> pollerThread);
        // LongPollingSingleThreadUpdateConsumer is deprecated in 10.2.0; this replacement owns a (non-daemon) thread
        // that application.close() stops through the consumer's close().
        DefaultLongPollingUpdateConsumer echo = new DefaultLongPollingUpdateConsumer() {
            @Override
            public void consume(Update update) {
                received.add(update);
                if (update.hasMessage() && update.getMessage().hasText()) {
                    try {
                        client.execute(text(update.getMessage().getText()));
                    } catch (TelegramApiException e) {
                        echoFailures.add(e);
                    }
                }
            }
        };
        application.registerBot(telegram.token(), telegram::telegramUrl, new DefaultGetUpdatesGenerator(), echo);
    }

    private static GetUpdates poll(int offset) {
        return GetUpdates.builder().offset(offset).timeout(0).build();
    }

    private static SendMessage text(String text) {
        return SendMessage.builder().chatId(CHAT).text(text).build();
    }

    private static SendMessage html(String text) {
        return SendMessage.builder().chatId(CHAT).text(text).parseMode("HTML").build();
    }

    private static SendMessage withButton(String callbackData) {
        return SendMessage.builder().chatId(CHAT).text("Crêpes").replyMarkup(keyboard("Pour 8", callbackData)).build();
    }

    private static InlineKeyboardMarkup keyboard(String label, String callbackData) {
        return InlineKeyboardMarkup.builder()
                .keyboardRow(new InlineKeyboardRow(InlineKeyboardButton.builder().text(label).callbackData(callbackData)
                        .build()))
                .build();
    }

    private static void assertRefused(ThrowingCallable call, int errorCode,
            String description) {
        assertThatExceptionOfType(TelegramApiRequestException.class)
                .isThrownBy(call)
                .satisfies(refused -> {
                    assertThat(refused.getErrorCode()).isEqualTo(errorCode);
                    assertThat(refused.getApiResponse()).isEqualTo(description);
                });
    }

    private Set<Thread> leftBehind() {
        Set<Thread> now = liveNonDaemonThreads();
        now.removeAll(threadsBefore);
        return now;
    }

    private static Set<Thread> liveNonDaemonThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(thread -> thread.isAlive() && !thread.isDaemon())
                .collect(Collectors.toSet());
    }
}
