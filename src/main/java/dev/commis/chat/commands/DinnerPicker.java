package dev.commis.chat.commands;

import dev.commis.text.Folding;
import dev.commis.vault.Recipe;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.random.RandomGenerator;

/**
 * Draws different recipes for a group to choose from ({@code /vote}) or to cook through a week ({@code /week}):
 * never the same recipe twice, proteins as varied as the pool allows, then cuisines, and for a week quick recipes
 * on weekdays when there are enough. Each pick goes to the recipe with the fewest repeats so far, ties broken by a
 * draw from the injected randomness, so the same seed gives the same picks.
 */
public final class DinnerPicker {

    /** Days of a week, Monday first; the first five are weekdays. */
    public static final int DAYS = 7;
    private static final int WEEKDAYS = 5;
    /** A protein already chosen weighs most: a varied table matters more than anything else here. */
    private static final int SAME_PROTEIN = 4;
    /** A slow recipe on a weekday weighs less than a repeated protein and more than a repeated cuisine. */
    private static final int SLOW_ON_WEEKDAY = 3;
    private static final int SAME_CUISINE = 2;
    /** Course facts that name a main course (as {@link Folding#key} keys), in French and English. */
    private static final Set<String> MAIN_COURSES = Set.of("plat_principal", "plats_principaux", "plat", "plats",
            "main", "mains", "main_course", "main_courses", "main_dish", "main_dishes", "dinner", "diner");

    private final RandomGenerator random;
    private final int quickMinutes;

    /** @param quickMinutes the most minutes a weekday recipe should take when the pool allows */
    public DinnerPicker(RandomGenerator random, int quickMinutes) {
        this.random = random;
        this.quickMinutes = quickMinutes;
    }

    /** Up to {@code count} different recipes of {@code pool}, proteins and cuisines as varied as it allows. */
    public List<Recipe> pick(List<Recipe> pool, int count) {
        List<Recipe> chosen = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Optional<Recipe> next = best(pool, chosen, false);
            if (next.isEmpty()) {
                break;
            }
            chosen.add(next.get());
        }
        return chosen;
    }

    /**
     * Up to seven different main courses of {@code pool} ({@link #isMainCourse}), Monday first: varied proteins
     * and cuisines, quick ones (at most the quick threshold) on weekdays when the pool has them.
     */
    public List<Recipe> week(List<Recipe> pool) {
        List<Recipe> mains = mainCourses(pool);
        List<Recipe> week = new ArrayList<>();
        for (int day = 0; day < DAYS; day++) {
            Optional<Recipe> next = best(mains, week, day < WEEKDAYS);
            if (next.isEmpty()) {
                break;
            }
            week.add(next.get());
        }
        return week;
    }

    /** Another main course of {@code pool} for {@code day} of {@code week}, none of the week's; empty when there is none. */
    public Optional<Recipe> swap(List<Recipe> pool, List<Recipe> week, int day) {
        List<Recipe> others = new ArrayList<>(week);
        Recipe replaced = others.remove(day);
        Set<String> taken = ids(week);
        List<Recipe> candidates = mainCourses(pool).stream().filter(recipe -> !taken.contains(recipe.id())).toList();
        Optional<Recipe> next = best(candidates, others, day < WEEKDAYS);
        return next.filter(recipe -> !recipe.id().equals(replaced.id()));
    }

    /** The recipes of {@code pool} that are main courses, or whose course is not said (never left out for silence). */
    public static List<Recipe> mainCourses(List<Recipe> pool) {
        return pool.stream().filter(DinnerPicker::isMainCourse).toList();
    }

    /** Whether the recipe's course fact names a main course, or is empty. */
    public static boolean isMainCourse(Recipe recipe) {
        String course = Folding.key(recipe.facts().type());
        return course.isEmpty() || MAIN_COURSES.contains(course);
    }

    private Optional<Recipe> best(List<Recipe> pool, List<Recipe> chosen, boolean weekday) {
        Set<String> taken = ids(chosen);
        List<Recipe> lightest = new ArrayList<>();
        int lightestWeight = Integer.MAX_VALUE;
        for (Recipe recipe : pool) {
            if (taken.contains(recipe.id())) {
                continue;
            }
            int weight = weight(recipe, chosen, weekday);
            if (weight < lightestWeight) {
                lightest.clear();
                lightestWeight = weight;
            }
            if (weight == lightestWeight) {
                lightest.add(recipe);
            }
        }
        return lightest.isEmpty() ? Optional.empty() : Optional.of(lightest.get(random.nextInt(lightest.size())));
    }

    private int weight(Recipe recipe, List<Recipe> chosen, boolean weekday) {
        String protein = Folding.fold(recipe.facts().protein()).strip();
        String cuisine = Folding.fold(recipe.facts().cuisine()).strip();
        int weight = 0;
        for (Recipe other : chosen) {
            // An unsaid protein or cuisine is unknown, not a repeat.
            if (!protein.isEmpty() && protein.equals(Folding.fold(other.facts().protein()).strip())) {
                weight += SAME_PROTEIN;
            }
            if (!cuisine.isEmpty() && cuisine.equals(Folding.fold(other.facts().cuisine()).strip())) {
                weight += SAME_CUISINE;
            }
        }
        if (weekday && !isQuick(recipe)) {
            weight += SLOW_ON_WEEKDAY;
        }
        return weight;
    }

    private boolean isQuick(Recipe recipe) {
        return recipe.facts().totalMinutes().isPresent() && recipe.facts().totalMinutes().getAsInt() <= quickMinutes;
    }

    private static Set<String> ids(Collection<Recipe> recipes) {
        Set<String> ids = new HashSet<>();
        recipes.forEach(recipe -> ids.add(recipe.id()));
        return ids;
    }
}
