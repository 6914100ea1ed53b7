package dev.commis.chat.commands;

import dev.commis.chat.Command;
import dev.commis.chat.CookStore;
import dev.commis.chat.RecipeCard;
import dev.commis.chat.Request;
import dev.commis.chat.reply.Block;
import dev.commis.chat.reply.Button;
import dev.commis.chat.reply.Reply;
import dev.commis.chat.reply.Span;
import dev.commis.kitchen.OpenRepeat;
import dev.commis.kitchen.StepTimer;
import dev.commis.kitchen.Timeline;
import dev.commis.reminders.Reminder;
import dev.commis.search.RecipeIndex;
import dev.commis.vault.Recipe;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code /cook <recipe> [for N] [ready at HH:MM]} ({@code /cuisiner … [pour N] [prête à 19h30]}):
 * cooks with you step by step. Its buttons carry the recipe, the step and the servings, so they
 * still work after a restart: {@code ck:<step>:<id>[:N]} shows a step, {@code ck:t<step>.<timer>:<id>[:N]}
 * starts one of its timers, {@code ck:r<step>:<id>[:N]} the reminders of its open repeat (left
 * step, left reminders: see {@link OpenRepeatSeries}). With a serving time, it plans backwards and sets a reminder at the
 * start of each timed step. {@code /cook} alone shows the chat's cook in progress, of one recipe
 * or joint.
 */
public final class CookCommand implements Command {

