package dev.commis.telegram;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;

/**
 * Every call that posts to a chat goes through here, one at a time, within Telegram's limits
 * ({@link SendLimits}). Calls to one
 * chat keep their order. On a 429 the same call waits {@code retry_after} and goes again; network
 * errors and 5xx are retried with growing pauses; nothing is dropped. Only a refusal (another
 * 4xx) fails a call, since sending it again would fail again.
 */
final class Outbox implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Outbox.class);

    private static final long MAX_BACKOFF_NANOS = TimeUnit.SECONDS.toNanos(30);

    /** A call to the Bot API. */
    @FunctionalInterface
    interface Call<T> {
        T run() throws TelegramApiException;
    }

    private static final class Job<T> {
        final long chat;
        final Call<T> call;
        final CompletableFuture<T> result = new CompletableFuture<>();
        long notBefore;
        int failures;

        Job(long chat, Call<T> call) {
            this.chat = chat;
            this.call = call;
        }
    }

    private final Map<Long, Deque<Job<?>>> queues = new LinkedHashMap<>();
    private final SendLimits limits = new SendLimits();
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private final Thread thread;
    private volatile boolean closing;

    Outbox() {
        thread = new Thread(this::loop, "telegram-outbox");
        thread.setDaemon(true);
        thread.start();
    }

    /** Queues {@code call} to chat {@code chat}; completes when Telegram accepted it. */
    <T> CompletableFuture<T> submit(long chat, Call<T> call) {
        Job<T> job = new Job<>(chat, call);
        lock.lock();
        try {
            queues.computeIfAbsent(chat, c -> new ArrayDeque<>()).addLast(job);
            changed.signalAll();
        } finally {
            lock.unlock();
        }
        return job.result;
    }

    private void loop() {
        while (true) {
            Job<?> job;
            lock.lock();
            try {
                job = next();
                if (job == null) {
                    if (closing) {
                        return;
                    }
                    changed.await(100, TimeUnit.MILLISECONDS);
                    continue;
                }
                long wait = earliest(job) - System.nanoTime();
                if (wait > 0) {
                    changed.awaitNanos(wait);
                    continue; // something sooner may have come in meanwhile
                }
            } catch (InterruptedException e) {
                return;
            } finally {
                lock.unlock();
            }
            run(job);
        }
    }

    private <T> void run(Job<T> job) {
        if (job.result.isDone()) { // cancelled by whoever was waiting for it: send nothing
            lock.lock();
            try {
                removeHead(job.chat);
            } finally {
                lock.unlock();
            }
            return;
        }
        try {
            T result = job.call.run();
            lock.lock();
            try {
                limits.sent(job.chat, System.nanoTime());
                removeHead(job.chat);
            } finally {
                lock.unlock();
            }
            job.result.complete(result);
        } catch (TelegramApiException e) {
            retryOrFail(job, e);
        } catch (RuntimeException e) {
            drop(job, e);
        }
    }

    private void retryOrFail(Job<?> job, TelegramApiException e) {
        Integer code = e instanceof TelegramApiRequestException request ? request.getErrorCode() : null;
        long now = System.nanoTime();
        if (code != null && code == 429) {
            Integer after = ((TelegramApiRequestException) e).getParameters() == null ? null
                    : ((TelegramApiRequestException) e).getParameters().getRetryAfter();
            long seconds = after == null ? 1 : after;
            LOG.warn("Telegram asks to wait {} s before sending to chat {} again", seconds, job.chat);
            job.notBefore = now + TimeUnit.SECONDS.toNanos(seconds);
        } else if (code == null || code == 0 || code >= 500) {
            // 0: the client could not read the answer at all, as when a proxy in front sends an HTML error page.
            job.failures++;
            long pause = Math.min(MAX_BACKOFF_NANOS, TimeUnit.SECONDS.toNanos(1L << Math.min(job.failures - 1, 5)));
            LOG.warn("Sending to chat {} failed ({}); trying again in {} s", job.chat, e.getMessage(),
                    TimeUnit.NANOSECONDS.toSeconds(pause));
            job.notBefore = now + pause;
        } else {
            drop(job, e);
        }
    }

    private void drop(Job<?> job, Exception e) {
        LOG.error("Telegram refused a message to chat {}: {}", job.chat, e.getMessage());
        lock.lock();
        try {
            removeHead(job.chat);
        } finally {
            lock.unlock();
        }
        job.result.completeExceptionally(e);
    }

    /** Takes the head job of {@code chat} off its queue. Called with the lock held. */
    private void removeHead(long chat) {
        Deque<Job<?>> queue = queues.get(chat);
        queue.pollFirst();
        if (queue.isEmpty()) {
            queues.remove(chat);
        }
    }

    /** The chat head that may go first. Called with the lock held. */
    private Job<?> next() {
        Job<?> best = null;
        long bestAt = Long.MAX_VALUE;
        for (Deque<Job<?>> queue : queues.values()) {
            Job<?> head = queue.peekFirst();
            long at = earliest(head);
            if (at < bestAt) {
                best = head;
                bestAt = at;
            }
        }
        return best;
    }

    /** When {@code job} may go, by its own wait and the limits. Called with the lock held. */
    private long earliest(Job<?> job) {
        return limits.earliest(job.chat, job.notBefore);
    }

    /** Sends what is queued (waiting at most {@code patience}), then stops. */
    void close(Duration patience) {
        closing = true;
        lock.lock();
        try {
            changed.signalAll();
        } finally {
            lock.unlock();
        }
        try {
            thread.join(patience.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        thread.interrupt();
    }

    @Override
    public void close() {
        close(Duration.ofSeconds(10));
    }
}
