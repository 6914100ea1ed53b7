package dev.commis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** {@code commis plan}: the cook timeline as Commis reads it. */
class PlanIT {

    @Test
    void readsTheSeedRecipesTimers() throws Exception {
        CommisJar.Run run = CommisJar.run("plan", "--vault", "recipes", "burnt", "ends", "--json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode plan = new ObjectMapper().readTree(run.out());
        assertThat(plan.get("recipe").asText()).isEqualTo("Pork Belly Burnt Ends - Miso Butterscotch Glaze");
        JsonNode steps = plan.get("steps");
        assertThat(steps).hasSize(4);
        assertThat(steps.get(0).get("timers")).isEmpty();
        assertThat(steps.get(2).get("timers")).isEmpty();
        JsonNode cook = steps.get(1);
        assertThat(cook.get("number").asInt()).isEqualTo(2);
        assertThat(cook.get("title").asText()).isEqualTo("Cook the pork");
        assertThat(cook.get("timers")).singleElement().satisfies(timer -> {
            assertThat(timer.get("seconds").asLong()).isEqualTo(10_800);
            assertThat(timer.get("max_seconds").isNull()).isTrue();
            assertThat(timer.get("every_seconds").isNull()).isTrue();
            assertThat(timer.get("text").asText()).contains("3 hours");
        });
        assertThat(steps.get(3).get("timers")).singleElement().satisfies(timer -> {
            assertThat(timer.get("seconds").asLong()).isEqualTo(1_800);
            assertThat(timer.get("every_seconds").asLong()).isEqualTo(600);
        });
    }

    @Test
    void printsATimelineAndPlansBackwards() throws Exception {
        CommisJar.Run run = CommisJar.run("plan", "--vault", "recipes", "--ready-at", "19:30", "burnt", "ends");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("Pork Belly Burnt Ends - Miso Butterscotch Glaze\nStart at 15:40 (3 h 50 min in all)")
                .contains("15:50  Step 2 — Cook the pork: 3 h (\"cook for 3 hours\")")
                .contains("Step 1 — Prep the pork: no timer");
    }

    @Test
    void refusesWhatItCannotPlan() throws Exception {
        assertThat(CommisJar.run("plan", "--vault", "recipes", "zzqxw").exitCode()).isEqualTo(1);
        assertThat(CommisJar.run("plan", "--vault", "recipes", "--ready-at", "late", "crêpes").exitCode()).isEqualTo(2);
        assertThat(CommisJar.run("plan", "--vault", "recipes").exitCode()).isEqualTo(2);
    }
}
