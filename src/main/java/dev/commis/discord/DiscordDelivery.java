package dev.commis.discord;

import dev.commis.reminders.Delivery;
import java.util.EnumSet;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.channel.concrete.TextChannel;
import net.dv8tion.jda.api.entities.channel.middleman.MessageChannel;
import net.dv8tion.jda.api.sharding.ShardManager;

/**
 * Sends reminders to Discord: in a server, to the channel where the cook started, mentioning who
 * started it; in a direct message, to that person. Looks the channel up by id at each send, so a
 * reconnect never leaves it holding a stale object.
 */
final class DiscordDelivery implements Delivery {

    private final ShardManager shards;

    DiscordDelivery(ShardManager shards) {
        this.shards = shards;
    }

    @Override
    public void deliver(String chat, String user, String text) {
        String rest = chat.substring(chat.indexOf(':') + 1);
        String said = EmbedMarkdown.escape(text);
        MessageChannel channel;
        if (rest.startsWith("dm:")) {
            channel = shards.retrieveUserById(Long.parseLong(rest.substring(3))).complete().openPrivateChannel().complete();
        } else {
            TextChannel found = shards.getTextChannelById(Long.parseLong(rest));
            if (found == null) {
                throw new IllegalStateException("channel " + rest + " is not reachable now");
            }
            channel = found;
            said = user.isEmpty() ? said : user + " " + said;
        }
        // complete(): the reminder counts as sent only once Discord accepted it.
        channel.sendMessage(said).setAllowedMentions(EnumSet.of(Message.MentionType.USER)).complete();
    }
}
