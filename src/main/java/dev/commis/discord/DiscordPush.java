package dev.commis.discord;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.commis.chat.ChatPush;
import dev.commis.chat.reply.Reply;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.channel.middleman.GuildMessageChannel;
import net.dv8tion.jda.api.entities.channel.middleman.MessageChannel;
import net.dv8tion.jda.api.exceptions.ErrorResponseException;
import net.dv8tion.jda.api.requests.ErrorResponse;
import net.dv8tion.jda.api.sharding.ShardManager;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import net.dv8tion.jda.api.utils.messages.MessageEditData;

/**
 * Sends the answer to a press on the kitchen screen to a Discord chat, rendered as every reply is
 * ({@link DiscordMessages}). A {@link Reply#replacing() replacing} reply that fits one message edits the chat's
 * {@link ReplaceableMessages replaceable message} (the cook's), as Telegram does; otherwise, or when there is none or
 * Discord will not edit it (deleted, or past its edits), it goes as new messages and the last of them becomes the
 * replaceable one. Other replies are new messages. Returns once Discord took it all, one push per chat at a time
 * (so two quick presses on a deleted card post one new card, not two); the channel is looked up by id at each
 * push, as for reminders.
 */
final class DiscordPush implements ChatPush {

    /**
     * Refusals that say this message cannot be edited but a new one can be posted: gone (10008), not reachable by
     * the channel route (50001, as for some interaction answers), not the bot's (50005), or an old message edited
     * too often for now (30046).
     */
    static final Set<ErrorResponse> NOT_EDITABLE = EnumSet.of(ErrorResponse.UNKNOWN_MESSAGE,
            ErrorResponse.MISSING_ACCESS, ErrorResponse.INVALID_AUTHOR_EDIT, ErrorResponse.MAX_OLD_MESSAGE_EDITS);

    private final ShardManager shards;
    private final ReplaceableMessages replaceable;
    /** One lock per chat, dropped once no push holds it. */
    private final Cache<String, Object> locks = Caffeine.newBuilder().weakValues().build();

    DiscordPush(ShardManager shards, ReplaceableMessages replaceable) {
        this.shards = shards;
        this.replaceable = replaceable;
    }

    @Override
    public void push(String chat, Reply reply) {
        synchronized (locks.get(chat, key -> new Object())) {
            MessageChannel channel = channel(shards, chat);
            List<MessageCreateData> messages = DiscordMessages.messages(reply);
            Optional<Long> last = replaceable.last(chat);
            if (reply.replacing() && messages.size() == 1 && last.isPresent()
                    && edited(channel, chat, last.get(), messages.get(0))) {
                return;
            }
            Message sent = null;
            for (MessageCreateData message : messages) {
                sent = channel.sendMessage(message).complete();
            }
            if (reply.replacing()) {
                replaceable.remember(chat, sent.getIdLong());
            }
        }
    }

    /** Edits message {@code id} to read {@code message}; false when Discord will not edit that message. */
    private boolean edited(MessageChannel channel, String chat, long id, MessageCreateData message) {
        try {
            channel.editMessageById(id, MessageEditData.fromCreateData(message)).complete();
            return true;
        } catch (ErrorResponseException e) {
            if (!NOT_EDITABLE.contains(e.getErrorResponse())) {
                throw e;
            }
            replaceable.forget(chat, id);
            return false;
        }
    }

    /** The channel of the core's chat {@code chat} ({@code discord:123} or {@code discord:dm:456}), looked up now. */
    static MessageChannel channel(ShardManager shards, String chat) {
        String rest = chat.substring(chat.indexOf(':') + 1);
        if (rest.startsWith("dm:")) {
            return shards.retrieveUserById(Long.parseLong(rest.substring(3))).complete().openPrivateChannel().complete();
        }
        MessageChannel channel = shards.getChannelById(GuildMessageChannel.class, Long.parseLong(rest));
        if (channel == null) {
            throw new IllegalStateException("channel " + rest + " is not reachable now");
        }
        return channel;
    }
}
