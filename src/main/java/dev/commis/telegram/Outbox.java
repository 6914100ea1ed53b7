package dev.commis.telegram;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.UnaryOperator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;

/**
 * Every call that posts to a chat goes through here, within Telegram's limits ({@link SendLimits}). Calls to
 * different chats are in flight together (up to {@link #MAX_IN_FLIGHT}), so that a slow chat holds up no other;
 * calls to one chat go one at a time and keep their order. What a failure means is {@link SendFailure}'s to say:
 * on a 429 the same call waits {@code retry_after} and goes again; a call known not to have been delivered goes
 * again with growing pauses; a refusal, a local failure, or a call whose outcome is unknown fails, since sending it
 * again would fail again or might post it twice. {@link #close(Duration)} drains what is queued up to a deadline
 * and logs what is left: a call not begun as not sent, a call under way (it may have reached Telegram) as of unknown
 * outcome. The pieces: {@link ChatQueues} (what waits, per chat), {@link SendLimits} (Telegram's
 * pace), {@link FailedCalls} (what a failure leads to).
 */
final class Outbox implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Outbox.class);

    /** Calls in flight at once: 30/s at a round trip of up to half a second, with room for a few slow chats. */
    static final int MAX_IN_FLIGHT = 16;

    /** A call to the Bot API. */
    @FunctionalInterface
    interface Call<T> {
        T run() throws TelegramApiException;
    }

    private final ChatQueues queues = new ChatQueues();
    private final SendLimits limits = new SendLimits();
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private final OutboxClock clock;
    private final ExecutorService senders;
    private final UnaryOperator<Runnable> handOver;
    private final Thread thread;
    private volatile boolean closing;
    /** Past the stop's deadline: no call begins any more. Guarded by {@link #lock}. */
    private boolean stopped;

    /** What a stop left: calls never begun (not sent), calls begun and not answered (perhaps posted). */
    record Left(int notSent, int underWay) {
    }

    Outbox() {
        this(OutboxClock.SYSTEM);
    }

    Outbox(OutboxClock clock) {
        this(clock, UnaryOperator.identity());
    }

    /**
     * {@code handOver} wraps each call as it leaves for a sender thread, on the outbox's own thread and at the time
     * it leaves: a test notes that time there, since the sender thread may only run it after the clock moved on.
     */
    Outbox(OutboxClock clock, UnaryOperator<Runnable> handOver) {
        this.clock = clock;
        this.handOver = handOver;
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
        OutboxJob<T> job = new OutboxJob<>(chat, call);
        lock.lock();
        try {
            queues.add(job);
            changed.signalAll();
        } finally {
            lock.unlock();
        }
        return job.result;
    }

    private void loop() {
        lock.lock();
        try {
            while (!stopped) {
                queues.dropCancelledHeads();
                if (closing && queues.isIdle()) {
                    return;
                }
                OutboxJob<?> job = queues.inFlight() < MAX_IN_FLIGHT ? queues.next(clock.nanoTime(), limits) : null;
                long wait = job == null ? OutboxClock.FOREVER : waitFor(job);
                if (wait > 0) {
                    clock.await(changed, wait);
                    continue; // something sooner may have come in meanwhile
                }
                queues.leaves(job);
                // Counted when it leaves, not when it lands: the limits hold however long Telegram takes.
                limits.sent(job.chat, clock.nanoTime());
                senders.execute(handOver.apply(() -> run(job)));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            lock.unlock();
        }
    }

    private <T> void run(OutboxJob<T> job) {
        if (!begins(job)) {
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

    /**
     * Whether {@code job}'s call begins now (marked under way), or not at all: given up on since it was picked, or
     * the stop came first. Under the lock, so that a stop finds each call either under way or surely not sent.
     */
    private boolean begins(OutboxJob<?> job) {
        lock.lock();
        try {
            job.underWay = !stopped && !job.result.isDone();
            return job.underWay;
        } finally {
            lock.unlock();
        }
    }

    private void failed(OutboxJob<?> job, Exception e) {
        SendFailure failure = SendFailure.of(e);
        boolean again;
        lock.lock();
        try {
            job.underWay = false;
            if (stopped) {
                return; // the stop has already reported it as perhaps posted, and nothing goes again
            }
            again = FailedCalls.goesAgain(job, failure, e, clock.nanoTime());
            queues.landed(job.chat, !again);
            changed.signalAll();
        } finally {
            lock.unlock();
        }
        if (!again) {
            job.result.completeExceptionally(FailedCalls.reported(failure, e));
        }
    }

    private void finish(OutboxJob<?> job) {
        lock.lock();
        try {
            job.underWay = false;
            if (stopped) {
                return; // drained and reported by the stop
            }
            limits.answered(job.chat, clock.nanoTime());
            queues.landed(job.chat, true);
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** How long until {@code job} may go, by its own wait and the limits; 0 when it may go now. Lock held. */
    private long waitFor(OutboxJob<?> job) {
        long at = limits.earliest(job.chat, job.notBefore);
        long now = clock.nanoTime();
        return at <= now ? 0 : at - now; // no subtraction from "no limit" (Long.MIN_VALUE), which would overflow
    }

    /**
     * Sends what is queued, waiting at most {@code patience} on the real clock, then stops: no call begins any more.
     * Logs what is left and fails it, so that nothing is dropped unsaid: a call not begun as not sent; a call under
     * way as perhaps posted ({@link SendOutcomeUnknown}), since its request may already have reached Telegram.
     */
    Left close(Duration patience) {
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
        List<OutboxJob<?>> underWay;
        List<OutboxJob<?>> notSent;
        lock.lock();
        try {
            stopped = true;
            List<OutboxJob<?>> left = queues.drain();
            // A call under way stays the head of its chat until it comes back: one that comes back after this is
            // reported as perhaps posted, which it may well be.
            underWay = left.stream().filter(job -> job.underWay).toList();
            notSent = left.stream().filter(job -> !job.underWay).toList();
        } finally {
            lock.unlock();
        }
        if (!notSent.isEmpty()) {
            LOG.error("Stopping with {} message(s) to Telegram not sent within {} ms, to chat(s) {}", notSent.size(),
                    patience.toMillis(), chats(notSent));
            notSent.forEach(job -> job.result.completeExceptionally(new IllegalStateException("Commis stopped before sending it")));
        }
        if (!underWay.isEmpty()) {
            LOG.error("Stopping with {} message(s) to Telegram sent without an answer within {} ms, to chat(s) {}: they"
                    + " may have been posted", underWay.size(), patience.toMillis(), chats(underWay));
            underWay.forEach(job -> job.result.completeExceptionally(
                    new SendOutcomeUnknown(new IllegalStateException("Commis stopped before Telegram answered"))));
        }
        senders.shutdownNow();
        return new Left(notSent.size(), underWay.size());
    }

    private static List<Long> chats(List<OutboxJob<?>> jobs) {
        return jobs.stream().map(job -> job.chat).distinct().toList();
    }

    @Override
    public void close() {
        close(Duration.ofSeconds(10));
    }
}
