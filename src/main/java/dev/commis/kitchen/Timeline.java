package dev.commis.kitchen;

import dev.commis.vault.Recipe;
import dev.commis.vault.Step;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A recipe's cook timeline as Commis reads it: each step with the timers found in its text. It
 * can plan backwards from a serving time: untimed steps share the recipe's preparation time,
 * timed steps take their first timer's duration, one after the other.
 */
public record Timeline(Recipe recipe, List<StepTimers> steps) {

    /** One step and its timers, in the order they appear. */
    public record StepTimers(Step step, List<StepTimer> timers) {
        public StepTimers {
            timers = List.copyOf(timers);
        }

        /** The step's own duration: its first timer, or none. */
        public Duration duration() {
            return timers.isEmpty() ? Duration.ZERO : Duration.ofSeconds(timers.get(0).seconds());
        }
    }

    /** When one step starts in a backward plan. */
    public record Slot(StepTimers step, Instant start) {
    }

    /** A backward plan: when to begin (preparation included) and when each step starts. */
    public record Plan(Instant begin, List<Slot> slots) {
        public Plan {
            slots = List.copyOf(slots);
        }
    }

    public Timeline {
        steps = List.copyOf(steps);
    }

    /** Reads every step of {@code recipe}. */
    public static Timeline of(Recipe recipe) {
        List<StepTimers> steps = new ArrayList<>();
        for (Step step : recipe.steps()) {
            steps.add(new StepTimers(step, StepDurations.find(step.text())));
        }
        return new Timeline(recipe, steps);
    }

    /** The time the timed steps take, one after the other. */
    public Duration timed() {
        return steps.stream().map(StepTimers::duration).reduce(Duration.ZERO, Duration::plus);
    }

    /** The whole cook: the recipe's preparation time (0 when it says none) and the timed steps. */
    public Duration total() {
        return prep().plus(timed());
    }

    /**
     * When each step starts for the recipe to be ready at {@code ready}. Untimed steps share the
     * preparation time; when every step is timed, the preparation comes before the first.
     */
    public Plan backwardsFrom(Instant ready) {
        long untimed = steps.stream().filter(step -> step.timers().isEmpty()).count();
        Duration share = untimed == 0 ? Duration.ZERO : prep().dividedBy(untimed);
        Instant begin = ready.minus(total());
        Instant at = untimed == 0 ? begin.plus(prep()) : begin;
        List<Slot> slots = new ArrayList<>();
        for (StepTimers step : steps) {
            slots.add(new Slot(step, at));
            at = at.plus(step.timers().isEmpty() ? share : step.duration());
        }
        return new Plan(begin, slots);
    }

    private Duration prep() {
        return Duration.ofMinutes(recipe.facts().prepMinutes().orElse(0));
    }
}
