package dev.commis.chat;

import dev.commis.chat.reply.Reply;
import dev.commis.chat.reply.Span;
import dev.commis.kitchen.Quantities;
import dev.commis.vault.IngredientGroup;
import dev.commis.vault.Recipe;
import dev.commis.vault.RecipeFacts;
import dev.commis.vault.Step;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

/**
 * A recipe as a reply: title, a line of facts, the ingredients by group (scaled to the servings
 * asked for and shown in the chat's units), the numbered steps, the source, and a button for its
 * shopping list.
 */
public final class RecipeCard {

    /** The action code of buttons that open a recipe by id (handled by {@code /recipe}). */
    public static final String OPEN = "r";
    /** The action code of buttons that make a recipe's shopping list (handled by {@code /shop}). */
    public static final String SHOP = "sh";

    private RecipeCard() {
    }

    /** The card for {@code recipe}, for {@code servings} when present; callers may add buttons. */
    public static Reply.Builder of(Request request, Recipe recipe, OptionalInt servings) {
        RecipeFacts facts = recipe.facts();
        double factor = factor(recipe, servings);
        Reply.Builder card = Reply.builder().heading(Span.bold(recipe.title()));
        String factsLine = factsLine(request, facts, servings);
        if (!factsLine.isEmpty()) {
            card.paragraph(factsLine);
        }
        if (servings.isPresent() && facts.servings().isEmpty() && !facts.yieldText().isEmpty()) {
            card.paragraph(Span.italic(request.say("card.unscalable_yield", facts.yieldText())));
        } else if (servings.isPresent() && facts.servings().isEmpty()) {
            card.paragraph(Span.italic(request.say("card.unscalable")));
        } else if (servings.isPresent() && facts.servings().getAsInt() != servings.getAsInt()) {
            card.paragraph(Span.italic(request.say("card.scaled", servings.getAsInt(), facts.servings().getAsInt())));
        }
        ingredients(request, recipe, factor, card);
        steps(request, recipe, card);
        if (!recipe.notes().isEmpty()) {
            card.paragraph(Span.bold(request.say("card.notes")));
            card.paragraph(recipe.notes());
        }
        source(request, facts, card);
        recipe.images().stream().findFirst().ifPresent(card::image);
        String shopPayload = recipe.id() + (servings.isPresent() ? ":" + servings.getAsInt() : "");
        card.buttons(request.services().payloads().button(request.say("card.shop_button"), SHOP, shopPayload));
        return card.share(recipe.title());
    }

    /** How much to multiply quantities by: 1 unless servings were asked for and the recipe says how many it serves. */
    public static double factor(Recipe recipe, OptionalInt servings) {
        OptionalInt written = recipe.facts().servings();
        boolean scalable = servings.isPresent() && servings.getAsInt() > 0 && written.isPresent() && written.getAsInt() > 0;
        return scalable ? (double) servings.getAsInt() / written.getAsInt() : 1.0;
    }

    private static String factsLine(Request request, RecipeFacts facts, OptionalInt servings) {
        List<String> parts = new ArrayList<>();
        facts.totalMinutes().ifPresent(minutes -> parts.add("⏱ " + Durations.minutes(minutes, request.lang())));
        OptionalInt shown = servings.isPresent() && facts.servings().isPresent() ? servings : facts.servings();
        shown.ifPresent(n -> parts.add("🍽 " + request.say("card.servings", n)));
        if (!facts.yieldText().isEmpty()) {
            parts.add("🧺 " + facts.yieldText()); // "About 2 dozen", as written: not a number of people
        }
        if (!facts.difficulty().isEmpty()) {
            parts.add("📊 " + FactWords.say(request, facts.difficulty()));
        }
        if (!facts.cuisine().isEmpty()) {
            parts.add("🌍 " + FactWords.say(request, facts.cuisine()));
        }
        return String.join(" · ", parts);
    }

    /** Adds the ingredients by group, scaled by {@code factor} and shown in the chat's units. */
    public static void ingredients(Request request, Recipe recipe, double factor, Reply.Builder card) {
        if (recipe.ingredients().isEmpty()) {
            return;
        }
        card.paragraph(Span.bold(request.say("card.ingredients")));
        for (IngredientGroup group : recipe.ingredients()) {
            if (!group.name().isEmpty()) {
                card.paragraph(Span.italic(group.name()));
            }
            card.bullets(group.items().stream()
                    .map(line -> Quantities.scale(line, factor, request.units()))
                    .toList());
        }
    }

    private static void steps(Request request, Recipe recipe, Reply.Builder card) {
        if (recipe.steps().isEmpty()) {
            return;
        }
        card.paragraph(Span.bold(request.say("card.steps")));
        List<List<Span>> items = new ArrayList<>();
        int start = 1;
        String part = "";
        for (Step step : recipe.steps()) {
            if (!step.section().equals(part)) {
                // A part of the method ("For the sauce"): its name as a sub-heading, as ingredient groups are shown.
                if (!items.isEmpty()) {
                    card.list(true, start, items);
                    items = new ArrayList<>();
                }
                part = step.section();
                start = step.number();
                if (!part.isEmpty()) {
                    card.paragraph(Span.italic(part));
                }
            }
            items.add(step.title().isEmpty()
                    ? List.of(Span.plain(step.text()))
                    : step.text().isEmpty() ? List.of(Span.bold(step.title()))
                    : List.of(Span.bold(step.title()), Span.plain(" — " + step.text())));
        }
        card.list(true, start, items);
    }

    private static void source(Request request, RecipeFacts facts, Reply.Builder card) {
        if (facts.url().isEmpty() && facts.source().isEmpty()) {
            return;
        }
        Span label = Span.plain(request.say("card.source") + " ");
        if (facts.url().isEmpty()) {
            card.paragraph(label, Span.plain(facts.source()));
        } else {
            card.paragraph(label, Span.link(facts.source().isEmpty() ? facts.url() : facts.source(), facts.url()));
        }
    }
}
