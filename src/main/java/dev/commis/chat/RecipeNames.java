package dev.commis.chat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import dev.commis.text.Whitespace;
import dev.commis.vault.Recipe;

/**
 * Reads several recipes' names joined with {@code +} ("poulet rôti + risotto", or {@code +} as a
 * word of its own on a command line). Empty when a name is missing around a {@code +}.
 */
public final class RecipeNames {

    private static final Pattern PLUS = Pattern.compile("\\+");

    private RecipeNames() {
    }

    /** Whether {@code words} name more than one recipe: they hold a {@code +}. */
    public static boolean areSeveral(String words) {
        return words.contains("+");
    }

    /** The names in {@code words}, in order; empty when one is blank ("a + + b", "+ risotto"). */
    public static Optional<List<String>> split(String words) {
        return split(words, name -> false);
    }

    /**
     * {@link #split(String)}, keeping pieces whole where together they are a recipe's title
     * ({@code isTitle}, see {@link RecipeParts}): "Mac + Cheese + risotto" names two recipes.
     */
    public static Optional<List<String>> split(String words, Predicate<String> isTitle) {
        List<String> names = RecipeParts.split(words.strip(), PLUS, isTitle);
        return names.contains("") ? Optional.empty() : Optional.of(names);
    }

    /**
     * Choices for a recipe name being typed, at most {@code max}, each at most {@code length}
     * characters: recipes' titles found by the same search as {@code /search} (every recipe while
     * nothing is typed). After a {@code +}, only the last name is completed and the names before it
     * are kept, so that choosing "burnt ends + Risotto aux champignons" keeps the first recipe;
     * a choice that would not fit is left out rather than cut, as a cut name finds nothing.
     */
    public static List<String> completions(Library library, String typed, int max, int length) {
        int plus = typed.lastIndexOf('+');
        String before = plus < 0 ? "" : typed.substring(0, plus).strip() + " + ";
        String last = typed.substring(plus + 1).strip();
        List<Recipe> found = last.isEmpty() ? library.snapshot().recipes() : library.search(last);
        List<String> choices = new ArrayList<>();
        for (Recipe recipe : found) {
            String choice = plus < 0 ? Whitespace.shorten(recipe.title(), length) : before + recipe.title();
            if (choices.size() == max) {
                break;
            }
            if (choice.length() <= length) {
                choices.add(choice);
            }
        }
        return choices;
    }

    /** The names in command-line {@code words}, where {@code +} may be a word or inside one. */
    public static Optional<List<String>> split(List<String> words) {
        return split(String.join(" ", words));
    }
}
