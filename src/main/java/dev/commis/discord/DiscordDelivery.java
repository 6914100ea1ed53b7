package dev.commis.discord;

import dev.commis.reminders.Delivery;
import dev.commis.reminders.Undeliverable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.channel.middleman.GuildMessageChannel;
import net.dv8tion.jda.api.entities.channel.middleman.MessageChannel;
import net.dv8tion.jda.api.exceptions.ErrorResponseException;
import net.dv8tion.jda.api.sharding.ShardManager;

/**
 * Sends reminders to Discord: in a server, to the channel (or thread) where the cook started,
 * mentioning who started it; in a direct message, to that person. Looks the channel up by id at
 * each send, so a reconnect never leaves it holding a stale object. A reminder longer than one
 * message goes as several.
 */
final class DiscordDelivery implements Delivery {

    private final ShardManager shards;

    DiscordDelivery(ShardManager shards) {
        this.shards = shards;
    }

    @Override
    public void deliver(String chat, String user, String text) throws Undeliverable {
        String rest = chat.substring(chat.indexOf(':') + 1);
        String said = EmbedMarkdown.escape(text);
        try {
            MessageChannel channel;
            if (rest.startsWith("dm:")) {
                channel = shards.retrieveUserById(Long.parseLong(rest.substring(3))).complete().openPrivateChannel().complete();
            } else {
                GuildMessageChannel found = shards.getChannelById(GuildMessageChannel.class, Long.parseLong(rest));
                if (found == null) {
                    throw new IllegalStateException("channel " + rest + " is not reachable now");
                }
                channel = found;
                said = user.isEmpty() ? said : user + " " + said;
            }
            // complete(): the reminder counts as sent only once Discord accepted every part.
            for (String part : parts(said)) {
                channel.sendMessage(part).setAllowedMentions(EnumSet.of(Message.MentionType.USER)).complete();
            }
        } catch (ErrorResponseException e) {
            if (e.getErrorCode() != 0 && e.getResponse() != null && e.getResponse().code >= 400 && e.getResponse().code < 500) {
                throw new Undeliverable("Discord refused it: " + e.getMeaning(), e);
            }
            throw e;
        }
    }

    /** The text in parts of at most {@link DiscordMessages#CONTENT_LIMIT}, cut at line ends where it can be. */
    static List<String> parts(String text) {
        List<String> parts = new ArrayList<>();
        String rest = text;
        while (rest.length() > DiscordMessages.CONTENT_LIMIT) {
            int cut = rest.lastIndexOf('\n', DiscordMessages.CONTENT_LIMIT);
            if (cut <= 0) {
                cut = DiscordMessages.CONTENT_LIMIT;
                if (Character.isHighSurrogate(rest.charAt(cut - 1))) {
                    cut--;
                }
            }
            parts.add(rest.substring(0, cut));
            rest = rest.substring(cut).stripLeading();
        }
        parts.add(rest);
        return parts;
    }
}
