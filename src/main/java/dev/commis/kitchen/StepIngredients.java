package dev.commis.kitchen;

import dev.commis.text.Folding;
import dev.commis.vault.IngredientGroup;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The ingredient lines a step names: a line belongs to a step when a word of its ingredient's name
 * (folded, in the singular, not a little word such as "de" or "of" nor a word of pieces such as
 * "gousse" or "pinch") is a word of the step's text. "2 gousses d'ail" belongs to "Ajoutez l'ail";
 * "125 g unsalted butter" to "Melt the butter". Lines come back as written, in the recipe's order.
 */
public final class StepIngredients {

    private static final Pattern NOT_LETTERS = Pattern.compile("[^\\p{L}\\p{N}]+");
    /** Words that never say which ingredient: articles, links, pieces and measures, qualities. */
    private static final Set<String> NOISE = Set.of("de", "des", "du", "la", "le", "les", "au", "aux", "en", "et", "ou", "a",
            "of", "the", "and", "or", "for", "with", "pour", "avec", "sans", "to", "in", "un", "une",
            "gousse", "clove", "pincee", "pinch", "tranche", "slice", "feuille", "leaf", "brin", "sprig", "botte", "bunch",
            "cuillere", "spoon", "tablespoon", "teaspoon", "cup", "tasse", "verre", "glass", "boite", "can", "tin", "sachet",
            "packet", "piece", "morceau", "filet", "zeste", "jus", "juice", "fresh", "frais", "fraiche", "grand", "large",
            "small", "petit", "petite", "gros", "grosse", "moyen", "medium", "bien", "very", "tres", "chopped", "hache");

    private StepIngredients() {
    }

    /** The lines of {@code groups} whose ingredient {@code stepText} names. */
    public static List<String> of(List<IngredientGroup> groups, String stepText) {
        Set<String> stepWords = words(stepText).collect(Collectors.toSet());
        List<String> named = new ArrayList<>();
        for (IngredientGroup group : groups) {
            for (String line : group.items()) {
                String name = IngredientName.of(LineReader.read(line));
                if (words(name).anyMatch(stepWords::contains)) {
                    named.add(line);
                }
            }
        }
        return named;
    }

    private static java.util.stream.Stream<String> words(String text) {
        return Arrays.stream(NOT_LETTERS.split(Folding.fold(text)))
                .filter(word -> word.length() > 2)
                .map(IngredientName::singular)
                .filter(word -> !NOISE.contains(word));
    }
}
