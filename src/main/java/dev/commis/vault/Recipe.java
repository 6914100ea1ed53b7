package dev.commis.vault;

import java.util.List;
import java.util.Objects;

/**
 * One recipe as read from one vault file: immutable, with every list unmodifiable.
 *
 * @param id          short stable id derived from {@code path} (see {@link RecipeIds})
 * @param path        the file's path relative to the vault, with {@code /} separators
 * @param title       the first level-1 heading, else the file name without {@code .md}
 * @param facts       what the front matter says (times, servings, tags, ...)
 * @param ingredients ingredient groups in file order; the first may be unnamed
 * @param steps       numbered steps, from 1
 * @param notes       the text of the notes section, or "" when there is none
 * @param links       targets of Obsidian {@code [[links]]} in the body, in order, without duplicates
 * @param images      images embedded in the body ({@code ![[photo.jpg]]} or {@code ![](photo.jpg)}), as written
 */
public record Recipe(
        String id,
        String path,
        String title,
        RecipeFacts facts,
        List<IngredientGroup> ingredients,
        List<Step> steps,
        String notes,
        List<String> links,
        List<String> images) {

    public Recipe {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(facts, "facts");
        ingredients = List.copyOf(ingredients);
        steps = List.copyOf(steps);
        notes = notes == null ? "" : notes;
        links = List.copyOf(links);
        images = List.copyOf(images);
    }

    /** The same recipe under another id (used when two paths would share one). */
    /**
     * Whether this is a recipe at all: it has ingredients or steps. A site's other pages (an index, "about") are
     * read like recipes, and have neither.
     */
    public boolean isRecipe() {
        return !ingredients.isEmpty() || !steps.isEmpty();
    }

    public Recipe withId(String newId) {
        return new Recipe(newId, path, title, facts, ingredients, steps, notes, links, images);
    }

    /** Number of ingredient lines over all groups. */
    public int ingredientCount() {
        return ingredients.stream().mapToInt(group -> group.items().size()).sum();
    }
}
