package dev.commis.chat.commands;

import dev.commis.chat.Durations;
import dev.commis.chat.RecipeCard;
import dev.commis.chat.Request;
import dev.commis.chat.reply.Button;
import dev.commis.chat.reply.Reply;
import dev.commis.chat.reply.Span;
import dev.commis.kitchen.StepTimer;
import dev.commis.kitchen.Timeline;
import dev.commis.vault.Recipe;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

/**
 * One step of a cook as a reply: the recipe's name, "step 2 of 4", the ingredients on the first
 * step, the step's title and text, and buttons for the previous and next steps, each of the
 * step's timers (its duration on the label) and stopping. The buttons keep their numbers from
 * step to step where they are typed by number: previous 1, next 2, stop 0, the timers from 3.
 */
final class CookView {

    private CookView() {
    }

    static final int PREVIOUS = 1;
    static final int NEXT = 2;
    static final int STOP = 0;

    static Reply step(Request request, Recipe recipe, int index, OptionalInt servings) {
        return step(request, recipe, index, servings, List.of());
    }

    /** The step with {@code notes} (a timer just set, say) under its text, and its buttons. */
    static Reply step(Request request, Recipe recipe, int index, OptionalInt servings, List<String> notes) {
        // Each step replaces the previous one where the platform can edit: the cook stays one message.
        Reply.Builder view = Reply.builder().heading(Span.bold("👨‍🍳 " + recipe.title())).replacing();
        if (recipe.steps().isEmpty()) {
            return view.paragraph(request.say("cook.no_steps")).build();
        }
        Timeline timeline = Timeline.of(recipe);
        int total = recipe.steps().size();
        view.paragraph(Span.italic(request.say("cook.step_of", index + 1, total)));
        if (index == 0) {
            RecipeCard.ingredients(request, recipe, CookCommand.factor(recipe, servings), view);
        }
        Timeline.StepTimers step = timeline.steps().get(index);
        if (!step.step().section().isEmpty()) {
            view.paragraph(Span.italic(step.step().section())); // the part of the method: "For the sauce"
        }
        if (!step.step().title().isEmpty()) {
            view.paragraph(Span.bold(step.step().title()));
        }
        view.paragraph(step.step().text());
        notes.forEach(note -> view.paragraph(Span.italic(note)));
        List<Button> moves = new ArrayList<>();
        if (index > 0) {
            moves.add(new Button(request.say("cook.previous"), CookCommand.openAction(request, recipe, index - 1, servings), PREVIOUS));
        }
        if (index + 1 < total) {
            moves.add(new Button(request.say("cook.next"), CookCommand.openAction(request, recipe, index + 1, servings), NEXT));
        }
        view.buttons(moves);
        List<Button> timers = new ArrayList<>();
        for (int t = 0; t < step.timers().size(); t++) {
            timers.add(new Button(timerLabel(request, step.timers().get(t)),
                    CookCommand.timerAction(request, recipe, index, t, servings)));
        }
        OpenRepeatSeries.of(timeline, index).ifPresent(repeat -> timers.add(new Button(request.say("cook.open_repeat",
                Durations.seconds(repeat.everySeconds(), request.lang())), CookCommand.repeatAction(request, recipe, index, servings))));
        view.buttons(timers);
        view.buttons(request.services().payloads().button(request.say(index + 1 < total ? "cook.stop" : "cook.finish"),
                StopCommand.CODE, StopCommand.ASK).numbered(STOP));
        if (request.services().screens().miniApp()) {
            // The kitchen screen, inside Telegram as a Mini App (an https page), or a link elsewhere.
            request.services().screens().link(request.chat())
                    .ifPresent(url -> view.buttons(Button.link(request.say("cook.screen"), url)));
        }
        return view.build();
    }

    private static String timerLabel(Request request, StepTimer timer) {
        String duration = timer.maxSeconds().isPresent()
                ? Durations.range(timer.seconds(), timer.maxSeconds().getAsLong(), request.lang())
                : Durations.seconds(timer.seconds(), request.lang());
        return request.say("cook.start_timer", duration);
    }
}
