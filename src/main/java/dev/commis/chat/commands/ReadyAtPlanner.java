package dev.commis.chat.commands;

import dev.commis.chat.CookStore;
import dev.commis.chat.Durations;
import dev.commis.chat.Messages;
import dev.commis.chat.ReminderText;
import dev.commis.chat.Request;
import dev.commis.chat.reply.Reply;
import dev.commis.chat.reply.Span;
import dev.commis.kitchen.Timeline;
import dev.commis.reminders.Reminder;
import dev.commis.vault.Recipe;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

/**
 * "{@code /cook … ready at 19:30}": plans the cook backwards from the serving time (the step
 * timers and the preparation time), says when to start (and that it is tomorrow, when it is), and
 * sets a reminder at the start, at the start of each step and at the end of each timed step. Too
 * late to be ready in time: says so, and when it could be.
 */
final class ReadyAtPlanner {

    private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("HH:mm");

    private ReadyAtPlanner() {
    }

    static Reply plan(Request request, Recipe recipe, OptionalInt servings, int hour, int minute) {
        ZoneId zone = request.services().clock().getZone();
        Instant now = request.services().clock().instant();
        ZonedDateTime ready = CookCommand.next(request, hour, minute);
        Timeline timeline = Timeline.of(recipe);
        Timeline.Plan plan = timeline.backwardsFrom(ready.toInstant());
        String total = Durations.seconds(timeline.total().toSeconds(), request.lang());
        if (plan.begin().isBefore(now)) {
            String earliest = HOUR.format(now.plus(timeline.total()).atZone(zone));
            return Reply.text(request.say("cook.too_late", HOUR.format(ready), total, earliest));
        }
        String chat = request.chat();
        String user = request.incoming().user();
        List<Reminder> reminders = new ArrayList<>();
        String readyAt = HOUR.format(ready);
        reminders.add(Reminder.of(chat, user, ReminderText.of(words -> words.get("remind.begin", recipe.title(), readyAt)),
                plan.begin(), true));
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < plan.slots().size(); i++) {
            Timeline.Slot slot = plan.slots().get(i);
            int index = i;
            String name = CookReminders.stepName(request, timeline, i);
            String at = HOUR.format(slot.start().atZone(zone));
            Duration length = slot.step().duration();
            if (slot.step().timers().isEmpty()) {
                lines.add(at + " — " + (i + 1) + ". " + name);
            } else {
                lines.add(at + " — " + (i + 1) + ". " + name + " (" + Durations.seconds(length.toSeconds(), request.lang()) + ")");
            }
            // The first step starts with "time to start"; a step right after a timed one, with its end's "next: …".
            boolean announced = i == 0 ? slot.start().equals(plan.begin()) : !plan.slots().get(i - 1).step().duration().isZero();
            if (!announced) {
                reminders.add(Reminder.of(chat, user, ReminderText.of(words -> startWords(words, timeline, index, length)),
                        slot.start(), true));
            }
            if (!length.isZero()) {
                reminders.add(Reminder.of(chat, user, ReminderText.of(words -> endWords(words, timeline, index, length)),
                        slot.start().plus(length), true));
            }
        }
        reminders.forEach(reminder -> request.services().reminders().schedule(reminder));
        request.services().cooks().put(chat, new CookStore.Cook(recipe.id(), servings, 0, user));
        return Reply.builder()
                .heading(Span.bold("👨‍🍳 " + recipe.title()))
                .paragraph(request.say(ready.toLocalDate().equals(now.atZone(zone).toLocalDate()) ? "cook.plan" : "cook.plan_tomorrow",
                        HOUR.format(ready), HOUR.format(plan.begin().atZone(zone)), total))
                .bullets(lines)
                .paragraph(Span.italic(request.say("cook.plan_reminders", reminders.size())))
                .buttons(new dev.commis.chat.reply.Button(request.say("cook.open_steps"),
                        CookCommand.openAction(request, recipe, 0, servings)))
                .build();
    }

    private static String startWords(Messages words, Timeline timeline, int index, Duration length) {
        String name = CookReminders.stepName(words, timeline, index);
        return length.isZero() ? words.get("remind.step_untimed", index + 1, name)
                : words.get("remind.step_start", index + 1, name, Durations.seconds(length.toSeconds(), words.language()));
    }

    private static String endWords(Messages words, Timeline timeline, int index, Duration length) {
        String name = CookReminders.stepName(words, timeline, index);
        String took = Durations.seconds(length.toSeconds(), words.language());
        return index + 1 < timeline.steps().size()
                ? words.get("remind.planned_end", name, took, CookReminders.stepName(words, timeline, index + 1))
                : words.get("remind.planned_end_last", name, took);
    }
}
