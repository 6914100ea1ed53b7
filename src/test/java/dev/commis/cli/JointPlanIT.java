package dev.commis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code commis plan A + B + C}: three recipes of the sample vault on one cook's timeline. */
class JointPlanIT {

    /** Minutes before the serving time (a plan may begin the day before: times are read around the clock). */
    private record Span(String what, int start, int end) {
    }

    /** A serving time five hours from now: the plan (about 4 h) always fits, today or across midnight. */
    private static final LocalTime READY = LocalTime.now().plusHours(5).withSecond(0).withNano(0);

    private static int before(JsonNode time) {
        LocalTime t = LocalTime.parse(time.asText());
        return Math.floorMod(READY.toSecondOfDay() / 60 - t.toSecondOfDay() / 60, 24 * 60);
    }

    private static String ready() {
        return READY.toString();
    }

    @Test
    void plansThreeRecipesOfTheSampleVaultTogether() throws Exception {
        CommisJar.Run run = CommisJar.run("plan", "--vault", "recipes", "--json", "--ready-at", ready(),
                "burnt", "ends", "+", "risotto", "aux", "champignons", "+poulet rôti");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode plan = new ObjectMapper().readTree(run.out());
        assertThat(plan.get("ready_at").asText()).isEqualTo(ready());
        JsonNode recipes = plan.get("recipes");
        assertThat(recipes).extracting(r -> r.get("recipe").asText()).containsExactly(
                "Pork Belly Burnt Ends - Miso Butterscotch Glaze", "Risotto aux champignons", "Poulet rôti du dimanche");
        int begin = before(plan.get("begin"));
        List<Span> handsOn = new ArrayList<>();
        List<Integer> ends = new ArrayList<>();
        for (JsonNode recipe : recipes) {
            JsonNode steps = recipe.get("steps");
            assertThat(before(recipe.get("begin"))).isEqualTo(before(steps.get(0).get("start"))).isLessThanOrEqualTo(begin);
            int previousEnd = begin;
            for (JsonNode step : steps) {
                assertThat(step.fieldNames()).toIterable()
                        .containsExactly("number", "title", "timers", "start", "end", "hands_on");
                int start = before(step.get("start"));
                int end = before(step.get("end"));
                assertThat(start).as("steps keep their order").isLessThanOrEqualTo(previousEnd);
                assertThat(end).isLessThan(start);
                previousEnd = end;
                if (step.get("hands_on").asBoolean()) {
                    handsOn.add(new Span(recipe.get("recipe").asText() + " " + step.get("number"), start, end));
                }
            }
            ends.add(previousEnd);
        }
        assertThat(ends).as("minutes early").contains(0).allSatisfy(early -> assertThat(early).isBetween(0, 30));
        for (Span a : handsOn) {
            for (Span b : handsOn) {
                if (a != b) {
                    assertThat(a.end() >= b.start() || b.end() >= a.start()).as("%s overlaps %s", a, b).isTrue();
                }
            }
        }
        JsonNode smoke = recipes.get(0).get("steps").get(1);
        assertThat(smoke.get("hands_on").asBoolean()).as("the smoker works alone").isFalse();
        assertThat(recipes.get(1).get("steps").get(4).get("hands_on").asBoolean()).as("the risotto is stirred").isTrue();
    }

    @Test
    void printsOneMergedTimeline() throws Exception {
        CommisJar.Run run = CommisJar.run("plan", "--vault", "recipes", "--ready-at", ready(), "burnt ends + risotto");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("Pork Belly Burnt Ends - Miso Butterscotch Glaze + Risotto aux champignons\nStart at ")
                .contains("to be ready at " + ready())
                .contains("Pork Belly Burnt Ends - Miso Butterscotch Glaze · Step 2 — Cook the pork: 3 h, unattended")
                .contains("Risotto aux champignons · Step 5 — Cuire: 18 min, hands-on");
    }

    @Test
    void namesTheRecipeItCannotFindAndPlansNothing() throws Exception {
        CommisJar.Run run = CommisJar.run("plan", "--vault", "recipes", "burnt ends + zzqxw");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("no recipe called 'zzqxw'").contains("nothing planned");
        assertThat(run.out()).isEmpty();
        assertThat(CommisJar.run("plan", "--vault", "recipes", "a", "+", "b", "+", "c", "+", "d", "+", "e", "+", "f", "+", "g")
                .exitCode()).isEqualTo(2);
        assertThat(CommisJar.run("plan", "--vault", "recipes", "risotto", "+").exitCode()).isEqualTo(2);
    }

    @Test
    void givesOneRecipesStepsTheirEndAndWhetherTheyAreHandsOn() throws Exception {
        CommisJar.Run run = CommisJar.run("plan", "--vault", "recipes", "--json", "--ready-at", "19:30", "burnt", "ends");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode steps = new ObjectMapper().readTree(run.out()).get("steps");
        assertThat(steps.get(1).get("start").asText()).isEqualTo("15:50");
        assertThat(steps.get(1).get("end").asText()).isEqualTo("18:50");
        assertThat(steps.get(1).get("hands_on").asBoolean()).isFalse();
        assertThat(steps.get(3).get("end").asText()).isEqualTo("19:30");
        assertThat(steps.get(0).get("hands_on").asBoolean()).isTrue();
    }
}
