package dev.commis.chat.commands;

import dev.commis.chat.Durations;
import dev.commis.chat.Request;
import dev.commis.kitchen.StepTimer;
import dev.commis.kitchen.Timeline;
import dev.commis.reminders.Reminder;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The reminders one cook timer makes: its end ("⏰ Cook the pork: 3 h done — next: Make the
 * glaze"), each repeat inside it ("🥄 Stir pork — 10 of 30 min"), and for long timers a heads-up
 * before the end.
 */
final class CookReminders {

    /** Timers at least this long get a heads-up before they end. */
    static final Duration LONG_TIMER = Duration.ofHours(1);

    /** The words before "every …" / "toutes les …": what to do at each repeat. */
    private static final Pattern REPEAT_ACTION = Pattern.compile(
            "([^.;!?]*?)\\s*,?\\s*\\b(?:every|toutes les|tous les)\\b", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private CookReminders() {
    }

    /** The reminders of timer {@code timer} of step {@code index} of {@code timeline}, started at {@code start}. */
    static List<Reminder> of(Request request, Timeline timeline, int index, StepTimer timer, Instant start) {
        List<Reminder> reminders = new ArrayList<>();
        String chat = request.chat();
        String user = request.incoming().user();
        String step = stepName(request, timeline, index);
        long total = timer.seconds();
        String totalWords = Durations.seconds(total, request.lang());
        if (timer.everySeconds().isPresent() && timer.everySeconds().getAsLong() > 0) {
            long every = timer.everySeconds().getAsLong();
            String action = repeatAction(request, timeline, index, step);
            for (long at = every; at < total; at += every) {
                reminders.add(Reminder.of(chat, user, request.say("remind.repeat", action,
                        Durations.seconds(at, request.lang()), totalWords), start.plusSeconds(at), true));
            }
        }
        Duration headsUp = request.services().headsUp();
        if (Duration.ofSeconds(total).compareTo(LONG_TIMER) >= 0 && headsUp.toSeconds() < total) {
            reminders.add(Reminder.of(chat, user, request.say("remind.heads_up", step,
                    Durations.seconds(headsUp.toSeconds(), request.lang())), start.plusSeconds(total).minus(headsUp), true));
        }
        String done = index + 1 < timeline.steps().size()
                ? request.say("remind.done", step, totalWords, stepName(request, timeline, index + 1))
                : request.say("remind.done_last", step, totalWords);
        if (timer.maxSeconds().isPresent()) {
            done += " " + request.say("remind.range", Durations.seconds(timer.maxSeconds().getAsLong(), request.lang()));
        }
        reminders.add(Reminder.of(chat, user, done, start.plusSeconds(total), true));
        return reminders;
    }

    /** "Cook the pork", or "step 2" when the step has no title. */
    static String stepName(Request request, Timeline timeline, int index) {
        String title = timeline.steps().get(index).step().title();
        return title.isEmpty() ? request.say("cook.step_name", index + 1) : title;
    }

    private static String repeatAction(Request request, Timeline timeline, int index, String step) {
        Matcher m = REPEAT_ACTION.matcher(timeline.steps().get(index).step().text());
        String action = "";
        while (m.find()) {
            action = m.group(1).strip();
        }
        if (action.isEmpty() || action.length() > 60) {
            return step;
        }
        return Character.toUpperCase(action.charAt(0)) + action.substring(1);
    }
}
