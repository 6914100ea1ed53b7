package dev.commis.chat.commands;

import dev.commis.chat.Command;
import dev.commis.chat.Durations;
import dev.commis.chat.Request;
import dev.commis.chat.WeekStore;
import dev.commis.chat.reply.Button;
import dev.commis.chat.reply.Reply;
import dev.commis.chat.reply.Span;
import dev.commis.kitchen.ShoppingList;
import dev.commis.search.RecipeIndex;
import dev.commis.text.Language;
import dev.commis.vault.Recipe;
import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code /week [filters…]} ({@code /semaine}): seven different main courses, Monday to Sunday, drawn with the
 * filters of {@code /random} by {@link DinnerPicker}; a button per day swaps that day (the same message is
 * edited), and one turns the week into a single shopping list. The week is kept in the store, so its buttons
 * still work after a restart.
 */
public final class WeekCommand implements Command {

    static final String CODE = "wk";
    private static final int SWAPS_PER_ROW = 4;
    private static final Pattern SWAP = Pattern.compile("s(\\d{1,18})\\.([0-6])");
    private static final Pattern LIST = Pattern.compile("l(\\d{1,18})");

    @Override
    public String name() {
        return "week";
    }

    @Override
    public String frenchName() {
        return "semaine";
    }

    @Override
    public String actionCode() {
        return CODE;
    }

    @Override
    public Reply run(Request request, String args) {
        RecipeIndex.Filtered filtered = request.index().filter(args);
        List<Recipe> week = picker(request).week(filtered.recipes());
        if (week.size() < DinnerPicker.DAYS) {
            int mains = DinnerPicker.mainCourses(filtered.recipes()).size();
            if (filtered.terms().isEmpty()) {
                return Reply.text(request.say("week.too_few_vault", mains));
            }
            return Reply.text(filtered.recipes().isEmpty() ? FilterHints.noMatch(request, "random.none", filtered.terms())
                    : request.say("week.too_few", mains, args.strip()));
        }
        long id = request.services().weeks().save(request.chat(), args.strip(), week.stream().map(Recipe::id).toList(),
                request.services().clock().instant());
        return view(request, id, week, "").build();
    }

    /** Payloads: {@code s<week>.<day>} swaps a day (Monday is 0); {@code l<week>} makes the week's shopping list. */
    @Override
    public Reply press(Request request, String payload) {
        Matcher swap = SWAP.matcher(payload);
        Matcher list = LIST.matcher(payload);
        String id = swap.matches() ? swap.group(1) : list.matches() ? list.group(1) : "";
        Optional<WeekStore.Week> stored = id.isEmpty() ? Optional.empty()
                : request.services().weeks().get(Long.parseLong(id), request.chat());
        List<Recipe> week = stored.map(found -> recipes(request, found)).orElse(List.of());
        if (week.size() != DinnerPicker.DAYS) {
            return Reply.text(request.say("week.gone"));
        }
        if (list.matches()) {
            return ShopCommand.list(request, week.stream().map(recipe -> new ShoppingList.Portion(recipe, 1.0)).toList(),
                    week.stream().map(Recipe::title).toList());
        }
        int day = Integer.parseInt(swap.group(2));
        List<Recipe> pool = request.index().filter(stored.get().filters()).recipes();
        Optional<Recipe> other = picker(request).swap(pool, week, day);
        if (other.isEmpty()) {
            return view(request, stored.get().id(), week, request.say("week.no_swap", dayName(request, day, TextStyle.FULL)))
                    .replacing().build();
        }
        List<Recipe> swapped = new ArrayList<>(week);
        swapped.set(day, other.get());
        request.services().weeks().update(stored.get().id(), swapped.stream().map(Recipe::id).toList(),
                request.services().clock().instant());
        return view(request, stored.get().id(), swapped, "").replacing().build();
    }

    private static DinnerPicker picker(Request request) {
        return new DinnerPicker(request.services().random(), request.services().quickMinutes());
    }

    /** The week's recipes as the vault has them now; fewer than seven when one is gone. */
    private static List<Recipe> recipes(Request request, WeekStore.Week week) {
        return week.days().stream().map(id -> request.services().library().snapshot().recipe(id))
                .flatMap(Optional::stream).toList();
    }

    private static Reply.Builder view(Request request, long id, List<Recipe> week, String note) {
        List<List<Span>> days = new ArrayList<>();
        for (int day = 0; day < week.size(); day++) {
            Recipe recipe = week.get(day);
            String time = recipe.facts().totalMinutes().isPresent()
                    ? " (⏱ " + Durations.minutes(recipe.facts().totalMinutes().getAsInt(), request.lang()) + ")" : "";
            days.add(List.of(Span.bold(dayName(request, day, TextStyle.FULL)), Span.plain(" — " + recipe.title() + time)));
        }
        Reply.Builder reply = Reply.builder().heading(Span.bold(request.say("week.title"))).list(false, 1, days);
        if (!note.isEmpty()) {
            reply.paragraph(Span.italic(note));
        }
        List<Button> row = new ArrayList<>();
        for (int day = 0; day < week.size(); day++) {
            row.add(request.services().payloads().button(request.say("week.swap", dayName(request, day, TextStyle.SHORT)),
                    CODE, "s" + id + "." + day));
            if (row.size() == SWAPS_PER_ROW) {
                reply.buttons(row);
                row = new ArrayList<>();
            }
        }
        reply.buttons(row);
        return reply.buttons(request.services().payloads().button(request.say("week.shop"), CODE, "l" + id));
    }

    /** Monday for day 0, in the chat's language, with a capital. */
    static String dayName(Request request, int day, TextStyle style) {
        Locale locale = request.lang() == Language.FR ? Locale.FRENCH : Locale.ENGLISH;
        String name = DayOfWeek.of(day + 1).getDisplayName(style, locale);
        return name.substring(0, 1).toUpperCase(locale) + name.substring(1);
    }
}
