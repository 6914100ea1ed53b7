package dev.commis.kitchen;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Several recipes cooked together by one cook, on one timeline that ends at the serving time (see
 * {@link JointScheduler} for the rules). Built for a serving time, or for as soon as possible.
 *
 * @param ready   when everything is ready: the last recipe served ends then
 * @param recipes each recipe's steps, in the order the recipes were given
 */
public record JointPlan(Instant ready, List<RecipePlan> recipes) {

    /** One step placed on the timeline: its timers, its work, when it starts and ends. */
    public record PlannedStep(int index, Timeline.StepTimers step, StepWork work, Instant start, Instant end) {
    }

    /** One recipe's steps on the timeline, in the recipe's order. */
    public record RecipePlan(Timeline timeline, List<PlannedStep> steps) {

        public RecipePlan {
            steps = List.copyOf(steps);
        }

        /** When its first step starts. */
        public Instant begin() {
            return steps.stream().map(PlannedStep::start).min(Comparator.naturalOrder()).orElseThrow();
        }

        /** When its last step ends: when it is ready. */
        public Instant end() {
            return steps.get(steps.size() - 1).end();
        }
    }

    /** One entry of the merged timeline: a step and the recipe it belongs to. */
    public record Entry(RecipePlan recipe, PlannedStep step) {
    }

    public JointPlan {
        recipes = List.copyOf(recipes);
    }

    /**
     * The plan of {@code timelines} to be ready at {@code ready}. Recipes without steps have nothing
     * to plan and must be left out by the caller.
     */
    public static JointPlan readyAt(List<Timeline> timelines, Instant ready) {
        List<List<StepWork>> works = timelines.stream().map(HandsOn::of).toList();
        return of(timelines, works, JointScheduler.schedule(works), ready);
    }

    /** The plan of {@code timelines} that starts at {@code now}, rounded up to the next whole minute. */
    public static JointPlan asSoonAsPossible(List<Timeline> timelines, Instant now) {
        List<List<StepWork>> works = timelines.stream().map(HandsOn::of).toList();
        JointScheduler.Schedule schedule = JointScheduler.schedule(works);
        Instant minute = now.truncatedTo(ChronoUnit.MINUTES);
        Instant begin = minute.equals(now) ? now : minute.plus(Duration.ofMinutes(1));
        return of(timelines, works, schedule, begin.plusSeconds(schedule.length()));
    }

    private static JointPlan of(List<Timeline> timelines, List<List<StepWork>> works, JointScheduler.Schedule schedule,
            Instant ready) {
        List<RecipePlan> recipes = new ArrayList<>();
        for (int r = 0; r < timelines.size(); r++) {
            Timeline timeline = timelines.get(r);
            List<PlannedStep> steps = new ArrayList<>();
            for (int k = 0; k < timeline.steps().size(); k++) {
                JointScheduler.Placed placed = schedule.recipes().get(r).get(k);
                steps.add(new PlannedStep(k, timeline.steps().get(k), works.get(r).get(k),
                        ready.minusSeconds(placed.start()), ready.minusSeconds(placed.end())));
            }
            recipes.add(new RecipePlan(timeline, steps));
        }
        return new JointPlan(ready, recipes);
    }

    /** When the first step starts. */
    public Instant begin() {
        return recipes.stream().map(RecipePlan::begin).min(Comparator.naturalOrder()).orElse(ready);
    }

    /** From the first step to the serving time. */
    public Duration length() {
        return Duration.between(begin(), ready);
    }

    /** Every step of every recipe, by start time; at the same time, in the order the recipes were given. */
    public List<Entry> merged() {
        List<Entry> entries = new ArrayList<>();
        for (RecipePlan recipe : recipes) {
            for (PlannedStep step : recipe.steps()) {
                entries.add(new Entry(recipe, step));
            }
        }
        entries.sort(Comparator.comparing((Entry e) -> e.step().start()));
        return entries;
    }
}
