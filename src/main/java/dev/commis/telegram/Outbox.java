package dev.commis.telegram;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;

/**
 * Every call that posts to a chat goes through here, within Telegram's limits ({@link SendLimits}). Calls to
 * different chats are in flight together (up to {@link #MAX_IN_FLIGHT}), so that a slow chat holds up no other;
 * calls to one chat go one at a time and keep their order. What a failure means is {@link SendFailure}'s to say:
 * on a 429 the same call waits {@code retry_after} and goes again; a call known not to have been delivered goes
 * again with growing pauses; a refusal, a local failure, or a call whose outcome is unknown fails, since sending it
 * again would fail again or might post it twice. {@link #close(Duration)} drains what is queued up to a deadline
 * and logs what is left.
 */
final class Outbox implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Outbox.class);

    /** Calls in flight at once: 30/s at a round trip of up to half a second, with room for a few slow chats. */
    static final int MAX_IN_FLIGHT = 16;
    private static final long MAX_BACKOFF_NANOS = TimeUnit.SECONDS.toNanos(30);
    private static final java.util.concurrent.atomic.AtomicLong SEQUENCE = new java.util.concurrent.atomic.AtomicLong();

    /** A call to the Bot API. */
    @FunctionalInterface
    interface Call<T> {
        T run() throws TelegramApiException;
    }

    private static final class Job<T> {
        final long chat;
        final Call<T> call;
        final CompletableFuture<T> result = new CompletableFuture<>();
        /** Submission order: among calls that may go, the oldest goes first, whatever its chat. */
        final long sequence = SEQUENCE.getAndIncrement();
        long notBefore = Long.MIN_VALUE;
        int failures;

        Job(long chat, Call<T> call) {
            this.chat = chat;
            this.call = call;
        }
    }

    private final Map<Long, Deque<Job<?>>> queues = new LinkedHashMap<>();
    private final Set<Long> inFlight = new HashSet<>();
    private final SendLimits limits = new SendLimits();
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private final OutboxClock clock;
    private final ExecutorService senders;
    private final Thread thread;
    private volatile boolean closing;

    Outbox() {
        this(OutboxClock.SYSTEM);
    }

    Outbox(OutboxClock clock) {
        this.clock = clock;
        this.senders = Executors.newFixedThreadPool(MAX_IN_FLIGHT, runnable -> {
            Thread sender = new Thread(runnable, "telegram-send");
            sender.setDaemon(true);
            return sender;
        });
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
        lock.lock();
        try {
            while (true) {
                dropCancelledHeads();
                if (closing && queues.isEmpty() && inFlight.isEmpty()) {
                    return;
                }
                Job<?> job = inFlight.size() < MAX_IN_FLIGHT ? next() : null;
                long wait = job == null ? OutboxClock.FOREVER : waitFor(job);
                if (wait > 0) {
                    clock.await(changed, wait);
                    continue; // something sooner may have come in meanwhile
                }
                inFlight.add(job.chat);
                // Counted when it leaves, not when it lands: the limits hold however long Telegram takes.
                limits.sent(job.chat, clock.nanoTime());
                senders.execute(() -> run(job));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            lock.unlock();
        }
    }

    private <T> void run(Job<T> job) {
        if (job.result.isDone()) { // given up on since it was picked: send nothing
            finish(job);
            return;
        }
        T result;
        try {
            result = job.call.run();
        } catch (TelegramApiException | RuntimeException e) {
            failed(job, e);
            return;
        }
        finish(job);
        job.result.complete(result);
    }

    private void failed(Job<?> job, Exception e) {
        SendFailure failure = SendFailure.of(e);
        lock.lock();
        try {
            long now = clock.nanoTime();
            switch (failure) {
                case TOO_MANY_REQUESTS -> {
                    long seconds = retryAfter(e);
                    LOG.warn("Telegram asks to wait {} s before sending to chat {} again", seconds, job.chat);
                    job.notBefore = now + TimeUnit.SECONDS.toNanos(seconds);
                }
                case NOT_DELIVERED -> {
                    job.failures++;
                    long pause = Math.min(MAX_BACKOFF_NANOS, TimeUnit.SECONDS.toNanos(1L << Math.min(job.failures - 1, 5)));
                    LOG.warn("Sending to chat {} failed ({}); trying again in {} s", job.chat, e.getMessage(),
                            TimeUnit.NANOSECONDS.toSeconds(pause));
                    job.notBefore = now + pause;
                }
                default -> {
                    log(job, failure, e);
                    removeHead(job.chat);
                }
            }
            inFlight.remove(job.chat);
            changed.signalAll();
        } finally {
            lock.unlock();
        }
        if (failure != SendFailure.TOO_MANY_REQUESTS && failure != SendFailure.NOT_DELIVERED) {
            job.result.completeExceptionally(failure == SendFailure.OUTCOME_UNKNOWN ? new SendOutcomeUnknown(e) : e);
        }
    }

    private static void log(Job<?> job, SendFailure failure, Exception e) {
        switch (failure) {
            case OUTCOME_UNKNOWN -> LOG.error("No answer from Telegram to a message to chat {} ({}): it may have been posted,"
                    + " so it is not sent again", job.chat, e.getMessage());
            case LOCAL -> LOG.error("A message to chat {} could not be sent: {}", job.chat, e.toString());
            default -> LOG.error("Telegram refused a message to chat {}: {}", job.chat, e.getMessage());
        }
    }

    private static long retryAfter(Exception e) {
        TelegramApiRequestException request = (TelegramApiRequestException) e;
        Integer after = request.getParameters() == null ? null : request.getParameters().getRetryAfter();
        return after == null ? 1 : Math.max(0, after);
    }

    private void finish(Job<?> job) {
        lock.lock();
        try {
            limits.answered(job.chat, clock.nanoTime());
            removeHead(job.chat);
            inFlight.remove(job.chat);
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** Takes the head job of {@code chat} off its queue. Called with the lock held. */
    private void removeHead(long chat) {
        Deque<Job<?>> queue = queues.get(chat);
        queue.pollFirst();
        if (queue.isEmpty()) {
            queues.remove(chat);
        }
    }

    /** Drops the heads whoever waited for gave up on (a reminder that took too long): they are not sent. Lock held. */
    private void dropCancelledHeads() {
        for (Long chat : new ArrayList<>(queues.keySet())) {
            while (!inFlight.contains(chat) && queues.containsKey(chat) && queues.get(chat).peekFirst().result.isDone()) {
                removeHead(chat);
            }
        }
    }

    /**
     * The head of a chat with nothing in flight that may go first: the soonest, and among those that may go now
     * the oldest (so that a chat's later replies do not overtake other chats' first ones). Called with the lock held.
     */
    private Job<?> next() {
        long now = clock.nanoTime();
        Job<?> best = null;
        long bestAt = Long.MAX_VALUE;
        for (Map.Entry<Long, Deque<Job<?>>> queue : queues.entrySet()) {
            if (inFlight.contains(queue.getKey())) {
                continue;
            }
            Job<?> head = queue.getValue().peekFirst();
            long at = Math.max(earliest(head), now);
            if (best == null || at < bestAt || at == bestAt && head.sequence < best.sequence) {
                best = head;
                bestAt = at;
            }
        }
        return best;
    }

    /** How long until {@code job} may go; 0 when it may go now. Called with the lock held. */
    private long waitFor(Job<?> job) {
        long at = earliest(job);
        long now = clock.nanoTime();
        return at <= now ? 0 : at - now; // no subtraction from "no limit" (Long.MIN_VALUE), which would overflow
    }

    /** When {@code job} may go, by its own wait and the limits. Called with the lock held. */
    private long earliest(Job<?> job) {
        return limits.earliest(job.chat, job.notBefore);
    }

    /**
     * Sends what is queued, waiting at most {@code patience} on the real clock, then stops; logs what could not
     * be sent in time (and fails it), so that nothing is dropped unsaid.
     */
    void close(Duration patience) {
        closing = true;
        lock.lock();
        try {
            changed.signalAll();
        } finally {
            lock.unlock();
        }
        try {
            thread.join(Math.max(1, patience.toMillis()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        thread.interrupt();
        List<Job<?>> left = new ArrayList<>();
        lock.lock();
        try {
            queues.values().forEach(left::addAll);
            queues.clear();
        } finally {
            lock.unlock();
        }
        if (!left.isEmpty()) {
            LOG.error("Stopping with {} message(s) to Telegram not sent within {} ms, to chat(s) {}", left.size(),
                    patience.toMillis(), left.stream().map(job -> job.chat).distinct().toList());
            left.forEach(job -> job.result.completeExceptionally(new IllegalStateException("Commis stopped before sending it")));
        }
        senders.shutdownNow();
    }

    @Override
    public void close() {
        close(Duration.ofSeconds(10));
    }
}
