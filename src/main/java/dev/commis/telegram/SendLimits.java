package dev.commis.telegram;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Telegram's sending limits as arithmetic on a monotonic clock in nanoseconds: about one message
 * a second per chat, 20 a minute per group (negative chat ids), 30 a second in all. It says when
 * the next message to a chat may go, and is told when one went. Not thread-safe: its owner
 * guards it.
 */
final class SendLimits {

    static final long PER_CHAT_NANOS = TimeUnit.SECONDS.toNanos(1);
    static final int GROUP_PER_MINUTE = 20;
    static final int ALL_PER_SECOND = 30;

    private final Map<Long, Long> nextForChat = new HashMap<>();
    private final Map<Long, Deque<Long>> groupSends = new HashMap<>();
    private final Deque<Long> allSends = new ArrayDeque<>();

    /** The earliest time, at or after {@code notBefore}, when a message to {@code chat} keeps within every limit. */
    long earliest(long chat, long notBefore) {
        long at = Math.max(notBefore, nextForChat.getOrDefault(chat, Long.MIN_VALUE));
        if (allSends.size() >= ALL_PER_SECOND) {
            at = Math.max(at, allSends.peekFirst() + TimeUnit.SECONDS.toNanos(1));
        }
        Deque<Long> group = groupSends.get(chat);
        if (chat < 0 && group != null && group.size() >= GROUP_PER_MINUTE) {
            at = Math.max(at, group.peekFirst() + TimeUnit.MINUTES.toNanos(1));
        }
        return at;
    }

    /**
     * Records that Telegram answered a message to {@code chat} at {@code now}: the next to that chat waits a second
     * from then, since the message may have reached Telegram as late as that (a second from when it left could be
     * less, as Telegram sees it).
     */
    void answered(long chat, long now) {
        nextForChat.merge(chat, now + PER_CHAT_NANOS, Math::max);
    }

    /** Records that a message to {@code chat} went at {@code now}. */
    void sent(long chat, long now) {
        nextForChat.put(chat, now + PER_CHAT_NANOS);
        allSends.addLast(now);
        while (allSends.size() > ALL_PER_SECOND) {
            allSends.pollFirst();
        }
        if (chat < 0) {
            Deque<Long> group = groupSends.computeIfAbsent(chat, c -> new ArrayDeque<>());
            group.addLast(now);
            while (group.size() > GROUP_PER_MINUTE) {
                group.pollFirst();
            }
        }
        // Chats quiet for long need no entry: keeps the maps as small as the recent traffic.
        nextForChat.values().removeIf(next -> next < now);
        groupSends.values().removeIf(sends -> sends.peekLast() < now - TimeUnit.MINUTES.toNanos(1));
    }
}
