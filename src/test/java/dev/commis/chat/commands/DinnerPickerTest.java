package dev.commis.chat.commands;

import static org.assertj.core.api.Assertions.assertThat;

import dev.commis.vault.Recipe;
import dev.commis.vault.RecipeFacts;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class DinnerPickerTest {

    private static Recipe recipe(String id, String course, String protein, String cuisine, int minutes) {
        RecipeFacts facts = new RecipeFacts(cuisine, course, protein, "", OptionalInt.empty(), OptionalInt.empty(),
                minutes > 0 ? OptionalInt.of(minutes) : OptionalInt.empty(), OptionalInt.of(4), "", "", "", List.of(),
                Map.of());
        return new Recipe(id, id + ".md", "Recipe " + id, facts, List.of(), List.of(), "", List.of(), List.of());
    }

    /** Four pork recipes and one each of chicken, beef, fish and vegetarian: a fair draw would repeat pork. */
    private static List<Recipe> porkHeavy() {
        List<Recipe> pool = new ArrayList<>();
        IntStream.range(0, 4).forEach(i -> pool.add(recipe("pork" + i, "plat-principal", "porc", "française", 20)));
        pool.add(recipe("chicken", "plat-principal", "poulet", "thaïlandaise", 25));
        pool.add(recipe("beef", "plat-principal", "bœuf", "américaine", 90));
        pool.add(recipe("fish", "main course", "poisson", "japonaise", 15));
        pool.add(recipe("veggie", "", "végétarien", "indienne", 40));
        return pool;
    }

    private static List<String> proteins(List<Recipe> recipes) {
        return recipes.stream().map(recipe -> recipe.facts().protein()).toList();
    }

    @Test
    void picksDifferentRecipesWithDifferentProteinsWhenThePoolAllows() {
        for (long seed = 0; seed < 50; seed++) {
            List<Recipe> picked = new DinnerPicker(new SplittableRandom(seed), 30).pick(porkHeavy(), 5);
            assertThat(picked).hasSize(5).doesNotHaveDuplicates();
            assertThat(proteins(picked)).doesNotHaveDuplicates();
        }
    }

    @Test
    void repeatsAProteinOnlyOnceEveryOtherIsTaken() {
        List<Recipe> picked = new DinnerPicker(new SplittableRandom(7), 30).pick(porkHeavy(), 6);
        assertThat(picked).hasSize(6).doesNotHaveDuplicates();
        assertThat(proteins(picked)).filteredOn("porc"::equals).hasSize(2);
    }

    @Test
    void givesWhatThereIsWhenThePoolIsSmallerThanAsked() {
        List<Recipe> pool = porkHeavy().subList(3, 6);
        assertThat(new DinnerPicker(new SplittableRandom(1), 30).pick(pool, 5)).containsExactlyInAnyOrderElementsOf(pool);
    }

    @Test
    void theSameSeedGivesTheSamePicks() {
        assertThat(new DinnerPicker(new SplittableRandom(3), 30).pick(porkHeavy(), 4))
                .isEqualTo(new DinnerPicker(new SplittableRandom(3), 30).pick(porkHeavy(), 4));
    }

    @Test
    void aWeekHasSevenDifferentMainCoursesAndLeavesOtherCoursesOut() {
        List<Recipe> pool = new ArrayList<>(porkHeavy());
        pool.add(recipe("cake", "dessert", "", "française", 30));
        pool.add(recipe("soup", "entrée", "végétarien", "française", 10));
        for (long seed = 0; seed < 30; seed++) {
            List<Recipe> week = new DinnerPicker(new SplittableRandom(seed), 30).week(pool);
            assertThat(week).hasSize(7).doesNotHaveDuplicates().extracting(Recipe::id).doesNotContain("cake", "soup");
        }
    }

    @Test
    void aWeekPutsTheQuickRecipesOnWeekdaysAndVariesCuisines() {
        List<Recipe> pool = new ArrayList<>();
        String[] proteins = {"porc", "poulet", "boeuf", "poisson", "végétarien", "agneau", "végan"};
        for (int i = 0; i < 7; i++) {
            pool.add(recipe("quick" + i, "plat-principal", proteins[i], "cuisine" + i, 20));
            pool.add(recipe("slow" + i, "plat-principal", proteins[i], "cuisine" + i, 120));
        }
        List<Recipe> week = new DinnerPicker(new SplittableRandom(11), 30).week(pool);
        assertThat(week.subList(0, 5)).allMatch(recipe -> recipe.facts().totalMinutes().getAsInt() <= 30);
        assertThat(proteins(week)).doesNotHaveDuplicates();
        assertThat(week.stream().map(recipe -> recipe.facts().cuisine()).toList()).doesNotHaveDuplicates();
    }

    @Test
    void aSwapBringsAMainCourseThatIsNotAlreadyInTheWeek() {
        List<Recipe> pool = new ArrayList<>(porkHeavy());
        pool.add(recipe("lamb", "plat-principal", "agneau", "marocaine", 60));
        pool.add(recipe("tofu", "plat-principal", "végan", "coréenne", 20));
        DinnerPicker picker = new DinnerPicker(new SplittableRandom(5), 30);
        List<Recipe> week = picker.week(pool);
        List<Recipe> left = pool.stream().filter(recipe -> !week.contains(recipe)).toList();
        assertThat(picker.swap(pool, week, 2)).get().isIn(left);
    }

    @Test
    void noSwapWhenEveryMainCourseIsInTheWeek() {
        List<Recipe> pool = porkHeavy().subList(0, 7);
        DinnerPicker picker = new DinnerPicker(new SplittableRandom(5), 30);
        assertThat(picker.swap(pool, picker.week(pool), 0)).isEmpty();
    }

    @Test
    void readsMainCoursesInFrenchAndEnglish() {
        Map<String, Boolean> courses = Map.of("plat-principal", true, "Plat principal", true, "Main course", true,
                "main", true, "", true, "dessert", false, "entrée", false, "accompagnement", false, "side", false);
        courses.forEach((course, main) -> assertThat(DinnerPicker.isMainCourse(recipe("x", course, "", "", 0)))
                .as(course).isEqualTo(main));
    }
}
