package dev.commis.discord;

import dev.commis.chat.ChatCore;
import dev.commis.chat.PollDesk;
import dev.commis.chat.reply.Poll;
import dev.commis.chat.reply.Reply;
import dev.commis.text.Shortened;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.messages.MessagePoll;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.interactions.InteractionHook;
import net.dv8tion.jda.api.utils.messages.MessageCreateBuilder;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import net.dv8tion.jda.api.utils.messages.MessageEditData;
import net.dv8tion.jda.api.utils.messages.MessagePollBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The dinner vote on Discord: a reply's {@link Poll.Open} becomes a native poll (a follow-up of the command, with
 * the reply's buttons; the deferred answer shows the question), and a {@link Poll.Close} ends it early
 * ({@code endPoll}); the ended poll's counts go to the core, whose winner is posted as a follow-up. A close pressed
 * by someone other than the starter needs the Manage Messages permission in the channel. A poll that runs out by
 * itself is settled by {@link DiscordPollEnds}. Whether Discord took the winner goes back to the core, which tries a
 * failed one again in the channel ({@link DiscordPollEnds#postWinner}).
 */
final class DiscordPolls {

    private static final Logger LOG = LoggerFactory.getLogger(DiscordPolls.class);

    /** Discord's limits: a question of 300 characters, answers of 55, a duration of at most 32 days. */
    static final int QUESTION_LIMIT = MessagePoll.MAX_QUESTION_TEXT_LENGTH;
    static final int ANSWER_LIMIT = MessagePoll.MAX_ANSWER_TEXT_LENGTH;
    /** How long a vote stays open when nobody closes it: a dinner is decided within a day. */
    static final Duration DURATION = Duration.ofHours(24);
    /** The prefix of a Discord poll's id (its message's) in the core. */
    static final String PLATFORM_POLL = DiscordBot.PLATFORM + ":";

    private final ChatCore core;

    DiscordPolls(ChatCore core) {
        this.core = core;
    }

    /** Posts the poll of {@code reply} after the command whose deferred answer is {@code hook}. */
    void post(InteractionHook hook, Reply reply, Poll.Open open) {
        // A poll's question shows a mention as written: name the starter instead.
        net.dv8tion.jda.api.entities.User starter = hook.getInteraction().getUser();
        String question = open.question().replace(DiscordListener.mention(starter), "@" + starter.getName());
        MessagePollBuilder poll = new MessagePollBuilder(Shortened.atWord(question, QUESTION_LIMIT)).setDuration(DURATION);
        open.options().forEach(option -> poll.addAnswer(Shortened.atWord(option, ANSWER_LIMIT)));
        MessageCreateData first = DiscordMessages.messages(Reply.text(question)).get(0);
        MessageCreateData withButtons = DiscordMessages.messages(new Reply(List.of(), reply.buttons(), Optional.empty(), false, ""))
                .get(0);
        MessageCreateData message = new MessageCreateBuilder().applyData(withButtons).setContent(null).setEmbeds(List.of())
                .setPoll(poll.build()).build();
        hook.editOriginal(MessageEditData.fromCreateData(first)).queue();
        hook.sendMessage(message).queue(
                posted -> core.polls().posted(open.key(), PLATFORM_POLL + posted.getId(), posted.getId()),
                failure -> LOG.warn("Discord did not take the vote: {}", failure.getMessage()));
    }

    /** Ends the poll of a pressed close button, or shows the refusal when the presser may not. */
    void close(ButtonInteractionEvent event, Reply reply, Poll.Close close) {
        boolean allowed = !close.askerMustBeAdmin() || event.getMember() != null
                && event.getMember().hasPermission(event.getGuildChannel(), Permission.MESSAGE_MANAGE);
        if (!allowed) {
            event.reply(DiscordMessages.messages(new Reply(reply.blocks(), List.of(), Optional.empty(), false, "")).get(0)).queue();
            return;
        }
        // The close button is on the poll's message: a press that outran the answer to the post still finds it.
        core.polls().posted(close.key(), PLATFORM_POLL + event.getMessageId(), event.getMessageId());
        String pollMessage = close.message().isEmpty() ? event.getMessageId() : close.message();
        event.deferEdit().queue();
        event.getChannel().endPollById(pollMessage).queue(
                ended -> closed(event.getHook(), ended),
                failure -> {
                    // Ended already (by its duration, say): its message still carries the final counts.
                    LOG.info("Discord did not end the vote ({}); reading its counts", failure.getMessage());
                    event.getChannel().retrieveMessageById(pollMessage).queue(message -> closed(event.getHook(), message),
                            gone -> LOG.warn("Discord lost the vote's message: {}", gone.getMessage()));
                });
    }

    private void closed(InteractionHook hook, Message message) {
        if (message.getPoll() == null) {
            return;
        }
        List<Integer> votes = message.getPoll().getAnswers().stream().map(MessagePoll.Answer::getVotes).toList();
        Optional<PollDesk.Outcome> outcome = core.polls().closed(PLATFORM_POLL + message.getId(), votes);
        outcome.ifPresent(won -> reportPost(core, won, CompletableFuture.allOf(DiscordMessages.messages(won.reply()).stream()
                .map(part -> hook.sendMessage(part).submit()).toArray(CompletableFuture[]::new))));
    }

    /** Tells the core whether Discord took the winner's card {@code won} once {@code sent} is over. */
    static void reportPost(ChatCore core, PollDesk.Outcome won, CompletableFuture<?> sent) {
        sent.whenComplete((done, failure) -> {
            if (failure == null) {
                core.polls().winnerPosted(won);
            } else {
                core.polls().winnerFailed(won, failure);
            }
        });
    }
}
