package dev.commis.discord;

import dev.commis.chat.ChatPush;
import dev.commis.chat.reply.Reply;
import net.dv8tion.jda.api.entities.channel.middleman.GuildMessageChannel;
import net.dv8tion.jda.api.entities.channel.middleman.MessageChannel;
import net.dv8tion.jda.api.sharding.ShardManager;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;

/**
 * Sends the answer to a press on the kitchen screen to a Discord chat, as new messages rendered as every
 * reply is ({@link DiscordMessages}): an interaction's message can only be edited while its interaction
 * lasts, and the screen's press is none. The channel is looked up by id at each send, as for reminders.
 */
final class DiscordPush implements ChatPush {

    private final ShardManager shards;

    DiscordPush(ShardManager shards) {
        this.shards = shards;
    }

    @Override
    public void push(String chat, Reply reply) {
        MessageChannel channel = channel(shards, chat);
        for (MessageCreateData message : DiscordMessages.messages(reply)) {
            channel.sendMessage(message).queue();
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
