package dev.commis.chat.commands;

import dev.commis.chat.Durations;
import dev.commis.chat.RecipeList;
import dev.commis.chat.Request;
import dev.commis.chat.reply.Reply;
import dev.commis.search.RecipeIndex;
import dev.commis.vault.Recipe;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code /quick [minutes] [filters…]} ({@code /rapide}): recipes whose total time is at most the
 * threshold (the {@code quick_minutes} setting by default) and that match every filter, fastest first.
 */
public final class QuickCommand extends PagedCommand {

    static final String CODE = "q";
    /** A day: longer is not quick by any reading. */
    static final int MAX_MINUTES = 1440;
    private static final Pattern LEADING_MINUTES = Pattern.compile(
            "([-+]?\\d+)\\s*(?:min|mn|minutes|m)?(?:\\s+|$)(.*)", Pattern.CASE_INSENSITIVE);

    @Override
    public String name() {
        return "quick";
    }

    @Override
    public String frenchName() {
        return "rapide";
    }

    @Override
    public String actionCode() {
        return CODE;
    }

    @Override
    Reply page(Request request, String args, int page) {
        String words = args.strip();
        int minutes = request.services().quickMinutes();
        Matcher number = LEADING_MINUTES.matcher(words);
        if (number.matches()) {
            int asked = number.group(1).length() > 5 ? -1 : Integer.parseInt(number.group(1));
            if (asked < 1 || asked > MAX_MINUTES) {
                return Reply.text(request.say("quick.bad_minutes", number.group(1), MAX_MINUTES));
            }
            minutes = asked;
            words = number.group(2).strip();
        }
        int threshold = minutes;
        RecipeIndex.Filtered filtered = request.index().filter(words);
        List<Recipe> quick = filtered.recipes().stream()
                .filter(recipe -> recipe.facts().totalMinutes().isPresent()
                        && recipe.facts().totalMinutes().getAsInt() <= threshold)
                .sorted(Comparator.comparingInt((Recipe recipe) -> recipe.facts().totalMinutes().getAsInt())
                        .thenComparing(Recipe::title))
                .toList();
        if (quick.isEmpty()) {
            if (!filtered.terms().isEmpty() && filtered.recipes().isEmpty()) {
                return Reply.text(FilterHints.noMatch(request, "quick.none_filters", filtered.terms()));
            }
            if (!filtered.terms().isEmpty()) {
                // The filters found recipes: the time is what left none, and the answer says so.
                String said = request.say("quick.none_in_time", words, filtered.recipes().size(), threshold);
                OptionalInt fastest = filtered.recipes().stream().map(recipe -> recipe.facts().totalMinutes())
                        .filter(OptionalInt::isPresent).mapToInt(OptionalInt::getAsInt).min();
                if (fastest.isPresent()) {
                    said += " " + request.say("quick.fastest", Durations.minutes(fastest.getAsInt(), request.lang()));
                }
                return Reply.text(said);
            }
            return Reply.text(request.say("quick.none", threshold));
        }
        String title = request.say("quick.title", threshold, quick.size());
        return RecipeList.page(request, title, quick, page, recipe -> RecipeList.detail(request, recipe),
                next -> pageAction(request, args, next));
    }
}
