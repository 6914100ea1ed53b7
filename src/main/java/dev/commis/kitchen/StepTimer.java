package dev.commis.kitchen;

import java.util.Objects;
import java.util.OptionalLong;

/**
 * One timer read from a step: the time to remind at, the high end of a range, the period of a
 * repeat inside it, and the words it was read from.
 *
 * @param seconds      the duration to time (the low end of a range)
 * @param maxSeconds   the high end of a range ("25-30 minutes"), or empty
 * @param everySeconds the period of a repeated action inside this timer ("stir every 10 minutes"), or empty
 * @param text         the words it read, as written in the step (e.g. "cook for 3 hours",
 *                     "return to the smoker for 30 minutes. Stir pork every 10 minutes")
 */
public record StepTimer(long seconds, OptionalLong maxSeconds, OptionalLong everySeconds, String text) {

    public StepTimer {
        Objects.requireNonNull(maxSeconds, "maxSeconds");
        Objects.requireNonNull(everySeconds, "everySeconds");
        Objects.requireNonNull(text, "text");
    }
}
