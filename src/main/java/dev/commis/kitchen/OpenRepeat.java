package dev.commis.kitchen;

import java.util.Objects;

/**
 * A repeated action with no timer to belong to ("Cook, stirring every 5 minutes, until the sauce
 * thickens"): a period but no end, since the step ends when the cook sees it done, not at a time.
 * It is no {@link StepTimer}: plans and timelines, which add up durations, never see it.
 *
 * @param everySeconds the period, more than 0
 * @param text         the repeat's words, as written in the step (e.g. "stirring every 5 minutes")
 */
public record OpenRepeat(long everySeconds, String text) {

    public OpenRepeat {
        Objects.requireNonNull(text, "text");
        if (everySeconds <= 0) {
            throw new IllegalArgumentException("a repeat's period is more than 0 s: " + everySeconds);
        }
    }
}
