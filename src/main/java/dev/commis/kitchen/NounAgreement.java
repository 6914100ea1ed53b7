package dev.commis.kitchen;

import dev.commis.text.Language;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Agrees the noun counted by a scaled count with its new number: "1 gousse de vanille" doubled
 * is "2 gousses de vanille", "4 very fresh eggs" for one is "1 very fresh egg". In English the
 * noun is the last word before a comma, a bracket or "of" ("3 spring onions, sliced"); in French
 * the first, with the adjectives before it ("2 petites échalotes"). A small table holds the
 * irregular plurals; words it cannot judge (mass nouns, unknown endings) are left alone.
 */
final class NounAgreement {

    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}'’-]*");
    /** Where the counted noun phrase ends in English. */
    private static final Pattern EN_END = Pattern.compile(
            "[,(;:/]|\\s-\\s|\\b(?:of|or|and|for|to|in|with|plus|about|each)\\b", Pattern.CASE_INSENSITIVE);
    /** English words that count what follows: "2 cloves garlic". */
    private static final Set<String> EN_COUNTERS = Set.of("clove", "cloves", "slice", "slices", "sprig", "sprigs",
            "stalk", "stalks", "head", "heads", "can", "cans", "tin", "tins", "sheet", "sheets", "piece", "pieces",
            "fillet", "fillets", "rasher", "rashers", "stick", "sticks", "bulb", "bulbs", "ear", "ears", "knob", "knobs");
    private static final Map<String, String> EN_IRREGULAR = Map.ofEntries(Map.entry("leaf", "leaves"),
            Map.entry("loaf", "loaves"), Map.entry("half", "halves"), Map.entry("knife", "knives"), Map.entry("calf", "calves"),
            Map.entry("potato", "potatoes"), Map.entry("tomato", "tomatoes"), Map.entry("mango", "mangoes"),
            Map.entry("avocado", "avocados"), Map.entry("radish", "radishes"), Map.entry("mouse", "mice"),
            Map.entry("goose", "geese"), Map.entry("chilli", "chillies"), Map.entry("chili", "chilies"), Map.entry("tooth", "teeth"), Map.entry("foot", "feet"));
    private static final Set<String> UNCOUNTED = Set.of("garlic", "rice", "salt", "pepper", "flour", "sugar", "butter",
            "water", "milk", "oil", "bread", "fish", "sheep", "ail", "riz", "sel", "poivre", "beurre", "farine", "sucre",
            "lait", "eau", "huile", "persil", "basilic", "thym");
    /** French adjectives that come before the noun and agree with it. */
    private static final Set<String> FR_BEFORE = Set.of("petit", "petite", "petits", "petites", "gros", "grosse",
            "grosses", "grand", "grande", "grands", "grandes", "beau", "belle", "beaux", "belles", "bon", "bonne", "bons",
            "bonnes", "jeune", "jeunes", "demi");
    private static final Set<String> FR_LINKS = Set.of("de", "d", "du", "des", "à", "a", "au", "aux", "en", "ou", "et", "pour");

    private NounAgreement() {
    }

    /** A change of the words in {@code line} from {@code from} on, for a count now {@code plural} or not. */
    record Change(int start, int end, String text) {
    }

    /** The words after a count at {@code from} agreed with a count that is now plural or not; empty when nothing changes. */
    static Optional<Change> agree(String line, int from, boolean plural, Language language) {
        String rest = line.substring(from);
        if (language == Language.FR || looksFrench(rest)) {
            return french(line, from, plural);
        }
        Matcher end = EN_END.matcher(rest);
        int stop = end.find() ? end.start() : rest.length();
        Matcher word = WORD.matcher(rest.substring(0, stop));
        int start = -1;
        int finish = -1;
        while (word.find()) {
            start = word.start();
            finish = word.end();
            if (EN_COUNTERS.contains(word.group().toLowerCase(java.util.Locale.ROOT))) {
                break;
            }
        }
        if (start < 0) {
            return Optional.empty();
        }
        String noun = rest.substring(start, finish);
        String agreed = plural ? englishPlural(noun) : englishSingular(noun);
        return agreed.equals(noun) ? Optional.empty() : Optional.of(new Change(from + start, from + finish, agreed));
    }

    /** A short line gives its reader few clues: accents, or a French adjective or ending, decide. */
    private static boolean looksFrench(String rest) {
        Matcher first = WORD.matcher(rest);
        if (!first.find()) {
            return false;
        }
        String word = first.group().toLowerCase(java.util.Locale.ROOT);
        return FR_BEFORE.contains(word) || word.matches(".*(?:[éèêàçôûîœ].*|eaux?)");
    }

    private static Optional<Change> french(String line, int from, boolean plural) {
        String rest = line.substring(from);
        Matcher word = WORD.matcher(rest);
        StringBuilder text = new StringBuilder();
        int start = -1;
        int finish = -1;
        while (word.find()) {
            String found = word.group();
            String lower = found.toLowerCase(java.util.Locale.ROOT);
            if (start >= 0 && !rest.substring(finish, word.start()).isBlank() || FR_LINKS.contains(lower)) {
                break;
            }
            if (word.end() < rest.length() && rest.charAt(word.end()) == '.') {
                break; // an abbreviation ("cuil.", "c.", "gr.") takes no plural mark
            }
            if (start < 0) {
                start = word.start();
            } else {
                text.append(rest, finish, word.start());
            }
            finish = word.end();
            text.append(plural ? frenchPlural(found) : frenchSingular(found));
            if (!FR_BEFORE.contains(lower)) {
                break;
            }
        }
        if (start < 0 || text.toString().equals(rest.substring(start, finish))) {
            return Optional.empty();
        }
        return Optional.of(new Change(from + start, from + finish, text.toString()));
    }

    static String englishPlural(String noun) {
        String lower = noun.toLowerCase(java.util.Locale.ROOT);
        // Words in -i are Italian plurals already (savoiardi, gnocchi); chillies are in the table.
        if (UNCOUNTED.contains(lower) || EN_IRREGULAR.containsValue(lower) || lower.endsWith("s") && !lower.endsWith("ss")
                || lower.endsWith("i") && !EN_IRREGULAR.containsKey(lower)) {
            return noun;
        }
        if (EN_IRREGULAR.containsKey(lower)) {
            return keepCase(noun, EN_IRREGULAR.get(lower));
        }
        if (lower.matches(".*(?:ss|x|z|ch|sh)")) {
            return noun + "es";
        }
        if (lower.matches(".*[^aeiou]y")) {
            return noun.substring(0, noun.length() - 1) + "ies";
        }
        return noun + "s";
    }

    static String englishSingular(String noun) {
        String lower = noun.toLowerCase(java.util.Locale.ROOT);
        for (Map.Entry<String, String> irregular : EN_IRREGULAR.entrySet()) {
            if (irregular.getValue().equals(lower)) {
                return keepCase(noun, irregular.getKey());
            }
        }
        if (UNCOUNTED.contains(lower) || !lower.endsWith("s") || lower.endsWith("ss") || lower.length() < 4) {
            return noun;
        }
        if (lower.endsWith("ies")) {
            return noun.substring(0, noun.length() - 3) + "y";
        }
        if (lower.matches(".*(?:sses|xes|zes|ches|shes)")) {
            return noun.substring(0, noun.length() - 2);
        }
        return noun.substring(0, noun.length() - 1);
    }

    static String frenchPlural(String word) {
        String lower = word.toLowerCase(java.util.Locale.ROOT);
        if (UNCOUNTED.contains(lower) || lower.matches(".*[sxz]") || lower.equals("demi")) {
            return word;
        }
        if (lower.endsWith("eau") || lower.endsWith("au")) {
            return word + "x";
        }
        if (lower.endsWith("al") && !lower.endsWith("bal")) {
            return word.substring(0, word.length() - 1) + "ux";
        }
        return word + "s";
    }

    static String frenchSingular(String word) {
        String lower = word.toLowerCase(java.util.Locale.ROOT);
        if (UNCOUNTED.contains(lower) || lower.length() < 4) {
            return word;
        }
        if (lower.endsWith("eaux")) {
            return word.substring(0, word.length() - 1);
        }
        if (lower.endsWith("s") && !lower.endsWith("ss") && !lower.matches("(?:gros|frais|radis|pois|noix|anis|ananas|cassis|maïs)")) {
            return word.substring(0, word.length() - 1);
        }
        return word;
    }

    private static String keepCase(String original, String replacement) {
        return Character.isUpperCase(original.charAt(0))
                ? Character.toUpperCase(replacement.charAt(0)) + replacement.substring(1) : replacement;
    }
}
