package dev.commis.chat.commands;

import dev.commis.chat.Request;
import dev.commis.search.RecipeIndex;
import java.util.ArrayList;
import java.util.List;

/** When filters together match nothing: which of them would match on their own, and how often. */
final class FilterHints {

    private FilterHints() {
    }

    /** "porc (7), dessert (11)", or "" when no term matches alone. */
    static String alone(Request request, List<String> terms) {
        RecipeIndex index = request.index();
        List<String> hints = new ArrayList<>();
        for (String term : terms) {
            int count = index.filter(term).recipes().size();
            if (count > 0) {
                hints.add(term + " (" + count + ")");
            }
        }
        return String.join(", ", hints);
    }

    /** The reply text for filters that match nothing. */
    static String noMatch(Request request, String key, List<String> terms) {
        String alone = alone(request, terms);
        String said = request.say(key, String.join(" ", terms));
        return alone.isEmpty()
                ? said + " " + request.say("filter.none_alone", Examples.filter(request))
                : said + " " + request.say("filter.alone", alone);
    }
}
