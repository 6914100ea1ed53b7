package dev.commis.telegram;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;

/**
 * The outbox's time: a monotonic clock in nanoseconds, and how to wait on it. Injected so that tests run the
 * outbox's pauses (a second per chat, {@code retry_after}, back-off) on a clock that jumps instead of sleeping.
 */
interface OutboxClock {

    /** Waiting with no deadline: until something changes. */
    long FOREVER = Long.MAX_VALUE;

    /** The real clock: {@link System#nanoTime()} and a real wait. */
    OutboxClock SYSTEM = new OutboxClock() {
        @Override
        public long nanoTime() {
            return System.nanoTime();
        }

        @Override
        public void await(Condition changed, long nanos) throws InterruptedException {
            // Bounded even "forever", so that a lost signal costs a short delay, not a hang.
            changed.awaitNanos(Math.min(nanos, TimeUnit.MILLISECONDS.toNanos(100)));
        }
    };

    long nanoTime();

    /**
     * Waits on {@code changed} (its lock held) until it is signalled or {@code nanos} passed on this clock;
     * {@link #FOREVER} waits for a signal only. May return early.
     */
    void await(Condition changed, long nanos) throws InterruptedException;
}
