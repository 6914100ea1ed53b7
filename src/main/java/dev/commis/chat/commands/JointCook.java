package dev.commis.chat.commands;

import dev.commis.chat.CookStore;
import dev.commis.chat.Durations;
import dev.commis.chat.RecipeNames;
import dev.commis.chat.Request;
import dev.commis.chat.reply.Reply;
import dev.commis.chat.reply.Span;
import dev.commis.kitchen.JointPlan;
import dev.commis.kitchen.JointScheduler;
import dev.commis.kitchen.Timeline;
import dev.commis.reminders.Reminder;
import dev.commis.search.RecipeIndex;
import dev.commis.vault.Recipe;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * "{@code /cook A + B [ready at 19:30]}": cooks several recipes together. Finds every recipe (or
 * says which it cannot find and plans nothing), plans them on one timeline (see {@link JointPlan})
 * for the serving time or as soon as possible, sets durable cook reminders for each step's start
 * and each timer's end naming the recipe (so that {@code /timers} lists them and {@code /stop}
 * ends them all), and answers with when to start and the merged timeline. It becomes the chat's
 * cook in progress, which {@code /cook} alone shows again ({@link JointCookView}).
 */
final class JointCook {

    private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("HH:mm");

    private JointCook() {
    }

    /**
     * Whether {@code args} ask for several recipes: {@link CookCommand} hands them here. A "+" inside
     * one recipe's title ("Mac + Cheese") is one recipe.
     */
    static boolean isFor(Request request, String args) {
        return RecipeNames.areSeveral(args) && read(request, args).isJoint();
    }

    static Reply run(Request request, String args) {
        JointCookRequest asked = read(request, args);
        if (asked.names().isEmpty()) {
            return Reply.text(request.say("cook.joint_missing", Examples.title(request)));
        }
        List<String> names = asked.names().get();
        if (names.size() > JointScheduler.MOST_RECIPES) {
            return Reply.text(request.say("cook.joint_too_many", names.size(), JointScheduler.MOST_RECIPES));
        }
        if (asked.hasTime() && !asked.isTimeOfDay()) {
            return Reply.text(request.say("cook.bad_time", asked.asWritten()));
        }
        List<String> notes = new ArrayList<>();
        List<Timeline> timelines = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        for (String name : names) {
            RecipeIndex.Match match = request.services().library().find(name);
            if (match.best().isEmpty()) {
                return match.alternatives().isEmpty() ? Reply.text(request.say("cook.joint_not_found", name))
                        : Reply.text(request.say("cook.joint_ambiguous", name,
                                String.join(" · ", match.alternatives().stream().map(Recipe::title).toList())));
            }
            Recipe recipe = match.best().get();
            if (ids.contains(recipe.id())) {
                notes.add(request.say("cook.joint_twice", recipe.title()));
            } else if (recipe.steps().isEmpty()) {
                ids.add(recipe.id());
                notes.add(request.say("cook.joint_no_steps", recipe.title()));
            } else {
                ids.add(recipe.id());
                timelines.add(Timeline.of(recipe));
            }
        }
        if (timelines.isEmpty()) {
            return Reply.text(String.join("\n", notes));
        }
        return plan(request, asked, timelines, notes);
    }

    private static JointCookRequest read(Request request, String args) {
        return JointCookRequest.parse(args, words -> Servings.namesATitle(request, words));
    }

    private static Reply plan(Request request, JointCookRequest asked, List<Timeline> timelines, List<String> notes) {
        Instant now = request.services().clock().instant();
        ZoneId zone = request.services().clock().getZone();
        JointPlan plan = asked.hasTime()
                ? JointPlan.readyAt(timelines, CookCommand.next(request, asked.hour(), asked.minute()).toInstant())
                : JointPlan.asSoonAsPossible(timelines, now);
        if (plan.begin().isBefore(now)) {
            String length = Durations.seconds(plan.length().toSeconds(), request.lang());
            plan = JointPlan.asSoonAsPossible(timelines, now);
            notes.add(request.say("cook.joint_late", asked.asWritten(), length, hour(plan.ready(), zone)));
        }
        if (plan.begin().atZone(zone).toLocalDate().isBefore(plan.ready().atZone(zone).toLocalDate())) {
            notes.add(request.say("cook.joint_day_before", hour(plan.begin(), zone)));
        }
        List<Reminder> reminders = JointCookReminders.of(request, plan);
        OpenRepeatSeries.leave(request);
        request.services().cooks().putJoint(request.chat(), new CookStore.Joint(
                plan.recipes().stream().map(r -> r.timeline().recipe().id()).toList(), plan.ready(), request.incoming().user()));
        reminders.forEach(reminder -> request.services().reminders().schedule(reminder));
        return reply(request, plan, notes, reminders.size());
    }

    private static Reply reply(Request request, JointPlan plan, List<String> notes, int reminders) {
        ZoneId zone = request.services().clock().getZone();
        Reply.Builder reply = Reply.builder().heading(Span.bold(heading(plan)));
        notes.forEach(reply::paragraph);
        reply.paragraph(request.say("cook.joint_plan", hour(plan.ready(), zone), hour(plan.begin(), zone),
                Durations.seconds(plan.length().toSeconds(), request.lang())));
        reply.bullets(plan.merged().stream().map(entry -> line(request, entry, zone)).toList());
        for (JointPlan.RecipePlan recipe : plan.recipes()) {
            if (recipe.end().isBefore(plan.ready())) {
                reply.paragraph(request.say("cook.joint_early", recipe.timeline().recipe().title(), hour(recipe.end(), zone),
                        Durations.seconds(Duration.between(recipe.end(), plan.ready()).toSeconds(), request.lang())));
            }
        }
        return reply.paragraph(Span.italic(request.say("cook.joint_reminders", reminders))).build();
    }

    /** A step of the merged timeline: "23:10 — Risotto aux champignons · 5. Cuire (18 min, hands-on)". */
    static String line(Request request, JointPlan.Entry entry, ZoneId zone) {
        JointPlan.PlannedStep step = entry.step();
        return hour(step.start(), zone) + " — " + entry.recipe().timeline().recipe().title() + " · "
                + (step.index() + 1) + ". " + CookReminders.stepName(request, entry.recipe().timeline(), step.index())
                + " (" + JointCookReminders.work(request, step) + ")";
    }

    /** The heading of a joint cook's replies: "👨‍🍳 A + B". */
    static String heading(JointPlan plan) {
        return "👨‍🍳 " + String.join(" + ", plan.recipes().stream().map(r -> r.timeline().recipe().title()).toList());
    }

    static String hour(Instant instant, ZoneId zone) {
        return HOUR.format(instant.atZone(zone));
    }
}
