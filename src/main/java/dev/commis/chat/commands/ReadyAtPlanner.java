package dev.commis.chat.commands;

import dev.commis.chat.CookStore;
import dev.commis.chat.Durations;
import dev.commis.chat.Request;
import dev.commis.chat.reply.Reply;
import dev.commis.chat.reply.Span;
import dev.commis.kitchen.Timeline;
import dev.commis.reminders.Reminder;
import dev.commis.vault.Recipe;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

/**
 * "{@code /cook … ready at 19:30}": plans the cook backwards from the serving time (the step
 * timers and the preparation time), says when to start, and sets a reminder at the start and at
 * the start of each timed step. Too late to be ready in time: says so, and when it could be.
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
        reminders.add(Reminder.of(chat, user, request.say("remind.begin", recipe.title(), HOUR.format(ready)), plan.begin(), true));
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < plan.slots().size(); i++) {
            Timeline.Slot slot = plan.slots().get(i);
            String name = CookReminders.stepName(request, timeline, i);
            String at = HOUR.format(slot.start().atZone(zone));
            if (slot.step().timers().isEmpty()) {
                lines.add(at + " — " + (i + 1) + ". " + name);
            } else {
                String duration = Durations.seconds(slot.step().duration().toSeconds(), request.lang());
                lines.add(at + " — " + (i + 1) + ". " + name + " (" + duration + ")");
                reminders.add(Reminder.of(chat, user, request.say("remind.step_start", i + 1, name, duration), slot.start(), true));
            }
        }
        reminders.forEach(reminder -> request.services().reminders().schedule(reminder));
        request.services().cooks().put(chat, new CookStore.Cook(recipe.id(), servings, 0, user));
        return Reply.builder()
                .heading(Span.bold("👨‍🍳 " + recipe.title()))
                .paragraph(request.say("cook.plan", HOUR.format(ready), HOUR.format(plan.begin().atZone(zone)), total))
                .bullets(lines)
                .paragraph(Span.italic(request.say("cook.plan_reminders", reminders.size())))
                .buttons(new dev.commis.chat.reply.Button(request.say("cook.open_steps"),
                        CookCommand.openAction(request, recipe, 0, servings)))
                .build();
    }
}
