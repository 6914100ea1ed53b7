package dev.commis.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.commis.chat.Durations;
import dev.commis.kitchen.JointPlan;
import dev.commis.kitchen.StepTimer;
import dev.commis.kitchen.Timeline;
import dev.commis.text.Language;
import java.io.IOException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code commis plan A + B}'s output: one merged timeline as text, or the JSON object
 * {@code {"ready_at", "begin", "recipes": [{"recipe", "begin", "steps": [...]}]}} whose steps are
 * those of a one-recipe plan with {@code start}, {@code end} and {@code hands_on}.
 */
final class JointPlanOutput {

    private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("HH:mm");

    private JointPlanOutput() {
    }

    static String text(JointPlan plan, ZoneId zone) {
        StringBuilder text = new StringBuilder(String.join(" + ",
                plan.recipes().stream().map(r -> r.timeline().recipe().title()).toList())).append('\n');
        text.append("Start at ").append(time(plan.begin(), zone)).append(" to be ready at ")
                .append(time(plan.ready(), zone)).append(" (")
                .append(Durations.seconds(plan.length().toSeconds(), Language.EN)).append(" in all)\n");
        for (JointPlan.Entry entry : plan.merged()) {
            JointPlan.PlannedStep step = entry.step();
            text.append(time(step.start(), zone)).append('–').append(time(step.end(), zone)).append("  ")
                    .append(entry.recipe().timeline().recipe().title()).append(" · Step ").append(step.index() + 1)
                    .append(step.step().step().title().isEmpty() ? "" : " — " + step.step().step().title())
                    .append(": ").append(Durations.seconds(step.work().duration().toSeconds(), Language.EN))
                    .append(step.work().handsOn() ? ", hands-on" : ", unattended").append('\n');
        }
        for (JointPlan.RecipePlan recipe : plan.recipes()) {
            if (recipe.end().isBefore(plan.ready())) {
                text.append(recipe.timeline().recipe().title()).append(" is ready at ").append(time(recipe.end(), zone))
                        .append(", ").append(Durations.seconds(java.time.Duration.between(recipe.end(), plan.ready()).toSeconds(),
                                Language.EN)).append(" early: the cook's hands are busy with another recipe then\n");
            }
        }
        return text.toString().stripTrailing();
    }

    static String json(JointPlan plan, ZoneId zone) throws IOException {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("ready_at", time(plan.ready(), zone));
        root.put("begin", time(plan.begin(), zone));
        List<Map<String, Object>> recipes = new ArrayList<>();
        for (JointPlan.RecipePlan recipe : plan.recipes()) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("recipe", recipe.timeline().recipe().title());
            entry.put("begin", time(recipe.begin(), zone));
            List<Map<String, Object>> steps = new ArrayList<>();
            for (JointPlan.PlannedStep step : recipe.steps()) {
                Map<String, Object> s = stepEntry(step.step());
                s.put("start", time(step.start(), zone));
                s.put("end", time(step.end(), zone));
                s.put("hands_on", step.work().handsOn());
                steps.add(s);
            }
            entry.put("steps", steps);
            recipes.add(entry);
        }
        root.put("recipes", recipes);
        return new ObjectMapper().writeValueAsString(root);
    }

    /** A step as {@code plan --json} shows it: number, title, timers. */
    static Map<String, Object> stepEntry(Timeline.StepTimers step) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("number", step.step().number());
        entry.put("title", step.step().title().isEmpty() ? null : step.step().title());
        List<Map<String, Object>> timers = new ArrayList<>();
        for (StepTimer timer : step.timers()) {
            Map<String, Object> t = new LinkedHashMap<>();
            t.put("seconds", timer.seconds());
            t.put("max_seconds", timer.maxSeconds().isPresent() ? timer.maxSeconds().getAsLong() : null);
            t.put("every_seconds", timer.everySeconds().isPresent() ? timer.everySeconds().getAsLong() : null);
            t.put("text", timer.text());
            timers.add(t);
        }
        entry.put("timers", timers);
        return entry;
    }

    static String time(Instant instant, ZoneId zone) {
        return HOUR.format(instant.atZone(zone));
    }
}
