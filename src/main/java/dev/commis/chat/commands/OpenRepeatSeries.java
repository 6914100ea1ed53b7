package dev.commis.chat.commands;

import dev.commis.chat.CookStore;
import dev.commis.chat.Durations;
import dev.commis.chat.ReminderText;
import dev.commis.chat.Request;
import dev.commis.kitchen.OpenRepeat;
import dev.commis.kitchen.StepDurations;
import dev.commis.kitchen.Timeline;
import dev.commis.reminders.Reminder;
import dev.commis.vault.Recipe;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The rings of a step's open repeat ("Cook, stirring every 5 minutes, until the sauce thickens"):
 * one every period from the press, as cook reminders (stored, listed and cancelled by /timers,
 * cancelled by /stop), at most {@link #SERIES_CAP} and {@link #MAX_RINGS} of them since the step
 * writes no end, and cancelled when the cook leaves the step. Every ring of a series has the same
 * stored words, which name the series: a second press finds its rings and sets nothing, and
 * leaving the step cancels the pending ones.
 */
final class OpenRepeatSeries {

    /**
     * How long a series rings at most. The step ends when the cook sees it done, which Commis
     * cannot know; a cook who forgets to move on should not be nagged all evening, and a sauce
     * stirred for two hours is long done or needs a new press.
     */
    static final Duration SERIES_CAP = Duration.ofHours(2);

    /**
     * How many rings a series sets at most: "every minute" for two hours would take 120 of the
     * chat's pending reminders (100 by default) and bury /timers.
     */
    static final int MAX_RINGS = 24;

    private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("HH:mm");

    private OpenRepeatSeries() {
    }

    /** Step {@code step}'s open repeat, when it has one that rings at least once within the cap. */
    static Optional<OpenRepeat> of(Timeline timeline, int step) {
        if (step < 0 || step >= timeline.steps().size() || !timeline.steps().get(step).timers().isEmpty()) {
            return Optional.empty();
        }
        return StepDurations.openRepeat(timeline.steps().get(step).step().text()).filter(repeat -> rings(repeat) > 0);
    }

    /** Starts the series of step {@code step} unless it runs already; what to say under the step. */
    static String start(Request request, Timeline timeline, int step, OpenRepeat repeat) {
        String ring = ringText(timeline, step, repeat);
        String action = CookReminders.repeatAction(request.messages(), timeline, step);
        String every = Durations.seconds(repeat.everySeconds(), request.lang());
        List<Reminder> running = pending(request, ring);
        if (!running.isEmpty()) {
            return request.say("cook.open_repeat_running", action, every, hour(request, running.get(0).dueAt()));
        }
        Instant now = request.services().clock().instant();
        List<Reminder> set = new ArrayList<>();
        for (int i = 1; i <= rings(repeat); i++) {
            set.add(request.services().reminders().schedule(Reminder.of(request.chat(), request.incoming().user(), ring,
                    now.plusSeconds(repeat.everySeconds() * i), true)));
        }
        return request.say("cook.open_repeat_set", action, every, hour(request, set.get(set.size() - 1).dueAt()), set.size());
    }

    /**
     * Cancels the pending rings of the step the chat's cook is on, if the cook is about to go to
     * another step or recipe ({@code recipe}'s step {@code step}); how many.
     */
    static int leave(Request request, String recipe, int step) {
        Optional<CookStore.Cook> cook = request.services().cooks().get(request.chat());
        if (cook.isEmpty() || (cook.get().recipe().equals(recipe) && cook.get().step() == step)) {
            return 0;
        }
        return end(request, cook.get());
    }

    /** Cancels the pending rings of the step the chat's cook is on, as it ends (a joint cook replaces it); how many. */
    static int leave(Request request) {
        return request.services().cooks().get(request.chat()).map(cook -> end(request, cook)).orElse(0);
    }

    private static int end(Request request, CookStore.Cook cook) {
        Optional<Recipe> left = request.services().library().snapshot().recipe(cook.recipe());
        if (left.isEmpty()) {
            return 0;
        }
        Timeline timeline = Timeline.of(left.get());
        Optional<OpenRepeat> repeat = of(timeline, cook.step());
        if (repeat.isEmpty()) {
            return 0;
        }
        int cancelled = 0;
        for (Reminder ring : pending(request, ringText(timeline, cook.step(), repeat.get()))) {
            cancelled += request.services().reminders().cancel(request.chat(), ring.id()) ? 1 : 0;
        }
        return cancelled;
    }

    private static long rings(OpenRepeat repeat) {
        return Math.min(SERIES_CAP.toSeconds() / repeat.everySeconds(), MAX_RINGS);
    }

    /** "🥄 Stirring — every 5 min", in every language: the same for every ring of the series. */
    private static String ringText(Timeline timeline, int step, OpenRepeat repeat) {
        return ReminderText.of(words -> words.get("remind.open_repeat", CookReminders.repeatAction(words, timeline, step),
                Durations.seconds(repeat.everySeconds(), words.language())));
    }

    private static List<Reminder> pending(Request request, String ring) {
        return request.services().reminders().pending(request.chat()).stream()
                .filter(reminder -> reminder.cook() && reminder.text().equals(ring)).toList();
    }

    private static String hour(Request request, Instant at) {
        return HOUR.format(at.atZone(request.services().clock().getZone()));
    }
}
