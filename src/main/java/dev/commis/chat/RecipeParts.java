package dev.commis.chat;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cuts the words naming several recipes at their separators ({@code ,} {@code ;} {@code +} for a
 * shopping list, {@code +} for a joint cook), except where the pieces together are one recipe's
 * title: "Pavé de saumon à l'unilatérale, sauce vierge" and "Mac + Cheese" stay whole. Where a
 * run of pieces could be read several ways, the longest title wins, from the left.
 */
public final class RecipeParts {

    private RecipeParts() {
    }

    /**
     * The parts of {@code words}, in order, each stripped; a blank part (two separators in a row,
     * one at either end) is kept as an empty string so that a caller can refuse it or drop it.
     *
     * @param separator where {@code words} may be cut
     * @param isTitle   whether words (as written between two cuts, not stripped) are a recipe's whole title
     */
    public static List<String> split(String words, Pattern separator, Predicate<String> isTitle) {
        List<Integer> cuts = new ArrayList<>();
        cuts.add(-1);
        Matcher found = separator.matcher(words);
        while (found.find()) {
            cuts.add(found.start());
        }
        cuts.add(words.length());
        List<String> parts = new ArrayList<>();
        int from = 0;
        while (from < cuts.size() - 1) {
            int to = from + 1;
            for (int longest = cuts.size() - 1; longest > from + 1; longest--) {
                if (isTitle.test(words.substring(cuts.get(from) + 1, cuts.get(longest)))) {
                    to = longest;
                    break;
                }
            }
            parts.add(words.substring(cuts.get(from) + 1, cuts.get(to)).strip());
            from = to;
        }
        return parts;
    }
}
