package dev.commis.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.commis.Commis;
import dev.commis.chat.Durations;
import dev.commis.chat.RecipeNames;
import dev.commis.config.Settings;
import dev.commis.kitchen.HandsOn;
import dev.commis.kitchen.JointPlan;
import dev.commis.kitchen.JointScheduler;
import dev.commis.kitchen.StepTimer;
import dev.commis.kitchen.Timeline;
import dev.commis.search.RecipeIndex;
import dev.commis.text.Language;
import dev.commis.vault.LoadProgress;
import dev.commis.vault.Recipe;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code commis plan <recipe words> [+ <recipe words> ...]}: prints a recipe's cook timeline as
 * Commis reads it, the timers found in each step and whether it is hands-on, and with
 * {@code --ready-at} when each step starts and ends. Several recipes are planned together on one
 * merged timeline (for {@code --ready-at}, else as soon as possible). Exit 0, 1 when a recipe is
 * not found, 2 on a usage error.
 */
@Command(name = "plan", mixinStandardHelpOptions = true,
        description = "Print a recipe's cook timeline, or several recipes' joint one: timers, hands-on steps, times.")
public final class PlanCommand implements Callable<Integer> {

    private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("HH:mm");

    @Mixin
    private VaultOption options;

    @Option(names = "--json", description = "Print one JSON object instead of text.")
    private boolean json;

    @Option(names = "--ready-at", paramLabel = "HH:MM", description = "Plan backwards to be ready at this time (today or tomorrow).")
    private String readyAt;

