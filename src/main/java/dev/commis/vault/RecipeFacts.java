package dev.commis.vault;

import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/**
 * What a recipe's front matter says about it, with French and English keys already merged.
 * Text values are as written (repaired, trimmed) and {@code ""} when absent; numbers are empty
 * when absent or unreadable.
 *
 * @param cuisine    e.g. {@code américaine}
 * @param type       e.g. {@code plat-principal}, {@code dessert}
 * @param protein    e.g. {@code porc}, {@code végétarien}
 * @param difficulty e.g. {@code intermédiaire}
 * @param prepMinutes  preparation time
 * @param cookMinutes  cooking time
 * @param totalMinutes total time: as written, else preparation plus cooking
 * @param servings   number of portions
 * @param source     where the recipe comes from, e.g. {@code Instagram}
 * @param url        the source link, from the front matter or the body's Source section
 * @param dateAdded  as written, e.g. {@code 2025-10-12}
 * @param tags       tags without their leading {@code #}; hierarchical ones keep their {@code /}
 * @param extra      front matter fields Commis does not know, by key as written, values as text
 * @param yieldText  what the recipe makes when that is not a number of people ({@code About 2 dozen},
 *                   {@code 6 bottles}), as written; "" otherwise
 */
public record RecipeFacts(
        String cuisine,
        String type,
        String protein,
        String difficulty,
        OptionalInt prepMinutes,
        OptionalInt cookMinutes,
        OptionalInt totalMinutes,
        OptionalInt servings,
        String source,
        String url,
        String dateAdded,
        List<String> tags,
        Map<String, String> extra,
        String yieldText) {

    /** Facts of a file with no front matter at all. */
    public static final RecipeFacts NONE = new RecipeFacts("", "", "", "", OptionalInt.empty(),
            OptionalInt.empty(), OptionalInt.empty(), OptionalInt.empty(), "", "", "", List.of(), Map.of(), "");

    public RecipeFacts {
        tags = List.copyOf(tags);
        extra = Map.copyOf(extra);
        yieldText = yieldText == null ? "" : yieldText;
    }

    /** Facts without a yield (the constructor before yields were read). */
    public RecipeFacts(String cuisine, String type, String protein, String difficulty, OptionalInt prepMinutes,
            OptionalInt cookMinutes, OptionalInt totalMinutes, OptionalInt servings, String source, String url,
            String dateAdded, List<String> tags, Map<String, String> extra) {
        this(cuisine, type, protein, difficulty, prepMinutes, cookMinutes, totalMinutes, servings, source, url,
                dateAdded, tags, extra, "");
    }

    /** The same facts with another source link. */
    public RecipeFacts withUrl(String newUrl) {
        return new RecipeFacts(cuisine, type, protein, difficulty, prepMinutes, cookMinutes, totalMinutes,
                servings, source, newUrl, dateAdded, tags, extra, yieldText);
    }

    /** The same facts with the times, servings and yield given (what the body said, merged in). */
    public RecipeFacts withAmounts(OptionalInt prep, OptionalInt cook, OptionalInt total, OptionalInt newServings,
            String newYield) {
        return new RecipeFacts(cuisine, type, protein, difficulty, prep, cook, total, newServings, source, url,
                dateAdded, tags, extra, newYield);
    }
}
