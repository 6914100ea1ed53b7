package dev.commis.chat.commands;

import dev.commis.chat.Durations;
import dev.commis.chat.Messages;
import dev.commis.chat.ReminderText;
import dev.commis.chat.Request;
import dev.commis.kitchen.JointPlan;
import dev.commis.reminders.Reminder;
import java.util.ArrayList;
import java.util.List;

/**
 * The reminders of a joint cook, all of them cook reminders so that {@code /stop} ends them: at
 * each step's start ("▶ Risotto — step 5: Cuire (18 min, hands-on)"), and for each timed step
 * those of its timer (repeats, heads-up, end; see {@link CookReminders}) with the recipe's name
 * before them, so that {@code /timers} says which dish each is about.
 */
final class JointCookReminders {

    private JointCookReminders() {
    }

    static List<Reminder> of(Request request, JointPlan plan) {
        String chat = request.chat();
        String user = request.incoming().user();
        List<Reminder> reminders = new ArrayList<>();
        for (JointPlan.Entry entry : plan.merged()) {
            JointPlan.PlannedStep step = entry.step();
            String recipe = entry.recipe().timeline().recipe().title();
            // Said in the chat's language when it goes off, like every cook reminder.
            reminders.add(Reminder.of(chat, user, ReminderText.of(words -> words.get("remind.joint_step", recipe,
                    step.index() + 1, CookReminders.stepName(words, entry.recipe().timeline(), step.index()),
                    work(words, step))), step.start(), true));
            if (!step.step().timers().isEmpty()) {
                for (Reminder timer : CookReminders.of(request, entry.recipe().timeline(), step.index(),
                        step.step().timers().get(0), step.start())) {
                    reminders.add(Reminder.of(chat, user, ReminderText.of(words -> words.get("remind.joint_named",
                            recipe, ReminderText.in(timer.text(), words.language()))), timer.dueAt(), true));
                }
            }
        }
        return reminders;
    }

    /** "18 min, hands-on" / "3 h, unattended". */
    static String work(Request request, JointPlan.PlannedStep step) {
        return work(request.messages(), step);
    }

    private static String work(Messages words, JointPlan.PlannedStep step) {
        return Durations.seconds(step.work().duration().toSeconds(), words.language()) + ", "
                + words.get(step.work().handsOn() ? "cook.joint_hands_on" : "cook.joint_unattended");
    }
}
