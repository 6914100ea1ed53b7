package dev.commis.chat.commands;

import dev.commis.chat.CookStore;
import dev.commis.chat.Durations;
import dev.commis.chat.Request;
import dev.commis.chat.reply.Reply;
import dev.commis.chat.reply.Span;
import dev.commis.kitchen.JointPlan;
import dev.commis.kitchen.Timeline;
import dev.commis.vault.Recipe;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Where the chat's joint cook is, for {@code /cook} alone: the same merged timeline as when it was
 * planned (the plan is made again from the stored recipes and serving time, so it is the same
 * while the recipes are), each step marked done ({@code ✓}) or under way ({@code ▶}), and what
 * comes next: when to start, how long until everything is ready, or that it was.
 */
final class JointCookView {

    private static final String DONE = "✓ ";
    private static final String UNDER_WAY = "▶ ";

    private JointCookView() {
    }

    /** The chat's joint cook as it stands now; empty when the chat has none. */
    static Optional<Reply> resume(Request request) {
        Optional<CookStore.Joint> joint = request.services().cooks().joint(request.chat());
        if (joint.isEmpty()) {
            return Optional.empty();
        }
        List<Timeline> timelines = new ArrayList<>();
        for (String id : joint.get().recipes()) {
            Optional<Recipe> recipe = request.services().library().snapshot().recipe(id);
            if (recipe.isEmpty() || recipe.get().steps().isEmpty()) {
                return Optional.of(Reply.text(request.say("recipe.gone")));
            }
            timelines.add(Timeline.of(recipe.get()));
        }
        return Optional.of(view(request, JointPlan.readyAt(timelines, joint.get().ready())));
    }

    private static Reply view(Request request, JointPlan plan) {
        Instant now = request.services().clock().instant();
        ZoneId zone = request.services().clock().getZone();
        String ready = JointCook.hour(plan.ready(), zone);
        String status;
        if (now.isBefore(plan.begin())) {
            status = request.say("cook.joint_resume_before", ready, JointCook.hour(plan.begin(), zone), until(request, now, plan.begin()));
        } else if (now.isBefore(plan.ready())) {
            status = request.say("cook.joint_resume_now", ready, until(request, now, plan.ready()));
        } else {
            status = request.say("cook.joint_resume_done", ready);
        }
        List<String> lines = new ArrayList<>();
        for (JointPlan.Entry entry : plan.merged()) {
            String mark = !now.isBefore(entry.step().end()) ? DONE : !now.isBefore(entry.step().start()) ? UNDER_WAY : "";
            lines.add(mark + JointCook.line(request, entry, zone));
        }
        return Reply.builder().heading(Span.bold(JointCook.heading(plan))).paragraph(status).bullets(lines)
                .paragraph(Span.italic(request.say("cook.joint_resume_stop")))
                .buttons(List.of(request.services().payloads().button(request.say("cook.stop"), StopCommand.CODE, StopCommand.ASK)
                        .numbered(0)))
                .build();
    }

    /** From {@code now} to {@code then}, in whole minutes rounded up: "in 1 h 51 min" never says seconds. */
    private static String until(Request request, Instant now, Instant then) {
        long minutes = (Duration.between(now, then).toSeconds() + 59) / 60;
        return Durations.seconds(minutes * 60, request.lang());
    }
}
