package dev.commis.chat;

import dev.commis.chat.reply.Button;
import dev.commis.chat.reply.Reply;
import dev.commis.chat.reply.Span;
import dev.commis.vault.Recipe;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.IntFunction;

/**
 * A ranked list of recipes as a reply, one page at a time: each entry numbered with a short
 * detail, a button to open each, and buttons to the previous and next pages.
 */
public final class RecipeList {

    /** Entries on one page: few enough to read on a phone. */
    public static final int PAGE_SIZE = 8;

    private RecipeList() {
    }

    /**
     * Page {@code page} (from 0) of {@code recipes}.
     *
     * @param title      the list's heading
     * @param detail     a short line about each recipe ("45 min · dessert"), may be ""
     * @param pageAction the button action that shows another page
     */
    public static Reply page(Request request, String title, List<Recipe> recipes, int page,
            Function<Recipe, String> detail, IntFunction<String> pageAction) {
        int pages = Math.max(1, (recipes.size() + PAGE_SIZE - 1) / PAGE_SIZE);
        int shown = Math.max(0, Math.min(page, pages - 1));
        int from = shown * PAGE_SIZE;
        List<Recipe> entries = recipes.subList(from, Math.min(recipes.size(), from + PAGE_SIZE));
        Reply.Builder reply = Reply.builder().heading(Span.bold(title));
        List<List<Span>> items = new ArrayList<>();
        List<Button> open = new ArrayList<>();
        for (Recipe recipe : entries) {
            int number = from + items.size() + 1;
            String more = detail.apply(recipe);
            items.add(more.isEmpty() ? List.of(Span.bold(recipe.title()))
                    : List.of(Span.bold(recipe.title()), Span.plain(" — " + more)));
            // Typed by number, a button opens the entry of the same number on every page.
            open.add(request.services().payloads().button(recipe.title(), RecipeCard.OPEN, recipe.id()).numbered(number));
        }
        reply.list(true, from + 1, items);
        if (pages > 1) {
            reply.paragraph(Span.italic(request.say("list.page", shown + 1, pages, recipes.size())));
        }
        for (int i = 0; i < open.size(); i += 2) {
            reply.buttons(open.subList(i, Math.min(open.size(), i + 2)));
        }
        List<Button> navigation = new ArrayList<>();
        if (shown > 0) {
            navigation.add(new Button(request.say("list.previous"), pageAction.apply(shown - 1)));
        }
        if (shown < pages - 1) {
            navigation.add(new Button(request.say("list.next"), pageAction.apply(shown + 1)));
        }
        return reply.buttons(navigation).build();
    }

    /** "45 min · dessert": the usual detail of a list entry. */
    public static String detail(Request request, Recipe recipe) {
        List<String> parts = new ArrayList<>();
        recipe.facts().totalMinutes().ifPresent(minutes -> parts.add(Durations.minutes(minutes, request.lang())));
        if (!recipe.facts().type().isEmpty()) {
            parts.add(FactWords.say(request, recipe.facts().type()));
        }
        return String.join(" · ", parts);
    }
}
