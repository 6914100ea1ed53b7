package dev.commis.vault;

import dev.commis.text.Folding;
import java.util.HashMap;
import java.util.Map;

/**
 * The names people give a recipe's facts, in front matter keys and in body lines such as
 * {@code **Prep Time**: 30 minutes}: any case or separator style ({@code prepTime},
 * {@code Prep-Time}, {@code Temps de préparation}), French and English, and schema.org's.
 */
final class FactKeys {

    /** What a key names. LIST fields hold ingredient lines or steps; the others one value. */
    enum Field {
        TITLE, CUISINE, TYPE, PREP, COOK, REST, TOTAL, SERVINGS, DIFFICULTY, PROTEIN, SOURCE, URL, DATE, TAGS,
        INGREDIENTS, STEPS, TIME_UNIT
    }

    private static final Map<String, Field> SCALARS = new HashMap<>();
    private static final Map<String, Field> LISTS = new HashMap<>();

    static {
        scalar(Field.TITLE, "title", "name", "titre", "nom", "recipe_name");
        scalar(Field.CUISINE, "cuisine", "cuisines", "recipe_cuisine");
        scalar(Field.TYPE, "type", "course", "courses", "category", "categories", "categorie", "recipe_category",
                "plat", "meal");
        scalar(Field.PREP, "temps_prep", "temps_preparation", "temps_de_preparation", "tps_preparation", "preparation",
                "prep_time", "prep", "preparation_time", "prep_minutes", "prep_mins", "active_time", "hands_on_time",
                "temps_prepa", "prepa");
        scalar(Field.COOK, "temps_cuisson", "temps_de_cuisson", "tps_cuisson", "cuisson", "cook_time", "cook",
                "cooking_time", "cooking", "cook_minutes", "bake_time", "baking_time", "temps_de_cuisson_total");
        scalar(Field.REST, "temps_repos", "temps_de_repos", "repos", "rest_time", "resting_time", "rest", "chill_time",
                "chilling_time", "inactive_time", "marinade", "temps_marinade", "temps_de_marinade");
        scalar(Field.TOTAL, "temps_total", "total_time", "total", "time", "duration", "duree", "duree_totale",
                "temps", "ready_in", "total_minutes", "temps_de_realisation", "temps_realisation");
        scalar(Field.SERVINGS, "portions", "portion", "servings", "serving", "serves", "yield", "yields", "personnes",
                "nb_personnes", "nbre_personnes", "nbre_personne", "nb_personne", "nombre_de_personnes",
                "nombre_personnes", "nombre_de_parts", "nb_parts", "parts", "couverts", "convives", "pour", "rendement",
                "recipe_yield", "makes", "people", "servings_count");
        scalar(Field.DIFFICULTY, "difficulte", "difficulty", "niveau", "level");
        scalar(Field.PROTEIN, "proteine", "protein");
        scalar(Field.SOURCE, "source", "origine");
        scalar(Field.URL, "url", "lien", "link", "source_url", "original_url", "recipe_url");
        scalar(Field.DATE, "date_ajout", "date_added", "added", "created", "date_creation");
        scalar(Field.TAGS, "tags", "tag", "keywords", "mots_cles", "etiquettes");
        scalar(Field.TIME_UNIT, "time_unit", "time_units", "unit", "units", "unite", "unite_de_temps");
        list(Field.INGREDIENTS, "ingredients", "ingredient", "recipe_ingredient", "recipe_ingredients",
                "ingredients_list", "ingredient_list", "liste_ingredients", "components", "composants");
        list(Field.STEPS, "steps", "step", "directions", "direction", "instructions", "instruction", "method",
                "methode", "recipe_instructions", "etapes", "etape", "preparation", "recette", "procedure");
    }

    private FactKeys() {
    }

    private static void scalar(Field field, String... keys) {
        for (String key : keys) {
            SCALARS.put(key, field);
        }
    }

    private static void list(Field field, String... keys) {
        for (String key : keys) {
            LISTS.put(key, field);
        }
    }

    /**
     * A key folded for comparison: camelCase split, accents and case dropped, every run of other
     * characters one {@code _} ({@code prepTime}, {@code Prep Time} and {@code prep-time} give
     * {@code prep_time}; {@code **🍽️ Servings**} gives {@code servings}).
     */
    static String normalize(String key) {
        // Front matter keys and fact labels are few and repeat in every file: fold each once.
        String known = NORMALIZED.get(key);
        if (known != null) {
            return known;
        }
        String normalized = fold(key);
        if (NORMALIZED.size() < NORMALIZED_LIMIT) {
            NORMALIZED.put(key, normalized);
        }
        return normalized;
    }

    private static final int NORMALIZED_LIMIT = 4096;
    private static final java.util.concurrent.ConcurrentHashMap<String, String> NORMALIZED =
            new java.util.concurrent.ConcurrentHashMap<>();

    private static String fold(String key) {
        StringBuilder split = new StringBuilder(key.length() + 4);
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (i > 0 && Character.isUpperCase(c) && Character.isLowerCase(key.charAt(i - 1))) {
                split.append('_');
            }
            split.append(c);
        }
        return Folding.key(split.toString());
    }

    /** The single-value field a normalized key names, or null. */
    static Field scalarField(String normalizedKey) {
        Field field = SCALARS.get(normalizedKey);
        if (field == null && normalizedKey.startsWith("recipe_")) {
            field = SCALARS.get(normalizedKey.substring("recipe_".length()));
        }
        return field;
    }

    /** The list field (ingredients or steps) a normalized key names, or null. */
    static Field listField(String normalizedKey) {
        return LISTS.get(normalizedKey);
    }

    /**
     * The duration field whose unit a key such as {@code cook_increment} or {@code prep_unit}
     * gives, or null: the part before the suffix must name a duration.
     */
    static Field unitOf(String normalizedKey) {
        for (String suffix : new String[] {"_unit", "_units", "_increment", "_unite"}) {
            if (normalizedKey.endsWith(suffix)) {
                Field field = scalarField(normalizedKey.substring(0, normalizedKey.length() - suffix.length()));
                if (field == Field.PREP || field == Field.COOK || field == Field.REST || field == Field.TOTAL) {
                    return field;
                }
                if (field == null && normalizedKey.length() > suffix.length()) {
                    Field time = scalarField(normalizedKey.substring(0, normalizedKey.length() - suffix.length()) + "_time");
                    return time == Field.PREP || time == Field.COOK || time == Field.REST || time == Field.TOTAL ? time : null;
                }
            }
        }
        return null;
    }
}
