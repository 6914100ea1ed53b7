package dev.commis.reminders;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs tasks on a few threads, one lane per chat: a chat's tasks one at a time and in the order given, different
 * chats' at the same time, so that a chat whose platform hangs holds no other chat up. With every thread taken by a
 * hung chat, other chats wait for a free one. Thread-safe.
 */
final class ChatLanes {

    private static final Logger LOG = LoggerFactory.getLogger(ChatLanes.class);

    private final ThreadPoolExecutor threads;
    /** Tasks not yet started, by chat; a chat is here while a thread works through its lane. Guarded by this. */
    private final Map<String, ArrayDeque<Runnable>> lanes = new HashMap<>();

    /** @param threads how many chats are served at the same time */
    ChatLanes(int threads) {
        this.threads = new ThreadPoolExecutor(threads, threads, 30, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), runnable -> {
            Thread thread = new Thread(runnable, "reminders-send");
            thread.setDaemon(true);
            return thread;
        });
        this.threads.allowCoreThreadTimeOut(true); // no thread kept while no reminder is due
    }

    /** Runs {@code task} after the tasks of {@code chat} given before it. */
    synchronized void submit(String chat, Runnable task) {
        ArrayDeque<Runnable> lane = lanes.get(chat);
        if (lane != null) {
            lane.addLast(task);
            return;
        }
        lane = new ArrayDeque<>();
        lane.addLast(task);
        lanes.put(chat, lane);
        try {
            threads.execute(() -> drain(chat));
        } catch (RejectedExecutionException e) {
            lanes.remove(chat); // stopping: the store keeps what was not sent, for the next start
            throw e;
        }
    }

    private void drain(String chat) {
        while (true) {
            Runnable task;
            synchronized (this) {
                task = lanes.get(chat).pollFirst();
                if (task == null) {
                    lanes.remove(chat);
                    notifyAll();
                    return;
                }
            }
            try {
                task.run();
            } catch (RuntimeException e) {
                // One broken task (say, a store error) must not stop the chat's later ones.
                LOG.error("Sending a reminder to chat {} failed; going on", chat, e);
            }
        }
    }

    /** Waits until every lane has run out of tasks (or the thread is interrupted). */
    synchronized void awaitIdle() {
        try {
            while (!lanes.isEmpty()) {
                wait();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Starts no more tasks and waits up to {@code patience} for those under way, then interrupts them. */
    void close(Duration patience) {
        synchronized (this) {
            lanes.values().forEach(ArrayDeque::clear); // not started: still pending in the store, for the next start
        }
        threads.shutdown();
        try {
            if (!threads.awaitTermination(patience.toMillis(), TimeUnit.MILLISECONDS)) {
                threads.shutdownNow();
            }
        } catch (InterruptedException e) {
            threads.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
