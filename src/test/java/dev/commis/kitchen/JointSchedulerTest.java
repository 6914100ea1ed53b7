package dev.commis.kitchen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.commis.kitchen.JointScheduler.Placed;
import dev.commis.kitchen.JointScheduler.Schedule;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The joint scheduler on hand-made dinners, then on random ones (a seeded-random property loop). */
class JointSchedulerTest {

    private static final long MIN = 60;

    @Test
    void oneRecipeRunsItsStepsBackToBackAndEndsAtTheServingTime() {
        Schedule s = JointScheduler.schedule(List.of(List.of(StepWork.handsOn(10), StepWork.unattended(180),
                StepWork.handsOn(15), StepWork.unattended(30))));
        assertThat(s.recipes().get(0)).containsExactly(new Placed(235 * MIN, 225 * MIN), new Placed(225 * MIN, 45 * MIN),
                new Placed(45 * MIN, 30 * MIN), new Placed(30 * MIN, 0));
        assertThat(s.length()).isEqualTo(235 * MIN);
    }

    @Test
    void unattendedStepsOverlapAnything() {
        Schedule s = JointScheduler.schedule(List.of(List.of(StepWork.handsOn(5), StepWork.unattended(60)),
                List.of(StepWork.handsOn(20), StepWork.unattended(40))));
        assertThat(s.early(0)).isZero();
        assertThat(s.early(1)).isZero();
        assertThat(s.length()).isEqualTo(65 * MIN);
    }

    @Test
    void handsOnStepsTakeTurnsAndTheFirstRecipeGivenEndsAtTheServingTime() {
        // Both end with 10 hands-on minutes: one must be done first, 10 minutes early.
        Schedule s = JointScheduler.schedule(List.of(List.of(StepWork.unattended(20), StepWork.handsOn(10)),
                List.of(StepWork.unattended(20), StepWork.handsOn(10))));
        assertThat(s.early(0)).isZero();
        assertThat(s.early(1)).isEqualTo(10 * MIN);
        assertThat(s.length()).isEqualTo(40 * MIN);
    }

    @Test
    void theRecipeThatCannotWaitIsTheOneServedLast() {
        // The risotto ends with 20 hands-on minutes, the roast with a rest: the roast rests while the risotto is stirred.
        List<StepWork> roast = List.of(StepWork.handsOn(10), StepWork.unattended(90), StepWork.unattended(10));
        List<StepWork> risotto = List.of(StepWork.handsOn(5), StepWork.handsOn(20));
        Schedule s = JointScheduler.schedule(List.of(roast, risotto));
        assertThat(s.early(0)).isZero();
        assertThat(s.early(1)).isZero();
        assertThat(s.length()).isEqualTo(110 * MIN);
    }

    @Test
    void keepsEveryRecipeWithinHalfAnHourWhenTheOrderAllowsIt() {
        // Given first, the long stir would push the other 40 minutes early; the other way round it is 5.
        List<StepWork> longStir = List.of(StepWork.handsOn(40));
        List<StepWork> quick = List.of(StepWork.unattended(30), StepWork.handsOn(5));
        Schedule s = JointScheduler.schedule(List.of(longStir, quick));
        assertThat(s.early(0)).isEqualTo(5 * MIN);
        assertThat(s.early(1)).isZero();
    }

