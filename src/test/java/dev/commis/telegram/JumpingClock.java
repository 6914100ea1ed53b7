package dev.commis.telegram;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.Condition;

/**
 * A clock for the outbox that jumps instead of sleeping: a wait with a deadline moves the time to that deadline
 * at once (after a moment of real time for other threads), so that a test of a minute of Telegram's limits takes
 * milliseconds. A wait without a deadline waits, really, for a signal. {@link #asClock()} is the same time as a
 * {@link Clock}, for the fake Bot API's arrival times.
 */
final class JumpingClock implements OutboxClock {

    private static final Instant START = Instant.parse("2026-11-27T16:00:00Z");

    private final AtomicLong nanos = new AtomicLong(TimeUnit.HOURS.toNanos(1));

    @Override
    public long nanoTime() {
        return nanos.get();
    }

    @Override
    public void await(Condition changed, long wait) throws InterruptedException {
        if (wait == FOREVER) {
            changed.await(20, TimeUnit.MILLISECONDS);
            return;
        }
        // A moment of real time first: a call about to finish may change what is due.
        if (!changed.await(2, TimeUnit.MILLISECONDS)) {
            long deadline = nanos.get() + wait;
            nanos.accumulateAndGet(deadline, Math::max);
        }
    }

    /** This time as a {@link Clock}, in UTC. */
    Clock asClock() {
        return new Clock() {
            @Override
            public ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return START.plusNanos(nanos.get());
            }
        };
    }
}
