package dev.commis.kitchen;

import java.time.Duration;
import java.util.Objects;

/**
 * What one step asks of the cook: how long it takes and whether the cook's hands are busy all that
 * time ({@code handsOn}) or only start it and wait (an unattended bake, simmer, rest...).
 *
 * @param handsOn  whether the cook must stay at it for its whole duration
 * @param duration how long it takes: its first timer, or an estimate for a step without one; never zero
 */
public record StepWork(boolean handsOn, Duration duration) {

    public StepWork {
        Objects.requireNonNull(duration, "duration");
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException("a step takes some time, not " + duration);
        }
    }

    /** A hands-on step of {@code minutes}. */
    public static StepWork handsOn(long minutes) {
        return new StepWork(true, Duration.ofMinutes(minutes));
    }

    /** An unattended step of {@code minutes}. */
    public static StepWork unattended(long minutes) {
        return new StepWork(false, Duration.ofMinutes(minutes));
    }
}
