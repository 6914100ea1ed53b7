package dev.commis.testing;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * A fake server's record of what it was sent, that tests can wait on: the fake records under
 * this object's monitor and calls {@code notifyAll()}; {@link #await} looks again after every
 * change until what it looks for is there or the time is up.
 */
public abstract class AwaitingLog {

    /**
     * What {@code find} finds (asked with the monitor held), asked again after every change until
     * {@code timeout}; else an AssertionError that shows what {@code seen} says there was.
     */
    public <T> T await(Supplier<Optional<T>> find, Duration timeout, String what, Supplier<String> seen) {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (this) {
            while (true) {
                Optional<T> found = find.get();
                if (found.isPresent()) {
                    return found.get();
                }
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new AssertionError("no " + what + " matched within " + timeout + "; saw " + seen.get());
                }
                try {
                    wait(Math.max(1, left / 1_000_000));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new AssertionError("interrupted while waiting for a " + what, e);
                }
            }
        }
    }
}
