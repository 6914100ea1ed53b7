package dev.commis.kitchen;

import static org.assertj.core.api.Assertions.assertThat;

import dev.commis.chat.TestChat;
import dev.commis.vault.Recipe;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Joint plans of sample recipes, in time. */
class JointPlanTest {

    private static Timeline timeline(String id) {
        Recipe recipe = TestChat.sample().recipe(id).orElseThrow();
        return Timeline.of(recipe);
    }

    private final List<Timeline> dinner = List.of(timeline("plats-pork-belly-burnt-ends"),
            timeline("plats-risotto-aux-champignons"));

    @Test
    void endsAtTheServingTimeAndListsTheStepsByStartTime() {
        Instant ready = Instant.parse("2026-11-27T22:30:00Z");
        JointPlan plan = JointPlan.readyAt(dinner, ready);
        assertThat(plan.ready()).isEqualTo(ready);
        assertThat(plan.recipes()).extracting(JointPlan.RecipePlan::end).containsExactly(ready, ready);
        assertThat(plan.begin()).isEqualTo(plan.recipes().get(0).begin());
        List<JointPlan.Entry> merged = plan.merged();
        assertThat(merged).hasSize(10);
        for (int i = 1; i < merged.size(); i++) {
            assertThat(merged.get(i).step().start()).isAfterOrEqualTo(merged.get(i - 1).step().start());
        }
    }

    @Test
    void asSoonAsPossibleStartsAtTheNextWholeMinute() {
        JointPlan plan = JointPlan.asSoonAsPossible(dinner, Instant.parse("2026-11-27T17:00:20Z"));
        assertThat(plan.begin()).isEqualTo(Instant.parse("2026-11-27T17:01:00Z"));
        assertThat(plan.length()).isEqualTo(JointPlan.readyAt(dinner, Instant.parse("2026-11-27T22:30:00Z")).length());
        assertThat(JointPlan.asSoonAsPossible(dinner, Instant.parse("2026-11-27T17:00:00Z")).begin())
                .isEqualTo(Instant.parse("2026-11-27T17:00:00Z"));
    }
}
