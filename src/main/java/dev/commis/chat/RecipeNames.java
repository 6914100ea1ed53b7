package dev.commis.chat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads several recipes' names joined with {@code +} ("poulet rôti + risotto", or {@code +} as a
 * word of its own on a command line). Empty when a name is missing around a {@code +}.
 */
public final class RecipeNames {

    private static final Pattern PLUS = Pattern.compile("\\s*\\+\\s*");

    private RecipeNames() {
    }

    /** Whether {@code words} name more than one recipe: they hold a {@code +}. */
    public static boolean areSeveral(String words) {
        return words.contains("+");
    }

    /** The names in {@code words}, in order; empty when one is blank ("a + + b", "+ risotto"). */
    public static Optional<List<String>> split(String words) {
        List<String> names = new ArrayList<>();
        for (String name : PLUS.split(words.strip(), -1)) {
            if (name.isBlank()) {
                return Optional.empty();
            }
            names.add(name.strip());
        }
        return Optional.of(names);
    }

    /** The names in command-line {@code words}, where {@code +} may be a word or inside one. */
    public static Optional<List<String>> split(List<String> words) {
        return split(String.join(" ", words));
    }
}
