package dev.commis.vault;

import dev.commis.text.Folding;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The body sections Commis understands, recognised by the first words of a heading in French or
 * English ("Ingredients List:", "Ingrédients (4 personnes)", "Étape 1 : …", "🥕 Méthode").
 * Anything else is {@link #OTHER}: kept as notes, never dropped.
 */
enum Section {
    INGREDIENTS, STEPS, SOURCE, NOTES, OTHER;

    /** Folded leading words, longest first where one begins another. */
    private static final Map<String, Section> BY_WORDS = new LinkedHashMap<>();
    private static final Pattern LEADING_ARTICLES = Pattern.compile(
            "^(?:(?:les|la|le|des|de|du|mes|nos|vos|the|my|our|liste|list|ma|notre)_)+");
    private static final Pattern NUMBERED_STEP = Pattern.compile("^(?:etape|step|stage|phase)_?\\d+(?:_|$)");

    static {
        words(INGREDIENTS, "ingredients", "ingredient", "ingrediens", "what_you_need", "what_you_ll_need",
                "you_ll_need", "you_will_need", "il_vous_faut", "shopping_list", "fournitures");
        words(STEPS, "etapes", "etape", "steps", "step", "instructions", "instruction", "method", "methode", "methods",
                "directions", "direction", "preparation", "preparations", "recette", "deroulement", "procedure",
                "realisation", "how_to_make", "how_to_make_it", "to_make", "cooking", "cuisson",
                "procede", "marche_a_suivre", "mode_operatoire", "progression", "deroule", "pas_a_pas",
                "mode_de_preparation", "how_to_cook", "making_it");
        words(SOURCE, "source", "sources", "credits", "credit", "reference", "references", "adapted_from");
        words(NOTES, "notes", "note", "remarques", "remarque", "astuces", "astuce", "tips", "tip", "conseils",
                "conseil", "variations", "variation", "variantes", "variante", "suggestions", "commentaires",
                "comments", "storage", "conservation");
    }

    private static void words(Section section, String... keys) {
        for (String key : keys) {
            BY_WORDS.put(key, section);
        }
    }

    /** The section a heading opens when it begins with a known word; trailing punctuation and emoji are ignored. */
    static Section ofHeading(String heading) {
        return of(heading, false);
    }

    /** The section a heading names when it is only a known word ("Préparation", not "Préparation de la pâte"). */
    static Section exactly(String heading) {
        return of(heading, true);
    }

    /** Whether a heading is one step of a recipe written one heading per step ("Étape 1 : …", "Step 2"). */
    static boolean isNumberedStep(String heading) {
        return NUMBERED_STEP.matcher(key(heading)).lookingAt();
    }

    /**
     * The folded key of {@code heading}, remembered per thread for the last heading asked about:
     * a heading or short paragraph is asked about several times in a row (exactly, ofHeading,
     * isNumberedStep), and folding it is the costly part.
     */
    private static String key(String heading) {
        String[] last = LAST_KEY.get();
        if (!heading.equals(last[0])) {
            last[1] = Folding.key(heading);
            last[0] = heading;
        }
        return last[1];
    }

    private static final ThreadLocal<String[]> LAST_KEY = ThreadLocal.withInitial(() -> new String[2]);

    private static Section of(String heading, boolean exact) {
        String key = BodyReader.withoutLeading(LEADING_ARTICLES, key(heading));
        if (key.isEmpty()) {
            return OTHER;
        }
        Section whole = BY_WORDS.get(key);
        if (whole != null || exact) {
            return whole == null ? OTHER : whole;
        }
        if (NUMBERED_STEP.matcher(key).lookingAt()) {
            return STEPS;
        }
        int end = key.length();
        while ((end = key.lastIndexOf('_', end - 1)) > 0) {
            Section section = BY_WORDS.get(key.substring(0, end));
            if (section != null) {
                return section;
            }
        }
        return OTHER;
    }
}
