package dev.commis.telegram;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * The updates waiting for the bot, served with {@code getUpdates}' semantics: a call with {@code offset} confirms
 * (forgets) every update below it and returns the ones from it on, oldest first; an empty call with a
 * {@code timeout} is held until an update comes or the hold ends, like the real long poll.
 */
final class FakeUpdateQueue {

    private static final Comparator<ObjectNode> BY_ID = Comparator.comparingInt(FakeUpdateQueue::id);

    private final List<ObjectNode> pending = new ArrayList<>();
    private final Map<Integer, ObjectNode> everQueued = new HashMap<>();
    private int lastId;
    private boolean closed;

    /** Queues the update {@code build} makes for the next update_id; returns that id. */
    synchronized int add(IntFunction<ObjectNode> build) {
        int id = ++lastId;
        ObjectNode update = build.apply(id);
        update.put("update_id", id);
        everQueued.put(id, update);
        pending.add(update.deepCopy());
        notifyAll();
        return id;
    }

    /**
     * Queues update {@code updateId} once more, as Telegram does when a batch was never confirmed. A poller that
     * already moved past it confirms it away again unless the copy is fetched in the same batch.
     */
    synchronized void redeliver(int updateId) {
        pending.add(update(updateId).deepCopy());
        pending.sort(BY_ID);
        notifyAll();
    }

    synchronized ObjectNode update(int updateId) {
        ObjectNode update = everQueued.get(updateId);
        if (update == null) {
            throw new IllegalArgumentException("no update " + updateId + " was queued");
        }
        return update.deepCopy();
    }

    /** What {@code getUpdates(offset, limit)} returns, holding an empty answer for at most {@code hold}. */
    synchronized List<ObjectNode> take(long offset, int limit, Duration hold) throws InterruptedException {
        long deadline = System.nanoTime() + hold.toNanos();
        confirmBelow(offset);
        while (pending.isEmpty() && !closed) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                break;
            }
            wait(Math.max(1, left / 1_000_000));
            confirmBelow(offset);
        }
        return pending.stream().limit(limit).map(ObjectNode::deepCopy).toList();
    }

    /** Ends every held poll at once, so that closing the fake never waits for one. */
    synchronized void close() {
        closed = true;
        notifyAll();
    }

    private void confirmBelow(long offset) {
        if (offset > 0) {
            pending.removeIf(update -> id(update) < offset);
        }
    }

    private static int id(ObjectNode update) {
        return update.get("update_id").asInt();
    }
}
