package dev.commis.kitchen;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Schedules several recipes on one cook's timeline, backwards from the serving time. Within a recipe
 * the steps keep their order; across recipes hands-on steps never overlap, unattended ones overlap
 * anything. One recipe ends exactly at the serving time, the others as close to it as the hands-on
 * steps allow (at most {@link #MOST_EARLY} before when that can be done at all), and everything
 * starts as late as it can.
 *
 * <p>Times are seconds before the serving time. The scheduler is exact over the order in which
 * recipes yield to one another and greedy within one order: for every priority order of the recipes
 * (at most 6! = 720, see {@link #MOST_RECIPES}) it places the recipes one after the other, each step
 * from the last backwards as late as it fits between the hands-on steps already placed, and keeps
 * the best plan (fewest minutes past the early limit, then fewest minutes early in all, then the
 * latest start, then the order the recipes were given in). Why not fully exact: the interleavings of
 * six recipes' hands-on steps are far too many to try, and a home dinner seldom gains from a recipe
 * yielding for one step and not the next; the placement never leaves a step earlier than needed,
 * which the tests check on random recipes.
 */
public final class JointScheduler {

    /** More recipes than this are refused: 6! priority orders is the most this scheduler tries. */
    public static final int MOST_RECIPES = 6;
    /** A recipe other than the last served should not be ready longer than this before the serving time. */
    public static final Duration MOST_EARLY = Duration.ofMinutes(30);

    /** Where a step lands: seconds before the serving time at which it starts and ends ({@code start >= end}). */
    public record Placed(long start, long end) {
    }

    /**
     * A schedule: for each recipe, in the order given, where each of its steps lands.
     *
     * @param recipes per recipe, per step, its place
     */
    public record Schedule(List<List<Placed>> recipes) {

        public Schedule {
            recipes = recipes.stream().map(List::copyOf).toList();
        }

        /** How long before the serving time the first step starts. */
        public long length() {
            return recipes.stream().flatMap(List::stream).mapToLong(Placed::start).max().orElse(0);
        }

        /** How long before the serving time recipe {@code r} is ready. */
        public long early(int r) {
            List<Placed> steps = recipes.get(r);
            return steps.isEmpty() ? 0 : steps.get(steps.size() - 1).end();
        }
    }

    private JointScheduler() {
    }

    /** The best schedule of {@code recipes} (each a list of steps in order) that this scheduler finds. */
    public static Schedule schedule(List<List<StepWork>> recipes) {
        if (recipes.size() > MOST_RECIPES) {
            throw new IllegalArgumentException("at most " + MOST_RECIPES + " recipes, not " + recipes.size());
        }
        int[] order = new int[recipes.size()];
        Arrays.setAll(order, i -> i);
        long[][] ends = new long[recipes.size()][];
        Arrays.setAll(ends, r -> new long[recipes.get(r).size()]);
        int[] bestOrder = order.clone();
        long[] bestScore = null;
        do {
            place(recipes, order, ends);
            long[] score = score(recipes, ends);
            if (bestScore == null || Arrays.compare(score, bestScore) < 0) {
                bestOrder = order.clone();
                bestScore = score;
            }
        } while (nextPermutation(order));
        return placeInOrder(recipes, bestOrder);
    }

    /** Lower is better: seconds past the early limit, seconds early in all, length. */
    private static long[] score(List<List<StepWork>> recipes, long[][] ends) {
        long past = 0;
        long early = 0;
        long length = 0;
        for (int r = 0; r < recipes.size(); r++) {
            int last = ends[r].length - 1;
            long e = last < 0 ? 0 : ends[r][last];
            early += e;
            past += Math.max(0, e - MOST_EARLY.toSeconds());
            for (int k = 0; k <= last; k++) {
                length = Math.max(length, ends[r][k] + recipes.get(r).get(k).duration().toSeconds());
            }
        }
        return new long[] {past, early, length};
    }

    /** Recipes placed one after the other in {@code order}, each step as late as it fits. */
    static Schedule placeInOrder(List<List<StepWork>> recipes, int[] order) {
        long[][] ends = new long[recipes.size()][];
        Arrays.setAll(ends, r -> new long[recipes.get(r).size()]);
        place(recipes, order, ends);
        List<List<Placed>> placed = new ArrayList<>();
        for (int r = 0; r < recipes.size(); r++) {
            List<Placed> steps = new ArrayList<>();
            for (int k = 0; k < ends[r].length; k++) {
                steps.add(new Placed(ends[r][k] + recipes.get(r).get(k).duration().toSeconds(), ends[r][k]));
            }
            placed.add(steps);
        }
        return new Schedule(placed);
    }

    /** Fills {@code ends} (seconds before serving at which each step ends) placing the recipes in {@code order}. */
    private static void place(List<List<StepWork>> recipes, int[] order, long[][] ends) {
        List<long[]> busy = new ArrayList<>(); // hands-on intervals [end, start) in seconds before serving, sorted
        for (int r : order) {
            List<StepWork> steps = recipes.get(r);
            long at = 0;
            for (int k = steps.size() - 1; k >= 0; k--) {
                long length = steps.get(k).duration().toSeconds();
                long end = steps.get(k).handsOn() ? lateFree(busy, at, length) : at;
                if (steps.get(k).handsOn()) {
                    occupy(busy, end, end + length);
                }
                ends[r][k] = end;
                at = end + length;
            }
        }
    }

    /** The smallest end, at least {@code from}, at which a hands-on step of {@code length} overlaps none of {@code busy}. */
    private static long lateFree(List<long[]> busy, long from, long length) {
        long end = from;
        for (long[] taken : busy) {
            if (taken[0] < end + length && end < taken[1]) {
                end = taken[1];
            }
        }
        return end;
    }

    private static void occupy(List<long[]> busy, long from, long to) {
        int i = 0;
        while (i < busy.size() && busy.get(i)[0] < from) {
            i++;
        }
        busy.add(i, new long[] {from, to});
    }

    /** Steps {@code order} to its next permutation in lexicographic order; false after the last. */
    private static boolean nextPermutation(int[] order) {
        int i = order.length - 2;
        while (i >= 0 && order[i] >= order[i + 1]) {
            i--;
        }
        if (i < 0) {
            return false;
        }
        int j = order.length - 1;
        while (order[j] <= order[i]) {
            j--;
        }
        swap(order, i, j);
        for (int a = i + 1, b = order.length - 1; a < b; a++, b--) {
            swap(order, a, b);
        }
        return true;
    }

    private static void swap(int[] order, int a, int b) {
        int t = order[a];
        order[a] = order[b];
        order[b] = t;
    }
}
