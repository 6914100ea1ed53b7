package dev.commis.telegram;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.commis.chat.ChatCore;
import dev.commis.chat.Incoming;
import dev.commis.chat.reply.Reply;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.longpolling.interfaces.LongPollingUpdateConsumer;
import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.telegram.telegrambots.meta.api.objects.CallbackQuery;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.api.objects.message.MaybeInaccessibleMessage;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * Turns Telegram updates into chat requests and sends the replies back. In a group it answers
 * only commands (for this bot), presses on its own buttons and replies to its messages, which
 * privacy mode lets it see. An update seen twice is handled once; when {@code telegram.allowed}
 * is set, anyone else gets one polite refusal and nothing more.
 */
final class TelegramUpdates implements LongPollingUpdateConsumer {

    private static final Logger LOG = LoggerFactory.getLogger(TelegramUpdates.class);

    private final ChatCore core;
    private final TelegramClient client;
    private final Outbox outbox;
    private final TelegramReplies replies;
    private final InlineSharing inline;
    private final TelegramPolls polls;
    private final String botName;
    private final long botId;
    private final Set<Long> allowed;
    private final Set<Long> refused = ConcurrentHashMap.newKeySet();
    private final Cache<Integer, Boolean> seen = Caffeine.newBuilder().maximumSize(10_000).build();

    TelegramUpdates(ChatCore core, TelegramClient client, Outbox outbox, TelegramReplies replies, InlineSharing inline,
            User bot, List<Long> allowed) {
        this.core = core;
        this.client = client;
        this.outbox = outbox;
        this.replies = replies;
        this.inline = inline;
        this.polls = new TelegramPolls(core, client, outbox, replies);
        this.botName = bot.getUserName() == null ? "" : bot.getUserName();
        this.botId = bot.getId();
        this.allowed = Set.copyOf(allowed);
    }

    @Override
    public void consume(List<Update> updates) {
        for (Update update : updates) {
            if (seen.asMap().putIfAbsent(update.getUpdateId(), Boolean.TRUE) != null) {
                continue; // getUpdates is at-least-once
            }
            try {
                handle(update);
            } catch (RuntimeException e) {
                LOG.error("Could not handle Telegram update {}", update.getUpdateId(), e);
            }
        }
    }

    private void handle(Update update) {
        if (update.hasMessage() && update.getMessage().hasText()) {
            onMessage(update.getMessage());
        } else if (update.hasCallbackQuery()) {
            onButton(update.getCallbackQuery());
        } else if (update.hasPoll()) {
            // Only the bot's own polls reach it: a closed one may be a vote whose winner is still to post.
            polls.closed(update.getPoll());
        } else if (update.hasInlineQuery()) {
            if (isAllowed(update.getInlineQuery().getFrom().getId(), update.getInlineQuery().getFrom().getId())) {
                inline.answer(update.getInlineQuery());
            }
        }
    }

    private void onMessage(Message message) {
        String text = message.getText();
        boolean group = !message.isUserMessage();
        long chat = message.getChatId();
        if (group && !isForThisBot(message, text)) {
            return;
        }
        if (!isAllowed(message.getFrom() == null ? 0 : message.getFrom().getId(), chat)) {
            refuseOnce(chat);
            return;
        }
        Reply reply = core.handle(new Incoming(key(chat), name(message.getFrom()), group, Incoming.Kind.MESSAGE, text,
                sender(message.getFrom())).speaking(message.getFrom() == null ? "" : message.getFrom().getLanguageCode()));
        if (reply.poll().isPresent()) {
            polls.carryOut(chat, message.getFrom() == null ? 0 : message.getFrom().getId(), reply);
            return;
        }
        replies.send(chat, reply);
    }

    private void onButton(CallbackQuery query) {
        TelegramBot.quietly(client, AnswerCallbackQuery.builder().callbackQueryId(query.getId()).build());
        MaybeInaccessibleMessage message = query.getMessage();
        if (message == null || query.getData() == null) {
            return; // a button on a message shared inline: there is no chat to answer in
        }
        long chat = message.getChatId();
        if (!isAllowed(query.getFrom().getId(), chat)) {
            refuseOnce(chat);
            return;
        }
        boolean group = !message.isUserMessage();
        Reply reply = core.handle(new Incoming(key(chat), name(query.getFrom()), group, Incoming.Kind.BUTTON, query.getData(),
                sender(query.getFrom())).speaking(query.getFrom().getLanguageCode()));
        if (reply.poll().isPresent()) {
            polls.carryOut(chat, query.getFrom().getId(), reply, message instanceof Message shown ? shown : null);
        } else if (reply.replacing()) {
            replies.replace(chat, message.getMessageId(), reply);
        } else {
            replies.send(chat, reply);
        }
    }

    /** In a group: a command without a bot name or with this bot's, or a reply to one of its messages. */
    private boolean isForThisBot(Message message, String text) {
        if (text.startsWith("/")) {
            int end = text.indexOf(' ');
            String command = end < 0 ? text : text.substring(0, end);
            int at = command.indexOf('@');
            return at < 0 || command.substring(at + 1).equalsIgnoreCase(botName);
        }
        Message replied = message.getReplyToMessage();
        return replied != null && replied.getFrom() != null && replied.getFrom().getId() == botId;
    }

    private boolean isAllowed(long user, long chat) {
        return allowed.isEmpty() || allowed.contains(user) || allowed.contains(chat);
    }

    private void refuseOnce(long chat) {
        if (refused.add(chat)) {
            LOG.info("Refused chat {}: not in telegram.allowed", chat);
            replies.send(chat, Reply.text("Sorry, this Commis is private. · Désolé, ce Commis est privé."));
        }
    }

    /** The core's key for a Telegram chat. */
    static String key(long chat) {
        return TelegramBot.PLATFORM + ":" + chat;
    }

    /** The core's key for a person: {@code telegram:<user id>}, or "" when unknown. */
    static String sender(User user) {
        return user == null ? "" : TelegramBot.PLATFORM + ":" + user.getId();
    }

    /** "@lea" when the person has a user name, else their first name. */
    static String name(User user) {
        if (user == null) {
            return "";
        }
        return user.getUserName() != null ? "@" + user.getUserName() : user.getFirstName();
    }
}
