package dev.commis.chat.commands;

import dev.commis.chat.Durations;
import dev.commis.chat.Messages;
import dev.commis.chat.ReminderText;
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
        long total = timer.seconds();
        if (timer.everySeconds().isPresent() && timer.everySeconds().getAsLong() > 0) {
            long every = timer.everySeconds().getAsLong();
            for (long at = every; at < total; at += every) {
                long done = at;
                reminders.add(Reminder.of(chat, user, ReminderText.of(words -> words.get("remind.repeat",
                        repeatAction(words, timeline, index), Durations.seconds(done, words.language()),
                        Durations.seconds(total, words.language()))), start.plusSeconds(at), true));
            }
        }
        Duration headsUp = request.services().headsUp();
        if (Duration.ofSeconds(total).compareTo(LONG_TIMER) >= 0 && headsUp.toSeconds() < total) {
            reminders.add(Reminder.of(chat, user, ReminderText.of(words -> words.get("remind.heads_up",
                    stepName(words, timeline, index), Durations.seconds(headsUp.toSeconds(), words.language()))),
                    start.plusSeconds(total).minus(headsUp), true));
        }
        reminders.add(Reminder.of(chat, user, done(timeline, index, timer), start.plusSeconds(total), true));
        return reminders;
    }

    /** The stored words of the reminder at the end of {@code timer}: also what tells that it is already running. */
    static String done(Timeline timeline, int index, StepTimer timer) {
        return ReminderText.of(words -> {
            String step = stepName(words, timeline, index);
            String total = Durations.seconds(timer.seconds(), words.language());
            String done = index + 1 < timeline.steps().size()
                    ? words.get("remind.done", step, total, stepName(words, timeline, index + 1))
                    : words.get("remind.done_last", step, total);
            if (timer.maxSeconds().isPresent()) {
                done += " " + words.get("remind.range", Durations.seconds(timer.maxSeconds().getAsLong(), words.language()));
            }
            return done;
        });
    }

    /** "Cook the pork", or "step 2" when the step has no title. */
    static String stepName(Request request, Timeline timeline, int index) {
        return stepName(request.messages(), timeline, index);
    }

    /** "Cook the pork", or "step 2" when the step has no title, in the words of {@code words}. */
    static String stepName(Messages words, Timeline timeline, int index) {
        String title = timeline.steps().get(index).step().title();
        return title.isEmpty() ? words.get("cook.step_name", index + 1) : title;
    }

    /**
     * What to do at each repeat of step {@code index}: {@link RepeatAction} of the words before "every", else the
     * step's name.
     */
    static String repeatAction(Messages words, Timeline timeline, int index) {
        String step = stepName(words, timeline, index);
        Matcher m = REPEAT_ACTION.matcher(timeline.steps().get(index).step().text());
        String action = "";
        while (m.find()) {
            action = RepeatAction.of(m.group(1));
        }
        if (action.isEmpty() || action.length() > 60) {
            return step;
        }
        return Character.toUpperCase(action.charAt(0)) + action.substring(1);
    }
}
