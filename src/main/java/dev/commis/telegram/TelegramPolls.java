package dev.commis.telegram;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.commis.chat.ChatCore;
import dev.commis.chat.PollDesk;
import dev.commis.chat.WinnerPosts;
import dev.commis.chat.reply.Poll;
import dev.commis.chat.reply.Reply;
import dev.commis.text.Shortened;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.groupadministration.GetChatMember;
import org.telegram.telegrambots.meta.api.methods.polls.SendPoll;
import org.telegram.telegrambots.meta.api.methods.polls.StopPoll;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.api.objects.polls.PollOption;
import org.telegram.telegrambots.meta.api.objects.polls.input.InputPollOption;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * The dinner vote on Telegram: a reply's {@link Poll.Open} becomes a native, non-anonymous poll ({@code sendPoll},
 * the reply's buttons under it), a {@link Poll.Close} ends it ({@code stopPoll}), and the poll's final state (the
 * answer to {@code stopPoll}, or a {@code poll} update that says it is closed) goes to the core, whose winner is
 * posted in the poll's chat. A close pressed by someone other than the starter needs them to be the chat's
 * creator or an administrator ({@code getChatMember}). Whether Telegram took the winner's card goes back to the core,
 * which tries a failed one again through {@link #postWinner} (also at start, for winners Commis still owes): a card
 * Telegram refused, or one that may have been posted (no answer), is not sent again.
 */
final class TelegramPolls {

    private static final Logger LOG = LoggerFactory.getLogger(TelegramPolls.class);

    /** Telegram's limits on a poll's question and on each option, in characters. */
    static final int QUESTION_LIMIT = 300;
    static final int OPTION_LIMIT = 100;
    /** The prefix of a Telegram poll's id in the core, which keys every platform's polls in one table. */
    static final String PLATFORM_POLL = TelegramBot.PLATFORM + ":";
    private static final Set<String> ADMINS = Set.of("creator", "administrator");

    private final ChatCore core;
    private final TelegramClient client;
    private final Outbox outbox;
    private final TelegramReplies replies;
    /** Closed polls reported before sendPoll's answer said they were Commis's, by Telegram's id. */
    private final Cache<String, org.telegram.telegrambots.meta.api.objects.polls.Poll> closedEarly = Caffeine.newBuilder()
            .maximumSize(1_000).expireAfterWrite(Duration.ofMinutes(10)).build();

    TelegramPolls(ChatCore core, TelegramClient client, Outbox outbox, TelegramReplies replies) {
        this.core = core;
        this.client = client;
        this.outbox = outbox;
        this.replies = replies;
        core.polls().postWinnersWith(TelegramBot.PLATFORM, this::postWinner);
    }

    /** Carries out {@code reply}'s poll part in {@code chat}, sent by user {@code from}. */
    void carryOut(long chat, long from, Reply reply) {
        carryOut(chat, from, reply, null);
    }

    /**
     * Carries out {@code reply}'s poll part in {@code chat}, pressed by user {@code from} on {@code pressedOn} (the
     * poll's own message for a close button, which also says where the poll is when the press outran sendPoll's answer).
     */
    void carryOut(long chat, long from, Reply reply, Message pressedOn) {
        Poll poll = reply.poll().orElseThrow();
        if (poll instanceof Poll.Close close && pressedOn != null && pressedOn.getPoll() != null) {
            core.polls().posted(close.key(), PLATFORM_POLL + pressedOn.getPoll().getId(), String.valueOf(pressedOn.getMessageId()));
            poll = new Poll.Close(close.key(), PLATFORM_POLL + pressedOn.getPoll().getId(),
                    close.message().isEmpty() ? String.valueOf(pressedOn.getMessageId()) : close.message(), close.askerMustBeAdmin());
        }
        if (poll instanceof Poll.Open open) {
            post(chat, reply, open);
        } else if (poll instanceof Poll.Close close) {
            if (!close.askerMustBeAdmin()) {
                stop(chat, close);
            } else if (isAdmin(chat, from)) {
                stop(chat, close);
            } else {
                replies.send(chat, withoutPoll(reply));
            }
        }
    }

    private void post(long chat, Reply reply, Poll.Open open) {
        if (!reply.blocks().isEmpty()) {
            replies.send(chat, new Reply(reply.blocks(), List.of(), reply.image(), false, ""));
        }
        SendPoll send = SendPoll.builder().chatId(chat).question(Shortened.atWord(open.question(), QUESTION_LIMIT))
                .options(open.options().stream().map(option -> new InputPollOption(Shortened.atWord(option, OPTION_LIMIT))).toList())
                .isAnonymous(false).replyMarkup(TelegramReplies.keyboard(withoutShare(reply))).build();
        outbox.submit(chat, () -> client.execute(send)).whenComplete((Message message, Throwable failure) -> {
            if (failure != null || message == null || message.getPoll() == null) {
                LOG.warn("Telegram did not take the vote for chat {}: {}", chat, failure == null ? "no poll" : failure.getMessage());
                return;
            }
            core.polls().posted(open.key(), PLATFORM_POLL + message.getPoll().getId(), String.valueOf(message.getMessageId()));
            org.telegram.telegrambots.meta.api.objects.polls.Poll early = closedEarly.asMap().remove(message.getPoll().getId());
            if (early != null) {
                closed(early);
            }
        });
    }

    private void stop(long chat, Poll.Close close) {
        if (!close.message().matches("\\d{1,10}")) {
            return;
        }
        StopPoll stop = new StopPoll(String.valueOf(chat), Integer.valueOf(close.message()));
        outbox.submit(chat, () -> client.execute(stop)).whenComplete((polled, failure) -> {
            if (failure != null) {
                // Already closed, say: Telegram then sent, or will send, the closed poll as an update.
                LOG.warn("Telegram did not stop the vote in chat {}: {}", chat, failure.getMessage());
            } else {
                closed(polled);
            }
        });
    }

    /** A poll's state from Telegram: when it is closed, its winner is posted, once. */
    void closed(org.telegram.telegrambots.meta.api.objects.polls.Poll poll) {
        if (poll == null || !Boolean.TRUE.equals(poll.getIsClosed())) {
            return;
        }
        List<Integer> votes = poll.getOptions().stream().map(PollOption::getVoterCount)
                .map(count -> count == null ? 0 : count).toList();
        Optional<PollDesk.Outcome> outcome = core.polls().closed(PLATFORM_POLL + poll.getId(), votes);
        if (outcome.isEmpty()) {
            // Not known yet when the update outran sendPoll's answer: posted() looks here. (Or already answered.)
            closedEarly.put(poll.getId(), poll);
            return;
        }
        PollDesk.Outcome won = outcome.get();
        postWinner(won.chat(), won.reply()).whenComplete((done, failure) -> {
            if (failure == null) {
                core.polls().winnerPosted(won);
            } else {
                core.polls().winnerFailed(won, failure);
            }
        });
    }

    /**
     * Posts a vote's winner in the core's chat {@code chat}; fails with {@link WinnerPosts.NotAgain} when Telegram
     * refused it or may have posted it, either way not to be sent again.
     */
    CompletableFuture<Void> postWinner(String chat, Reply reply) {
        CompletableFuture<Void> sent = new CompletableFuture<>();
        replies.send(Long.parseLong(chat.substring(PLATFORM_POLL.length())), reply).whenComplete((done, failure) -> {
            Throwable cause = failure instanceof java.util.concurrent.CompletionException && failure.getCause() != null
                    ? failure.getCause() : failure;
            if (cause == null) {
                sent.complete(null);
            } else if (cause instanceof SendOutcomeUnknown) {
                sent.completeExceptionally(new WinnerPosts.NotAgain("Telegram may have posted it: " + cause.getMessage(), cause));
            } else if (SendFailure.of(cause) == SendFailure.REFUSED) {
                sent.completeExceptionally(new WinnerPosts.NotAgain("Telegram refused it: " + cause.getMessage(), cause));
            } else {
                sent.completeExceptionally(cause);
            }
        });
        return sent;
    }

    private boolean isAdmin(long chat, long user) {
        try {
            String status = client.execute(GetChatMember.builder().chatId(chat).userId(user).build()).getStatus();
            return ADMINS.contains(status);
        } catch (TelegramApiException e) {
            LOG.warn("Could not ask Telegram whether user {} administers chat {}: {}", user, chat, e.getMessage());
            return false;
        }
    }

    private static Reply withoutPoll(Reply reply) {
        return new Reply(reply.blocks(), reply.buttons(), reply.image(), false, reply.share());
    }

    private static Reply withoutShare(Reply reply) {
        return new Reply(List.of(), reply.buttons(), java.util.Optional.empty(), false, "");
    }
}
