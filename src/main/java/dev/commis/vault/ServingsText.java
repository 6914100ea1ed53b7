package dev.commis.vault;

import dev.commis.text.Folding;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads how much a recipe makes. Servings are people: {@code 4}, {@code pour 4 personnes},
 * {@code Serves 4-6}, {@code 4 servings (about 2 cups each)} all serve 4. Anything else with a
 * number ({@code About 2 dozen}, {@code 6 bottles}, {@code 1 loaf}) is a yield, kept as written.
 */
final class ServingsText {

    /** The reading: a number of people, or a yield as written, or neither (both empty). */
    record Reading(OptionalInt servings, String yield) {
        static final Reading NOTHING = new Reading(OptionalInt.empty(), "");

        boolean isEmpty() {
            return servings.isEmpty() && yield.isEmpty();
        }
    }

    private static final Pattern TOKEN = Pattern.compile("\\d+|\\p{L}+");
    private static final Pattern CLAUSES = Pattern.compile("[,;()\\[\\]|/]");
    private static final Set<String> PEOPLE = Set.of("people", "persons", "person", "personnes", "personne", "pers",
            "portions", "portion", "parts", "part", "couverts", "couvert", "convives", "guests", "adults", "adultes",
            "servings", "serving", "serves", "serve", "pax", "p");
    private static final Set<String> FILLERS = Set.of("about", "approximately", "approx", "around", "roughly", "up",
            "environ", "approximativement", "pour", "for", "makes", "make", "yield", "yields", "to", "a", "or", "ou",
            "de", "d", "jusqu", "nb", "env", "ca", "x", "et", "and", "plus", "the", "recipe", "recette", "this",
            "cette", "will", "feed", "feeds", "nombre", "max", "maximum");
    private static final Map<String, Integer> NUMBER_WORDS = Map.ofEntries(
            Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4),
            Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8),
            Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("twelve", 12),
            Map.entry("un", 1), Map.entry("une", 1), Map.entry("deux", 2), Map.entry("trois", 3),
            Map.entry("quatre", 4), Map.entry("cinq", 5), Map.entry("sept", 7), Map.entry("huit", 8),
            Map.entry("neuf", 9), Map.entry("dix", 10), Map.entry("douze", 12));

    private ServingsText() {
    }

    /** Reads {@code text}; a text without any number reads as nothing. */
    static Reading read(String text) {
        String written = text == null ? "" : text.strip();
        if (written.isEmpty()) {
            return Reading.NOTHING;
        }
        String folded = Folding.fold(written);
        OptionalInt firstNumber = OptionalInt.empty();
        boolean onlyFillers = true;
        for (String clause : CLAUSES.split(folded)) {
            OptionalInt number = OptionalInt.empty();
            boolean people = false;
            boolean clauseFillersOnly = true;
            Matcher m = TOKEN.matcher(clause);
            while (m.find()) {
                String token = m.group();
                OptionalInt value = number(token);
                if (value.isPresent()) {
                    number = number.isPresent() ? number : value;
                } else if (PEOPLE.contains(token)) {
                    people = true;
                } else if (!FILLERS.contains(token)) {
                    clauseFillersOnly = false;
                }
            }
            if (people && number.isPresent()) {
                return new Reading(number, "");
            }
            if (firstNumber.isEmpty() && number.isPresent()) {
                firstNumber = number;
                onlyFillers = clauseFillersOnly;
            }
        }
        if (firstNumber.isEmpty()) {
            return Reading.NOTHING;
        }
        return onlyFillers ? new Reading(firstNumber, "") : new Reading(OptionalInt.empty(), written);
    }

    private static OptionalInt number(String token) {
        if (Character.isDigit(token.charAt(0))) {
            if (token.length() > 4) {
                return OptionalInt.empty();
            }
            int n = Integer.parseInt(token);
            return n > 0 ? OptionalInt.of(n) : OptionalInt.empty();
        }
        Integer word = NUMBER_WORDS.get(token);
        return word == null ? OptionalInt.empty() : OptionalInt.of(word);
    }
}
