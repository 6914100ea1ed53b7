package dev.commis.search;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Writes a large vault of made-up but plausible recipes (French and English, front matter, tags,
 * ingredient lines, steps) for the benchmark. Deterministic for a seed. Besides common cooking
 * words, every recipe carries a few invented words, as real recipes carry place names and brand
 * names, so that the dictionary grows as a real one would.
 */
final class SyntheticVault {

    static final List<String> DISHES = List.of("Gratin", "Curry", "Tarte", "Soupe", "Salade", "Risotto", "Ragoût",
            "Tajine", "Stir-fry", "Roast", "Pie", "Stew", "Burger", "Tacos", "Quiche", "Velouté", "Bowl", "Wraps",
            "Omelette", "Crumble", "Galette", "Pancakes", "Brownies", "Mousse", "Cake", "Gyoza", "Skewers", "Casserole");
    static final List<String> MAINS = List.of("poulet", "chicken", "porc", "pork belly", "boeuf", "beef", "agneau",
            "lamb", "saumon", "salmon", "crevettes", "prawns", "champignons", "mushrooms", "légumes", "vegetables",
            "pommes de terre", "potatoes", "lentilles", "lentils", "chocolat", "chocolate", "pommes", "apples",
            "poireaux", "leeks", "tomates", "tomatoes", "courgettes", "zucchini", "tofu", "pois chiches", "chickpeas");
    static final List<String> QUALIFIERS = List.of("à la provençale", "du dimanche", "épicé", "miso glaze",
            "de grand-mère", "express", "au four", "one-pot", "crispy", "fondant", "au citron", "with garlic butter",
            "à l'ail", "sauce vierge", "teriyaki", "masala", "aux herbes", "caramélisé", "smoky", "");
    static final List<String> INGREDIENTS = List.of("farine", "flour", "sucre", "sugar", "beurre", "butter", "oeufs",
            "eggs", "lait", "milk", "crème fraîche", "cream", "ail", "garlic", "oignon", "onion", "échalote",
            "shallot", "huile d'olive", "olive oil", "sel", "salt", "poivre", "pepper", "citron", "lemon", "riz",
            "rice", "pâtes", "pasta", "fromage râpé", "cheese", "tomates", "tomatoes", "carottes", "carrots",
            "persil", "parsley", "coriandre", "coriander", "basilic", "basil", "thym", "thyme", "gingembre",
            "ginger", "cumin", "paprika", "miel", "honey", "sauce soja", "soy sauce", "vinaigre", "vinegar",
            "moutarde", "mustard", "bouillon", "stock", "vin blanc", "white wine", "lardons", "bacon", "poireaux",
            "leeks", "champignons", "mushrooms", "épinards", "spinach", "pommes de terre", "potatoes", "lait de coco",
            "coconut milk", "chocolat noir", "dark chocolate", "vanille", "vanilla", "amandes", "almonds");
    static final List<String> VERBS = List.of("Faire revenir", "Ajouter", "Mélanger", "Cuire", "Verser", "Laisser mijoter",
            "Fry", "Add", "Stir", "Bake", "Whisk", "Simmer", "Season", "Serve", "Chop", "Slice", "Preheat the oven and roast");
    static final List<String> CUISINES = List.of("française", "italienne", "américaine", "thaïlandaise", "indienne",
            "japonaise", "mexicaine", "grecque", "libanaise", "espagnole", "coréenne", "marocaine");
    static final List<String> TYPES = List.of("plat-principal", "entrée", "dessert", "accompagnement", "sauce",
            "petit-déjeuner");
    static final List<String> PROTEINS = List.of("porc", "poulet", "boeuf", "agneau", "poisson", "fruits-de-mer",
            "végétarien", "végan");
    static final List<String> DIFFICULTIES = List.of("facile", "intermédiaire", "difficile");
    private static final String[] SYLLABLES = {"ba", "ko", "ri", "zu", "ne", "ta", "lo", "mi", "sha", "ven", "dor",
            "que", "pli", "ar", "gu", "fen", "tro", "lay", "su", "wel"};

    private SyntheticVault() {
    }

    /** Writes {@code count} recipes under {@code dir}, in a few folders. */
    static void write(Path dir, int count, long seed) throws IOException {
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = 0; i < count; i++) {
            Path folder = dir.resolve("folder-" + (i % 20));
            Files.createDirectories(folder);
            Files.writeString(folder.resolve("recipe-" + i + ".md"), recipe(random), StandardCharsets.UTF_8);
        }
    }

    static String title(SplittableRandom random) {
        String dish = pick(random, DISHES);
        String main = pick(random, MAINS);
        String qualifier = pick(random, QUALIFIERS);
        String title = random.nextBoolean() ? dish + " " + main : dish + " de " + main;
        if (random.nextInt(3) == 0) {
            title = title + " " + invented(random);
        }
        return (title + " " + qualifier).strip();
    }

    static String invented(SplittableRandom random) {
        StringBuilder word = new StringBuilder();
        int syllables = 2 + random.nextInt(3);
        for (int s = 0; s < syllables; s++) {
            word.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
        }
        return word.toString();
    }

    static <T> T pick(SplittableRandom random, List<T> list) {
        return list.get(random.nextInt(list.size()));
    }

    private static String recipe(SplittableRandom random) {
        String cuisine = pick(random, CUISINES);
        String type = pick(random, TYPES);
        String protein = pick(random, PROTEINS);
        String difficulty = pick(random, DIFFICULTIES);
        StringBuilder out = new StringBuilder(4096);
        out.append("---\ncuisine: ").append(cuisine).append("\ntype: ").append(type)
                .append("\ntemps_prep: ").append(5 + random.nextInt(40))
                .append("\ntemps_cuisson: ").append(random.nextInt(180))
                .append("\nportions: ").append(1 + random.nextInt(8))
                .append("\ndifficulté: ").append(difficulty)
                .append("\nprotéine: ").append(protein)
                .append("\ntags:\n  - \"#cuisine/").append(cuisine).append("\"\n  - \"#type/").append(type)
                .append("\"\n  - \"#protéine/").append(protein).append("\"\n  - \"#difficulté/").append(difficulty)
                .append("\"\n  - \"#occasion/").append(invented(random)).append("\"\n---\n\n# ")
                .append(title(random)).append("\n\n## Ingrédients\n\n");
        int ingredients = 5 + random.nextInt(11);
        for (int i = 0; i < ingredients; i++) {
            out.append("- ").append(1 + random.nextInt(500)).append(" g ").append(pick(random, INGREDIENTS));
            if (random.nextInt(5) == 0) {
                out.append(' ').append(invented(random));
            }
            out.append('\n');
        }
        out.append("\n## Étapes\n\n");
        int steps = 3 + random.nextInt(6);
        for (int s = 1; s <= steps; s++) {
            out.append(s).append(". ");
            int sentences = 2 + random.nextInt(3);
            for (int k = 0; k < sentences; k++) {
                out.append(pick(random, VERBS)).append(' ').append(pick(random, INGREDIENTS)).append(" et ")
                        .append(pick(random, INGREDIENTS)).append(" pendant ").append(2 + random.nextInt(30))
                        .append(" minutes");
                if (random.nextInt(4) == 0) {
                    out.append(", ").append(invented(random));
                }
                out.append(". ");
            }
            out.append('\n');
        }
        return out.toString();
    }
}
