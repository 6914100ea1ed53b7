package dev.commis.importer;

import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * A recipe as a web page states it (schema.org {@code Recipe}), its text already cleaned (no
 * entities, no tags, one space between words) and in the page's language; "" or empty where
 * the page says nothing.
 *
 * @param title       the recipe's name
 * @param lang        the page's language code ({@code fr}, {@code en}), or ""
 * @param ingredients ingredient lines by group; the first group may be unnamed
 * @param steps       step texts by section ({@code HowToSection}); the first may be unnamed
 * @param servings    how many people it serves, when the yield says so
 * @param yield       the yield as written when it is not a number of people ("1 loaf")
 * @param prepMinutes preparation time
 * @param cookMinutes cooking time
 * @param totalMinutes total time, else preparation plus cooking
 * @param cuisine     recipeCuisine
 * @param category    recipeCategory
 * @param keywords    keywords, one per entry
 * @param image       the first image's address
 * @param author      the author's name(s)
 * @param url         the page's address: the recipe's own {@code url}, else the address it was read from
 * @param site        the site's name, else its host
 */
public record PageRecipe(
        String title,
        String lang,
        List<Group> ingredients,
        List<Group> steps,
        OptionalInt servings,
        String yield,
        OptionalInt prepMinutes,
        OptionalInt cookMinutes,
        OptionalInt totalMinutes,
        String cuisine,
        String category,
        List<String> keywords,
        String image,
        String author,
        String url,
        String site) {

    /** Named lines: an ingredient group or a section of steps; {@code name} is "" for none. */
    public record Group(String name, List<String> items) {
        public Group {
            name = name == null ? "" : name;
            items = List.copyOf(items);
        }
    }

    public PageRecipe {
        Objects.requireNonNull(title, "title");
        ingredients = List.copyOf(ingredients);
        steps = List.copyOf(steps);
        keywords = List.copyOf(keywords);
    }

    /** Whether it has anything to cook from: at least one ingredient or one step. */
    public boolean hasContent() {
        return ingredients.stream().anyMatch(g -> !g.items().isEmpty()) || steps.stream().anyMatch(g -> !g.items().isEmpty());
    }
}