    @Parameters(arity = "1..*", paramLabel = "RECIPE", description = "Words of a recipe's name; several recipes joined"
            + " with '+' (\"poulet rôti + risotto\") are planned together on one timeline.")
    private List<String> words;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = options.out();
        PrintWriter err = options.err();
        Optional<Settings> loaded = options.settings();
        if (loaded.isEmpty()) {
            return Commis.USAGE_ERROR;
        }
        Settings settings = loaded.get();
        Optional<LocalTime> ready;
        try {
            ready = readyAt == null ? Optional.empty() : Optional.of(LocalTime.parse(readyAt.replace('h', ':')));
        } catch (DateTimeParseException e) {
            err.println("commis plan: --ready-at must be a time such as 19:30, not '" + readyAt + "'");
            return Commis.USAGE_ERROR;
        }
        Optional<Path> root = options.vaultFolder(settings);
        if (root.isEmpty()) {
            return Commis.USAGE_ERROR;
        }
        RecipeIndex index = RecipeIndex.of(VaultOption.loader(settings, LoadProgress.NONE).load(root.get()));
        // A "+" inside a recipe's title ("Mac + Cheese") does not cut it in two.
        Optional<List<String>> names = RecipeNames.split(String.join(" ", words), name -> !index.titled(name).isEmpty());
        if (names.isEmpty()) {
            err.println("commis plan: a recipe's name is missing around a '+': write plan A + B");
            return Commis.USAGE_ERROR;
        }
        if (names.get().size() > JointScheduler.MOST_RECIPES) {
            err.println("commis plan: " + names.get().size() + " recipes is too many to cook at once; at most "
                    + JointScheduler.MOST_RECIPES);
            return Commis.USAGE_ERROR;
        }
        List<Recipe> recipes = new ArrayList<>();
        for (String name : names.get()) {
            RecipeIndex.Match match = index.find(name);
            if (match.best().isEmpty()) {
                err.println("commis plan: " + (match.alternatives().isEmpty() ? "no recipe called '" + name + "'"
                        : "'" + name + "' could be: " + String.join(" · ", match.alternatives().stream().map(Recipe::title).toList()))
                        + (names.get().size() > 1 ? "; nothing planned" : ""));
                return 1;
            }
            if (recipes.stream().anyMatch(r -> r.id().equals(match.best().get().id()))) {
                err.println("commis plan: '" + name + "' is " + match.best().get().title() + " again: planned once");
            } else {
                recipes.add(match.best().get());
            }
        }
        ZonedDateTime now = ZonedDateTime.now(Clock.system(settings.timezone()));
        if (names.get().size() > 1) {
            return planTogether(recipes, ready, now, out, err);
        }
        Timeline timeline = Timeline.of(recipes.get(0));
        Optional<Timeline.Plan> plan = ready.map(time -> timeline.backwardsFrom(next(now, time).toInstant()));
        out.println(json ? toJson(timeline, plan, settings) : toText(timeline, plan, settings));
        out.flush();
        return 0;
    }

    private int planTogether(List<Recipe> recipes, Optional<LocalTime> ready, ZonedDateTime now, PrintWriter out,
            PrintWriter err) throws IOException {
        List<Timeline> timelines = recipes.stream().map(Timeline::of).filter(t -> !t.steps().isEmpty()).toList();
        for (Recipe recipe : recipes) {
            if (Timeline.of(recipe).steps().isEmpty()) {
                err.println("commis plan: " + recipe.title() + " has no numbered steps: left out of the plan");
            }
        }
        if (timelines.isEmpty()) {
            err.println("commis plan: none of these recipes has numbered steps to plan");
            return 1;
        }
        JointPlan plan = ready.isEmpty() ? JointPlan.asSoonAsPossible(timelines, now.toInstant())
                : JointPlan.readyAt(timelines, next(now, ready.get()).toInstant());
        if (plan.begin().isBefore(now.toInstant())) {
            plan = JointPlan.asSoonAsPossible(timelines, now.toInstant());
            err.println("commis plan: too late to be ready at " + readyAt + "; ready at "
                    + JointPlanOutput.time(plan.ready(), now.getZone()) + " at the earliest, planned for then");
        }
        if (plan.begin().atZone(now.getZone()).toLocalDate().isBefore(plan.ready().atZone(now.getZone()).toLocalDate())) {
            err.println("commis plan: the plan begins the day before, at " + JointPlanOutput.time(plan.begin(), now.getZone()));
        }
        out.println(json ? JointPlanOutput.json(plan, now.getZone()) : JointPlanOutput.text(plan, now.getZone()));
        out.flush();
        return 0;
    }

    /** The next {@code time} of day after {@code now}: today or tomorrow. */
    private static ZonedDateTime next(ZonedDateTime now, LocalTime time) {
        ZonedDateTime at = now.with(time).withSecond(0).withNano(0);
        return at.isAfter(now) ? at : at.plusDays(1);
    }

    private static String toText(Timeline timeline, Optional<Timeline.Plan> plan, Settings settings) {
        StringBuilder text = new StringBuilder(timeline.recipe().title()).append('\n');
        plan.ifPresent(p -> text.append("Start at ").append(time(p.begin(), settings)).append(" (")
                .append(Durations.seconds(timeline.total().toSeconds(), Language.EN)).append(" in all)\n"));
        for (int i = 0; i < timeline.steps().size(); i++) {
            Timeline.StepTimers step = timeline.steps().get(i);
            text.append(plan.isPresent() ? time(plan.get().slots().get(i).start(), settings) + "  " : "")
                    .append("Step ").append(i + 1)
                    .append(step.step().title().isEmpty() ? "" : " — " + step.step().title()).append(": ");
            if (step.timers().isEmpty()) {
                text.append("no timer");
            }
            boolean handsOn = HandsOn.of(step.step().text(), step.timers()).handsOn();
            List<String> timers = new ArrayList<>();
            for (StepTimer timer : step.timers()) {
                String words = Durations.seconds(timer.seconds(), Language.EN);
                if (timer.maxSeconds().isPresent()) {
                    words += " to " + Durations.seconds(timer.maxSeconds().getAsLong(), Language.EN);
                }
                if (timer.everySeconds().isPresent()) {
                    words += ", every " + Durations.seconds(timer.everySeconds().getAsLong(), Language.EN);
                }
                timers.add(words + " (\"" + timer.text() + "\")");
            }
            text.append(String.join("; ", timers)).append(handsOn ? " — hands-on" : " — unattended").append('\n');
        }
        return text.toString().stripTrailing();
    }

    private static String toJson(Timeline timeline, Optional<Timeline.Plan> plan, Settings settings) throws IOException {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("recipe", timeline.recipe().title());
        plan.ifPresent(p -> root.put("begin", time(p.begin(), settings)));
        List<Map<String, Object>> steps = new ArrayList<>();
        for (int i = 0; i < timeline.steps().size(); i++) {
            Timeline.StepTimers step = timeline.steps().get(i);
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("number", step.step().number());
            entry.put("title", step.step().title().isEmpty() ? null : step.step().title());
            if (plan.isPresent()) {
                entry.put("start", time(plan.get().slots().get(i).start(), settings));
            }
            entry.put("timers", JointPlanOutput.stepEntry(step).get("timers"));
            if (plan.isPresent()) {
                entry.put("end", time(i + 1 < timeline.steps().size() ? plan.get().slots().get(i + 1).start()
                        : readyOf(timeline, plan.get()), settings));
                entry.put("hands_on", HandsOn.of(step.step().text(), step.timers()).handsOn());
            }
            steps.add(entry);
        }
        root.put("steps", steps);
        return new ObjectMapper().writeValueAsString(root);
    }

    /** When the plan is ready: it begins with the preparation and runs the steps' time after it. */
    private static java.time.Instant readyOf(Timeline timeline, Timeline.Plan plan) {
        return plan.begin().plus(timeline.total());
    }

    private static String time(java.time.Instant instant, Settings settings) {
        return HOUR.format(instant.atZone(settings.timezone()));
    }
}
