package dev.commis.discord;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.Optional;

/**
 * Each Discord chat's last message sent or edited with a {@link dev.commis.chat.reply.Reply#replacing() replacing}
 * reply (the cook's step, while cooking), by the core's chat key, so that a press on the kitchen screen edits it
 * instead of posting a copy ({@link DiscordPush}). Kept in memory, as Telegram keeps its own: after a restart the
 * first push posts anew, and that message is the one edited next.
 */
final class ReplaceableMessages {

    /** A cook is long over after two days; the bound keeps a bot in many channels small. */
    private final Cache<String, Long> last = Caffeine.newBuilder().maximumSize(100_000)
            .expireAfterWrite(Duration.ofDays(2)).build();

    /** {@code messageId} is now {@code chat}'s replaceable message. */
    void remember(String chat, long messageId) {
        last.put(chat, messageId);
    }

    /** The message a replacing reply to {@code chat} edits, if one is known. */
    Optional<Long> last(String chat) {
        return Optional.ofNullable(last.getIfPresent(chat));
    }

    /** Forgets {@code messageId} as {@code chat}'s replaceable message, unless another has taken its place. */
    void forget(String chat, long messageId) {
        last.asMap().remove(chat, messageId);
    }
}
