package dev.commis.telegram;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The outbox's calls waiting per chat, and the chats with a call in flight: a chat's calls go one at a time and in
 * order; which chat's goes next is {@link #next}'s choice. Not thread-safe: the outbox's lock guards it.
 */
final class ChatQueues {

    private final Map<Long, Deque<OutboxJob<?>>> queues = new LinkedHashMap<>();
    private final Set<Long> inFlight = new HashSet<>();

    void add(OutboxJob<?> job) {
        queues.computeIfAbsent(job.chat, c -> new ArrayDeque<>()).addLast(job);
    }

    /** Whether nothing waits and nothing is in flight. */
    boolean isIdle() {
        return queues.isEmpty() && inFlight.isEmpty();
    }

    int inFlight() {
        return inFlight.size();
    }

    /** {@code job}, the head of its chat, leaves: its chat has a call in flight until {@link #landed}. */
    void leaves(OutboxJob<?> job) {
        inFlight.add(job.chat);
    }

    /** The call in flight for {@code chat} came back; {@code done}: it is over, else it stays at the head to go again. */
    void landed(long chat, boolean done) {
        if (done) {
            removeHead(chat);
        }
        inFlight.remove(chat);
    }

    /** Drops the heads whoever waited for gave up on (a reminder that took too long): they are not sent. */
    void dropCancelledHeads() {
        for (Long chat : new ArrayList<>(queues.keySet())) {
            while (!inFlight.contains(chat) && queues.containsKey(chat) && queues.get(chat).peekFirst().result.isDone()) {
                removeHead(chat);
            }
        }
    }

    /**
     * The head of a chat with nothing in flight that may go first: the soonest by {@code limits}, and among those
     * that may go {@code now} the oldest (so that a chat's later replies do not overtake other chats' first ones).
     */
    OutboxJob<?> next(long now, SendLimits limits) {
        OutboxJob<?> best = null;
        long bestAt = Long.MAX_VALUE;
        for (Map.Entry<Long, Deque<OutboxJob<?>>> queue : queues.entrySet()) {
            if (inFlight.contains(queue.getKey())) {
                continue;
            }
            OutboxJob<?> head = queue.getValue().peekFirst();
            long at = Math.max(limits.earliest(head.chat, head.notBefore), now);
            if (best == null || at < bestAt || at == bestAt && head.sequence < best.sequence) {
                best = head;
                bestAt = at;
            }
        }
        return best;
    }

    /** Takes every waiting call out, oldest chat first. */
    List<OutboxJob<?>> drain() {
        List<OutboxJob<?>> left = new ArrayList<>();
        queues.values().forEach(left::addAll);
        queues.clear();
        return left;
    }

    private void removeHead(long chat) {
        Deque<OutboxJob<?>> queue = queues.get(chat);
        if (queue == null) {
            return; // drained by a stop while its call was under way
        }
        queue.pollFirst();
        if (queue.isEmpty()) {
            queues.remove(chat);
        }
    }
}
