package dev.commis.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.commis.Commis;
import dev.commis.chat.Durations;
import dev.commis.config.Settings;
import dev.commis.kitchen.StepTimer;
import dev.commis.kitchen.Timeline;
import dev.commis.search.RecipeIndex;
import dev.commis.text.Language;
import dev.commis.vault.LoadProgress;
import dev.commis.vault.Recipe;
import dev.commis.vault.VaultLoader;
import dev.commis.vault.VaultScanner;
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
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code commis plan <recipe words>}: prints a recipe's cook timeline as Commis reads it, the
 * timers found in each step, and with {@code --ready-at} when each step starts. Exit 0, 1 when no
 * single recipe matches, 2 on a usage error.
 */
@Command(name = "plan", mixinStandardHelpOptions = true,
        description = "Print a recipe's cook timeline: the timers Commis reads in each step.")
public final class PlanCommand implements Callable<Integer> {

    private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("HH:mm");

    @ParentCommand
    private Commis commis;

    @Spec
    private CommandSpec spec;

    @Option(names = "--vault", paramLabel = "DIR", description = "The vault folder (default: the 'vault' setting).")
    private Path vault;

    @Option(names = "--json", description = "Print one JSON object instead of text.")
    private boolean json;

    @Option(names = "--ready-at", paramLabel = "HH:MM", description = "Plan backwards to be ready at this time (today or tomorrow).")
    private String readyAt;

    @Parameters(arity = "1..*", paramLabel = "WORDS", description = "Words of the recipe's name.")
    private List<String> words;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Optional<Settings> loaded = commis.settings(err, "commis plan");
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
        Path root = vault != null ? vault : settings.vault();
        if (!Commis.isVaultFolder(root, err, "commis plan")) {
            return Commis.USAGE_ERROR;
        }
        RecipeIndex index = RecipeIndex.of(new VaultLoader(new VaultScanner(settings.templates()), Clock.systemUTC(),
                LoadProgress.NONE).withMaxFileSize(settings.maxRecipeSize()).load(root));
        String name = String.join(" ", words);
        RecipeIndex.Match match = index.find(name);
        if (match.best().isEmpty()) {
            err.println("commis plan: " + (match.alternatives().isEmpty() ? "no recipe called '" + name + "'"
                    : "'" + name + "' could be: " + String.join(" · ", match.alternatives().stream().map(Recipe::title).toList())));
            return 1;
        }
        Timeline timeline = Timeline.of(match.best().get());
        Optional<Timeline.Plan> plan = ready.map(time -> {
            ZonedDateTime now = ZonedDateTime.now(Clock.system(settings.timezone()));
            ZonedDateTime at = now.with(time).withSecond(0).withNano(0);
            return timeline.backwardsFrom((at.isAfter(now) ? at : at.plusDays(1)).toInstant());
        });
        out.println(json ? toJson(timeline, plan, settings) : toText(timeline, plan, settings));
        out.flush();
        return 0;
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
            text.append(String.join("; ", timers)).append('\n');
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
            steps.add(entry);
        }
        root.put("steps", steps);
        return new ObjectMapper().writeValueAsString(root);
    }

    private static String time(java.time.Instant instant, Settings settings) {
        return HOUR.format(instant.atZone(settings.timezone()));
    }
}