    static final String CODE = "ck";
    private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("HH:mm");
    /** "ready at 19:30", "for 7pm", "prête à 19 h 30", "à 19h": a time needs "h", ":" or am/pm, so "for 4" stays servings. */
    private static final Pattern READY_AT = Pattern.compile(
            "^(.*?)\\s*(?<![\\p{L}\\d])(?:ready (?:at|by|for)|prête? (?:à|a|pour|vers)|prêts? (?:à|a|pour|vers)|pour|for|at|à|vers)\\s+"
                    + "(\\d{1,2})\\s*(?:(?:h|:)\\s*(\\d{2})?\\s*(am|pm)?|(am|pm))\\s*$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    @Override
    public String name() {
        return "cook";
    }

    @Override
    public String frenchName() {
        return "cuisiner";
    }

    @Override
    public String actionCode() {
        return CODE;
    }

    @Override
    public Reply run(Request request, String args) {
        if (args.isBlank()) {
            Optional<Reply> joint = JointCookView.resume(request);
            if (joint.isPresent()) {
                return joint.get();
            }
            Optional<CookStore.Cook> current = request.services().cooks().get(request.chat());
            Optional<Recipe> recipe = current.flatMap(cook -> request.services().library().snapshot().recipe(cook.recipe()));
            return recipe.isPresent()
                    ? CookView.step(request, recipe.get(), current.get().step(), current.get().servings())
                    : Reply.text(request.say("cook.usage", Examples.title(request)));
        }
        if (JointCook.isFor(request, args)) {
            return JointCook.run(request, args);
        }
        Matcher ready = READY_AT.matcher(args.strip());
        String rest = ready.matches() ? ready.group(1) : args;
        Servings asked = Servings.parse(rest);
        if (asked.isBad()) {
            return Reply.text(request.say("servings.bad", asked.bad(), Servings.MAX));
        }
        RecipeIndex.Match match = request.services().library().find(asked.name());
        if (match.best().isEmpty()) {
            return Choices.of(request, asked.name(), match, choice -> openAction(request, choice, 0, asked.servings()));
        }
        Recipe recipe = match.best().get();
        if (ready.matches()) {
            int hour = Integer.parseInt(ready.group(2));
            int minute = ready.group(3) == null ? 0 : Integer.parseInt(ready.group(3));
            String half = ready.group(4) != null ? ready.group(4) : ready.group(5);
            boolean twelveHours = half != null;
            if (hour > (twelveHours ? 12 : 23) || minute > 59 || (twelveHours && hour == 0)) {
                return Reply.text(request.say("cook.bad_time", ready.group(2) + ":" + (ready.group(3) == null ? "00" : ready.group(3))
                        + (twelveHours ? " " + half : "")));
            }
            if (twelveHours) {
                hour = hour % 12 + (half.equalsIgnoreCase("pm") ? 12 : 0);
            }
            OpenRepeatSeries.leave(request, recipe.id(), 0);
            List<Reminder> left = StopCommand.cookReminders(request);
            return withLeftReminders(request, left, ReadyAtPlanner.plan(request, recipe, asked.servings(), hour, minute));
        }
        OpenRepeatSeries.leave(request, recipe.id(), 0);
        List<Reminder> left = StopCommand.cookReminders(request);
        request.services().cooks().put(request.chat(), new CookStore.Cook(recipe.id(), asked.servings(), 0, request.incoming().user()));
        return withLeftReminders(request, left, CookView.step(request, recipe, 0, asked.servings()));
    }

    /**
     * {@code view}, saying that the {@code left} reminders of the previous cook stay set, with a
     * button that cancels them: a new cook never drops nor hides reminders without a word.
     */
    static Reply withLeftReminders(Request request, List<Reminder> left, Reply view) {
        if (left.isEmpty()) {
            return view;
        }
        List<Block> blocks = new ArrayList<>(view.blocks());
        blocks.add(new Block.Paragraph(List.of(Span.italic(request.say("cook.previous_reminders", left.size())))));
        List<List<Button>> buttons = new ArrayList<>(view.buttons());
        buttons.add(List.of(StopCommand.cancelLeft(request, left)));
        return new Reply(blocks, buttons, view.image(), view.replacing(), view.share());
    }

    @Override
    public Reply press(Request request, String payload) {
        String[] parts = payload.split(":");
        if (parts.length < 2) {
            return Reply.text(request.say("error.unknown_button"));
        }
        Optional<Recipe> recipe = request.services().library().snapshot().recipe(parts[1]);
        if (recipe.isEmpty()) {
            return Reply.text(request.say("recipe.gone"));
        }
        Servings asked = parts.length > 2 ? Servings.fromButton(parts[2]) : new Servings("", OptionalInt.empty(), "");
        if (asked.isBad()) {
            return Reply.text(request.say("servings.bad", asked.bad(), Servings.MAX));
        }
        OptionalInt servings = asked.servings();
        if (parts[0].startsWith("t")) {
            return startTimer(request, recipe.get(), parts[0].substring(1), servings);
        }
        if (parts[0].startsWith("r")) {
            return startOpenRepeat(request, recipe.get(), parts[0].substring(1), servings);
        }
        int step = Math.min(Paging.page(parts[0]), Math.max(0, recipe.get().steps().size() - 1));
        OpenRepeatSeries.leave(request, recipe.get().id(), step);
        request.services().cooks().put(request.chat(), new CookStore.Cook(recipe.get().id(), servings, step, request.incoming().user()));
        return CookView.step(request, recipe.get(), step, servings);
    }

    private static Reply startTimer(Request request, Recipe recipe, String which, OptionalInt servings) {
        String[] numbers = which.split("\\.");
        Timeline timeline = Timeline.of(recipe);
        int step = numbers.length == 2 ? Paging.page(numbers[0]) : -1;
        int index = numbers.length == 2 ? Paging.page(numbers[1]) : -1;
        if (step < 0 || step >= timeline.steps().size() || index >= timeline.steps().get(step).timers().size()) {
            return Reply.text(request.say("recipe.gone"));
        }
        StepTimer timer = timeline.steps().get(step).timers().get(index);
        Instant now = request.services().clock().instant();
        String name = CookReminders.stepName(request, timeline, step);
        String done = CookReminders.done(timeline, step, timer);
        Optional<Reminder> running = request.services().reminders().pending(request.chat()).stream()
                .filter(reminder -> reminder.cook() && reminder.text().equals(done)).findFirst();
        String note;
        if (running.isPresent()) {
            note = request.say("cook.timer_running", name, hour(request, running.get().dueAt()));
        } else {
            List<Reminder> set = CookReminders.of(request, timeline, step, timer, now).stream()
                    .map(reminder -> request.services().reminders().schedule(reminder))
                    .toList();
            note = request.say("cook.timer_set", name, dev.commis.chat.Durations.seconds(timer.seconds(), request.lang()),
                    hour(request, now.plusSeconds(timer.seconds())), set.size());
        }
        // The step stays on screen with its buttons, the timer's news under its text.
        return CookView.step(request, recipe, step, servings, List.of(note));
    }

    private static Reply startOpenRepeat(Request request, Recipe recipe, String which, OptionalInt servings) {
        Timeline timeline = Timeline.of(recipe);
        int step = which.matches("\\d{1,4}") ? Integer.parseInt(which) : -1;
        Optional<OpenRepeat> repeat = OpenRepeatSeries.of(timeline, step);
        if (repeat.isEmpty()) {
            return Reply.text(request.say("recipe.gone"));
        }
        // Its rings end when the cook leaves this step: the cook is on it from now, whatever it showed before.
        OpenRepeatSeries.leave(request, recipe.id(), step);
        request.services().cooks().put(request.chat(), new CookStore.Cook(recipe.id(), servings, step, request.incoming().user()));
        String note = OpenRepeatSeries.start(request, timeline, step, repeat.get());
        return CookView.step(request, recipe, step, servings, List.of(note));
    }

    private static String hour(Request request, Instant at) {
        return HOUR.format(at.atZone(request.services().clock().getZone()));
    }

    /** The next time of day {@code hour:minute} from now, in the configured zone. */
    static ZonedDateTime next(Request request, int hour, int minute) {
        ZonedDateTime now = ZonedDateTime.now(request.services().clock());
        ZonedDateTime at = now.withHour(hour).withMinute(minute).withSecond(0).withNano(0);
        return at.isAfter(now) ? at : at.plusDays(1);
    }

    static String openAction(Request request, Recipe recipe, int step, OptionalInt servings) {
        return request.services().payloads().action(CODE, step + ":" + recipe.id() + suffix(servings));
    }

    static String timerAction(Request request, Recipe recipe, int step, int timer, OptionalInt servings) {
        return request.services().payloads().action(CODE, "t" + step + "." + timer + ":" + recipe.id() + suffix(servings));
    }

    static String repeatAction(Request request, Recipe recipe, int step, OptionalInt servings) {
        return request.services().payloads().action(CODE, "r" + step + ":" + recipe.id() + suffix(servings));
    }

    private static String suffix(OptionalInt servings) {
        return servings.isPresent() ? ":" + servings.getAsInt() : "";
    }

    /** {@link RecipeCard#factor}, for cook views. */
    static double factor(Recipe recipe, OptionalInt servings) {
        return RecipeCard.factor(recipe, servings);
    }
}