    @Test
    void refusesMoreThanSixRecipes() {
        List<List<StepWork>> seven = Collections.nCopies(7, List.of(StepWork.handsOn(5)));
        assertThatThrownBy(() -> JointScheduler.schedule(seven)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at most 6");
    }

    @Test
    void randomDinnersKeepEveryRule() {
        SplittableRandom random = new SplittableRandom(20261206);
        for (int run = 0; run < 200; run++) {
            List<List<StepWork>> dinner = randomDinner(random);
            Schedule s = JointScheduler.schedule(dinner);
            String what = "dinner #" + run + " " + dinner + " -> " + s;
            assertStepsKeepTheirLengthAndOrder(dinner, s, what);
            assertNoHandsOnOverlap(dinner, s, what);
            assertEndsAtTheServingTime(s, what);
            assertNothingStartsEarlierThanItMust(dinner, s, what);
        }
    }

    private static List<List<StepWork>> randomDinner(SplittableRandom random) {
        int recipes = random.nextInt(1, JointScheduler.MOST_RECIPES + 1);
        List<List<StepWork>> dinner = new ArrayList<>();
        for (int r = 0; r < recipes; r++) {
            int steps = random.nextInt(1, 7);
            List<StepWork> recipe = new ArrayList<>();
            for (int k = 0; k < steps; k++) {
                recipe.add(random.nextInt(3) == 0 ? StepWork.unattended(random.nextInt(1, 181))
                        : StepWork.handsOn(random.nextInt(1, 21)));
            }
            dinner.add(recipe);
        }
        return dinner;
    }

    private static void assertStepsKeepTheirLengthAndOrder(List<List<StepWork>> dinner, Schedule s, String what) {
        for (int r = 0; r < dinner.size(); r++) {
            List<Placed> placed = s.recipes().get(r);
            assertThat(placed).as(what).hasSameSizeAs(dinner.get(r));
            for (int k = 0; k < placed.size(); k++) {
                assertThat(placed.get(k).start() - placed.get(k).end()).as(what)
                        .isEqualTo(dinner.get(r).get(k).duration().toSeconds());
                assertThat(placed.get(k).end()).as(what).isNotNegative();
                if (k > 0) {
                    assertThat(placed.get(k).start()).as("%s: step %d of recipe %d starts after the one before ends", what, k, r)
                            .isLessThanOrEqualTo(placed.get(k - 1).end());
                }
            }
        }
    }

    private static void assertNoHandsOnOverlap(List<List<StepWork>> dinner, Schedule s, String what) {
        List<Placed> handsOn = handsOn(dinner, s);
        for (int i = 0; i < handsOn.size(); i++) {
            for (int j = i + 1; j < handsOn.size(); j++) {
                Placed a = handsOn.get(i);
                Placed b = handsOn.get(j);
                assertThat(a.end() >= b.start() || b.end() >= a.start()).as("%s: %s overlaps %s", what, a, b).isTrue();
            }
        }
    }

    private static void assertEndsAtTheServingTime(Schedule s, String what) {
        long earliest = java.util.stream.IntStream.range(0, s.recipes().size()).mapToLong(s::early).min().orElseThrow();
        assertThat(earliest).as("%s: one recipe ends at the serving time", what).isZero();
    }

    /**
     * Start as late as possible: a step that ends before the next step of its recipe starts (or a
     * recipe ready before the serving time) is a hands-on step that could not end any later,
     * because another hands-on step starts right when it ends.
     */
    private static void assertNothingStartsEarlierThanItMust(List<List<StepWork>> dinner, Schedule s, String what) {
        List<Placed> handsOn = handsOn(dinner, s);
        for (int r = 0; r < dinner.size(); r++) {
            List<Placed> placed = s.recipes().get(r);
            for (int k = 0; k < placed.size(); k++) {
                long latestEnd = k + 1 < placed.size() ? placed.get(k + 1).start() : 0;
                Placed step = placed.get(k);
                if (step.end() == latestEnd) {
                    continue;
                }
                assertThat(dinner.get(r).get(k).handsOn()).as("%s: unattended step %d of recipe %d waits", what, k, r).isTrue();
                assertThat(handsOn).as("%s: step %d of recipe %d could end later", what, k, r)
                        .anyMatch(other -> other != step && other.start() == step.end());
            }
        }
    }

    private static List<Placed> handsOn(List<List<StepWork>> dinner, Schedule s) {
        List<Placed> handsOn = new ArrayList<>();
        for (int r = 0; r < dinner.size(); r++) {
            for (int k = 0; k < dinner.get(r).size(); k++) {
                if (dinner.get(r).get(k).handsOn()) {
                    handsOn.add(s.recipes().get(r).get(k));
                }
            }
        }
        return handsOn;
    }
}
