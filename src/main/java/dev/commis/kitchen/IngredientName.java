package dev.commis.kitchen;

import dev.commis.text.Folding;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The name of the ingredient an ingredient line is about, and the key that lets two lines of it
 * meet on a shopping list: "2 gousses d'ail" and "1 gousse d'ail, pelée" are both "gousse d'ail";
 * "125g unsalted butter" and "50 g unsalted butter, softened" are both "unsalted butter".
 */
final class IngredientName {

    /** An Obsidian link, "[[Guacamole]]" or "[[guacamole|the guacamole]]": its label is the name. */
    private static final Pattern LINK = Pattern.compile("\\[\\[([^\\[\\]|]*)(?:\\|([^\\[\\]]*))?]]");
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
    /**
     * Words that say how good the thing should be, not which thing it is: "oeufs très frais" are
     * eggs. Looked past only on the way to the synonym table, and never in {@link #PRODUCTS}.
     */
    private static final Set<String> QUALITIES = Set.of("very", "tres", "bien", "fresh", "frais", "fraiche",
            "fraiches", "ripe", "mur", "murs", "mure", "mures", "organic", "bio", "free-range", "extra");
    /** Names where the quality word makes another product: crème fraîche is not cream. */
    private static final List<String> PRODUCTS = List.of("creme fraiche", "fromage frais", "fromages frais",
            "fresh cheese", "pate fraiche", "pates fraiches", "fresh pasta");
    /**
     * Words that count pieces of an ingredient, French and English alike, so that "gousses d'ail"
     * meets "garlic cloves" (and "gousse de vanille" meets "vanilla pod", "gousse" serving both).
     */
    private static final Map<String, String> COUNTERS = Map.ofEntries(Map.entry("gousse", "clove"),
            Map.entry("clove", "clove"), Map.entry("pod", "clove"), Map.entry("brin", "sprig"),
            Map.entry("sprig", "sprig"), Map.entry("tranche", "slice"), Map.entry("slice", "slice"),
            Map.entry("feuille", "leaf"), Map.entry("leaf", "leaf"), Map.entry("leave", "leaf"),
            Map.entry("boite", "can"), Map.entry("can", "can"), Map.entry("tin", "can"));

    private IngredientName() {
    }

    /**
     * The name as the line writes it, without its quantity, bracketed remarks, alternatives, and
     * (after a quantity) what follows the first comma; a line without a quantity keeps its commas
     * ("sel, poivre") and loses only serving notes (", to serve").
     */
    static String of(Reading reading) {
        String name = reading.line().substring(reading.nameStart(), Math.max(reading.nameStart(), reading.nameEnd()));
        name = LINK.matcher(name).replaceAll(link -> Matcher.quoteReplacement(
                link.group(2) != null ? link.group(2) : link.group(1)));
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

    /**
     * What two lines must share to merge when the ingredient's synonyms are known: the key of the
     * ingredient {@code synonyms} finds for the whole name, once sizes and qualities are set aside,
     * with the word that counts its pieces ("3 gousses d'ail" and "2 garlic cloves" are both
     * cloves of garlic); the plain {@link #key} when the name is not a known ingredient as a whole,
     * so that "sucre glace" never meets "sucre".
     */
    static String key(String name, Function<String, Optional<String>> synonyms) {
        String folded = Folding.fold(name).replace('’', '\'');
        boolean product = PRODUCTS.stream().anyMatch(folded::contains);
        List<String> words = new ArrayList<>(Arrays.stream(SPACES.split(folded.strip()))
                .filter(word -> !SIZES.contains(word) && (product || !QUALITIES.contains(word)))
                .toList());
        String counter = words.size() > 1 ? COUNTERS.get(singular(words.get(0))) : null;
        if (counter != null) {
            words.remove(0);
        } else if (words.size() > 1 && COUNTERS.containsKey(singular(words.get(words.size() - 1)))) {
            counter = COUNTERS.get(singular(words.remove(words.size() - 1)));
        }
        String counted = counter == null ? "" : " " + counter;
        Optional<String> ingredient = words.isEmpty() ? Optional.empty() : synonyms.apply(String.join(" ", words));
        return ingredient.map(found -> "=" + found + counted).orElseGet(() -> key(name));
    }
}
