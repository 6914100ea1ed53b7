package dev.commis.chat.commands;

import dev.commis.chat.CookStore;
import dev.commis.chat.ReminderText;
import dev.commis.chat.Request;
import dev.commis.chat.reply.Button;
import dev.commis.chat.reply.Reply;
import dev.commis.kitchen.Quantities;
import dev.commis.kitchen.StepIngredients;
import dev.commis.vault.Recipe;
import dev.commis.vault.Step;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the kitchen screen shows of a chat, in the chat's language: its cook (the recipe's title, the
 * step, the ingredients the step names, scaled as the chat shows them) with the cook's own buttons,
 * and its pending reminders. The screen's buttons are the chat's: {@link #action} gives the action the
 * chat's button carries, so that a press on the screen goes through the core exactly as one in the chat.
 */
public final class CookScreen {

    /** The screen's names for the cook's buttons; timers are {@code timer0}, {@code timer1}… */
    public static final String PREVIOUS = "previous";
    public static final String NEXT = "next";
    public static final String STOP = "stop";
    public static final String TIMER = "timer";

    /** A button the screen shows: its name for {@link #action} and its label in the chat's language. */
    public record Press(String name, String label) {
    }

    /**
     * The chat's cook as shown.
     *
     * @param stepOf "Step 2 of 5"
     * @param last   whether it is the last step (its stop button says "Finished")
     */
    public record Cook(String title, String stepOf, String stepTitle, String text, List<String> ingredients,
            List<Press> presses, boolean last) {
    }

    /** A pending reminder: what it says and when it goes off. */
    public record Timer(String text, Instant dueAt) {
    }

    /** The whole screen. */
    public record View(Optional<Cook> cook, List<Timer> timers) {
    }

    private CookScreen() {
    }

    /** The screen of the chat of {@code request}. */
    public static View of(Request request) {
        Instant now = request.services().clock().instant();
        List<Timer> timers = request.services().reminders().pending(request.chat()).stream()
                .filter(reminder -> reminder.dueAt().isAfter(now))
                .map(reminder -> new Timer(ReminderText.in(reminder.text(), request.lang()), reminder.dueAt()))
                .toList();
        return new View(cook(request), timers);
    }

    private static Optional<Cook> cook(Request request) {
        Optional<CookStore.Cook> current = request.services().cooks().get(request.chat());
        Optional<Recipe> recipe = current.flatMap(cook -> request.services().library().snapshot().recipe(cook.recipe()));
        if (recipe.isEmpty() || recipe.get().steps().isEmpty()) {
            return recipe.map(r -> new Cook(r.title(), request.say("cook.no_steps"), "", "", List.of(), List.of(), true));
        }
        Recipe shown = recipe.get();
        int index = Math.min(current.get().step(), shown.steps().size() - 1);
        Step step = shown.steps().get(index);
        double factor = CookCommand.factor(shown, current.get().servings());
        List<String> ingredients = StepIngredients.of(shown.ingredients(), step.title() + " " + step.text()).stream()
                .map(line -> Quantities.scale(line, factor, request.units())).toList();
        List<Press> presses = new ArrayList<>();
        int timer = 0;
        for (Button button : view(request, current.get()).allButtons()) {
            if (button.isLink()) {
                continue;
            }
            String name = switch (button.number()) {
                case CookView.PREVIOUS -> PREVIOUS;
                case CookView.NEXT -> NEXT;
                case CookView.STOP -> STOP;
                default -> button.number() == Button.UNNUMBERED ? TIMER + timer++ : null;
            };
            if (name != null) {
                presses.add(new Press(name, button.label()));
            }
        }
        return Optional.of(new Cook(shown.title(), request.say("cook.step_of", index + 1, shown.steps().size()),
                step.title(), step.text(), ingredients, presses, index + 1 == shown.steps().size()));
    }

    /**
     * The action of the chat's button that the screen calls {@code name}, for the chat's cook as it is now; empty
     * when there is no cook or no such button. The screen asks before it stops, so its stop is the chat's
     * confirmed stop.
     */
    public static Optional<String> action(Request request, String name) {
        Optional<CookStore.Cook> current = request.services().cooks().get(request.chat());
        if (current.isEmpty()) {
            return Optional.empty();
        }
        if (name.equals(STOP)) {
            return Optional.of(request.services().payloads().action(StopCommand.CODE, StopCommand.YES));
        }
        int timer = 0;
        for (Button button : view(request, current.get()).allButtons()) {
            // The cook view numbers its moves and its stop; its timers are the unnumbered buttons.
            boolean isTimer = !button.isLink() && button.number() == Button.UNNUMBERED;
            if (button.number() == CookView.PREVIOUS && name.equals(PREVIOUS)
                    || button.number() == CookView.NEXT && name.equals(NEXT)
                    || isTimer && name.equals(TIMER + timer)) {
                return Optional.of(button.action());
            }
            timer += isTimer ? 1 : 0;
        }
        return Optional.empty();
    }

    private static Reply view(Request request, CookStore.Cook cook) {
        Optional<Recipe> recipe = request.services().library().snapshot().recipe(cook.recipe());
        return recipe.isEmpty() ? Reply.text("") : CookView.step(request, recipe.get(), Math.min(cook.step(),
                Math.max(0, recipe.get().steps().size() - 1)), cook.servings());
    }
}
