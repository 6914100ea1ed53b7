package dev.commis.kitchen;

import dev.commis.text.Folding;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The name of the ingredient an ingredient line is about, and the key that lets two lines of it
 * meet on a shopping list: "2 gousses d'ail" and "1 gousse d'ail, pelée" are both "gousse d'ail";
 * "125g unsalted butter" and "50 g unsalted butter, softened" are both "unsalted butter".
 */
final class IngredientName {

    /** Closed brackets, and one left open where an alternative cut the line ("(ou 1 boîte..." gone). */
    private static final Pattern BRACKETS = Pattern.compile("\\([^()]*\\)|\\[[^\\[\\]]*\\]|\\([^()]*$");
    /** Serving notes cut from lines without a quantity, where a comma may separate two ingredients. */
    private static final Pattern NOTES = Pattern.compile(
            "(?i)[,;]?\\s*(?:to serve|for serving|to taste|pour servir|au go[uû]t|selon le go[uû]t)\\s*$");
    /** What follows the first comma that is not a decimal comma ("1,2 kg"). */
    private static final Pattern NOTE_AFTER_COMMA = Pattern.compile(",(?!\\d).*$");
    private static final Pattern LEADING_LINKS = Pattern.compile(
            "(?iu)^(?:(?:de|des|du|of|rases?|bomb[ée]es?|level|heaped|heaping|rounded)\\s+|d['’]\\s*)+");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern EDGES = Pattern.compile("^[\\s,;:.\\-–—]+|[\\s,;:.\\-–—]+$");
    /** Sizes say which onion to pick, not which ingredient it is. */
    private static final Set<String> SIZES = Set.of("large", "small", "medium", "big", "gros", "grosse", "grosses",
            "petit", "petite", "petits", "petites", "moyen", "moyenne", "moyens", "moyennes");

    private IngredientName() {
    }

    /**
     * The name as the line writes it, without its quantity, bracketed remarks, alternatives, and
     * (after a quantity) what follows the first comma; a line without a quantity keeps its commas
     * ("sel, poivre") and loses only serving notes (", to serve").
     */
    static String of(Reading reading) {
        String name = reading.line().substring(reading.nameStart(), Math.max(reading.nameStart(), reading.nameEnd()));
        name = BRACKETS.matcher(name).replaceAll(" ");
        if (reading.lead().isPresent()) {
            name = NOTE_AFTER_COMMA.matcher(name).replaceFirst("");
        } else {
            name = NOTES.matcher(name).replaceAll("");
        }
        name = SPACES.matcher(name.strip()).replaceAll(" ");
        name = LEADING_LINKS.matcher(name).replaceFirst("");
        return EDGES.matcher(name).replaceAll("");
    }

    /** The name folded, without sizes, each word in the singular: what two lines must share to merge. */
    static String key(String name) {
        String folded = Folding.fold(name).replace('’', '\'');
        return Stream.of(SPACES.split(folded.strip()))
                .filter(word -> !SIZES.contains(word))
                .map(IngredientName::singular)
                .collect(Collectors.joining(" "));
    }

    /** A rough singular, enough to make "tomatoes" meet "tomato" and "gousses" meet "gousse". */
    static String singular(String word) {
        if (word.length() <= 3) {
            return word;
        }
        if (word.endsWith("oes") || word.endsWith("ches") || word.endsWith("shes")) {
            return word.substring(0, word.length() - 2);
        }
        if (word.endsWith("ies") && word.length() > 4) {
            return word.substring(0, word.length() - 3) + "y";
        }
        boolean plural = word.endsWith("s") && !word.endsWith("ss") && !word.endsWith("us") || word.endsWith("x");
        return plural ? word.substring(0, word.length() - 1) : word;
    }
}
