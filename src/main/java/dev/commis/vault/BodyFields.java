package dev.commis.vault;

import dev.commis.vault.FactKeys.Field;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Metadata written as lines of a body, the way exports and notes apps write it rather than in a
 * front matter: {@code Tags: soup, winter} and {@code Categories: Dinner} (Mealie, Notion),
 * {@code Original URL: https://…}, {@code Cuisine : française}, or a line of hashtags alone
 * ({@code #cuisine/sauces #rapide}, Bear and Obsidian). Each is kept as a field that the front
 * matter, when it says something, overrides. Only a few labels count: a note that happens to
 * start with "Type:" stays a note.
 */
final class BodyFields {

    private static final int LONGEST_LABEL = 30;
    private static final int LONGEST_NAME = 40;
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Set<String> LABELS = Set.of("tags", "tag", "keywords", "mots_cles", "etiquettes",
            "categories", "category", "categorie", "course", "cuisine", "url", "original_url", "source_url",
            "recipe_url");

    private BodyFields() {
    }

    /** Adds to {@code fields} what {@code line} (plain text) says, and says whether it was such a line. */
    static boolean accept(String line, Map<String, Object> fields) {
        String text = line.strip();
        if (text.isEmpty()) {
            return false;
        }
        if (text.charAt(0) == '#') {
            return hashtags(text, fields);
        }
        int colon = colon(text);
        if (colon < 2 || colon > LONGEST_LABEL) {
            return false;
        }
        String key = FactKeys.normalize(text.substring(0, colon).strip());
        String value = text.substring(colon + 1).strip();
        if (value.isEmpty() || !LABELS.contains(key)) {
            return false;
        }
        Field field = FactKeys.scalarField(key);
        if (field == Field.URL ? !value.startsWith("http") : field != Field.TAGS && value.length() > LONGEST_NAME) {
            return false; // "Cuisine : prévoir une grande cocotte en fonte" is advice, not a cuisine
        }
        fields.putIfAbsent(field == Field.TAGS ? "tags" : key, value);
        return true;
    }

    private static int colon(String text) {
        int ascii = text.indexOf(':');
        int wide = text.indexOf('：');
        return ascii < 0 ? wide : wide < 0 ? ascii : Math.min(ascii, wide);
    }

    /** A line of hashtags only ("#dessert #cuisine/française"), each with a letter; added to the tags. */
    private static boolean hashtags(String text, Map<String, Object> fields) {
        for (String word : SPACES.split(text)) {
            if (word.length() < 2 || word.charAt(0) != '#' || word.charAt(1) == '#' || !hasLetter(word)) {
                return false;
            }
        }
        Object before = fields.get("tags");
        fields.put("tags", before == null ? text : before + " " + text);
        return true;
    }

    private static boolean hasLetter(String word) {
        for (int i = 1; i < word.length(); i++) {
            if (Character.isLetter(word.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
