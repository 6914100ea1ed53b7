package dev.commis.bench;

import dev.commis.text.Folding;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes up recipes from the {@link Vocabulary}, in French or in English, each with a title of its
 * own. Every choice comes from one generator seeded once, so a seed always gives the same recipes.
 */
final class RecipeWriter {

    /** A recipe: the vault folder it goes in, its title and its Markdown file. */
    record Written(String folder, String title, String text) {
    }

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\w+)}");

    private final SplittableRandom random;
    private final Set<String> titles = new HashSet<>();
    private boolean french;

    RecipeWriter(long seed) {
        this.random = new SplittableRandom(seed);
    }

    Written next() {
        french = chance(0.55);
        boolean frenchHeadings = french || chance(0.5);
        String[] dish = fields("dishes"); // name | type
        String[] main = fields("mains"); // ingredient line | title words | protein
        String[] source = fields("sources"); // name [| link without its code]
        String url = source.length > 1 ? source[1] + Long.toString(random.nextLong() & Long.MAX_VALUE, 36) : "";
        String title = uniqueTitle(dish[0], main[1]);
        StringBuilder out = new StringBuilder(2400);
        frontMatter(out, dish[1], main[2], source[0], url);
        out.append("# ").append(title).append("\n\n");
        ingredients(out, main[0], frenchHeadings);
        out.append(frenchHeadings ? "## Étapes\n\n" : "## Steps\n\n");
        for (int step = 1, steps = between(3, 12); step <= steps; step++) {
            out.append(step).append(". ").append(chance(0.35) ? "**" + pick("step-titles") + "** - " : "")
                    .append(String.join(" ", draw("steps", between(1, 4)))).append('\n');
        }
        if (chance(0.5)) {
            out.append("\n## Notes\n\n").append(String.join(" ", draw("notes", between(1, 2)))).append('\n');
        }
        String sourceLine = url.isEmpty() ? source[0] : "[" + source[0] + "](" + url + ")";
        out.append("\n## Source\n\n").append(sourceLine).append('\n');
        return new Written(pick("folders"), title, out.toString());
    }

    /** Dish and main words, maybe a qualifier and a suffix; numbered when 20 draws were all taken. */
    private String uniqueTitle(String dish, String main) {
        for (int attempt = 1; ; attempt++) {
            String title = french ? dish + " " + main : main + " " + dish;
            if (chance(0.5)) {
                title = french ? title + " " + pick("qualifiers") : pick("qualifiers") + " " + title;
            }
            title = capitalized(chance(0.3) ? title + " " + fill(pick("suffixes")) : title);
            title += attempt > 20 ? " (" + attempt + ")" : "";
            if (titles.add(Folding.key(title))) {
                return title;
            }
        }
    }

    private void frontMatter(StringBuilder out, String type, String protein, String source, String url) {
        String cuisine = pick("cuisines");
        String difficulty = pick("difficulties");
        int prep = 5 * between(1, 9);
        int cook = 5 * between(0, 36);
        out.append("---\ncuisine: ").append(cuisine).append("\ntype: ").append(type)
                .append("\ntemps_prep: ").append(prep).append("\ntemps_cuisson: ").append(cook)
                .append("\ntemps_total: ").append(prep + cook).append("\nportions: ").append(2 * between(1, 4))
                .append("\ndifficulté: ").append(difficulty).append("\nprotéine: ").append(protein)
                .append("\nsource: ").append(source).append(url.isEmpty() ? "" : "\nurl: " + url)
                .append("\ndate_ajout: ").append(LocalDate.of(2019, 1, 1).plusDays(random.nextInt(7 * 365)))
                .append("\ntags:");
        String tags = "cuisine/" + cuisine + " type/" + type + " protéine/" + protein + " difficulté/" + difficulty
                + " temps/" + (prep + cook <= 30 ? "rapide" : prep + cook <= 90 ? "moyen" : "long")
                + (chance(0.4) ? " saison/" + pick("seasons") : "");
        for (String tag : tags.split(" ")) {
            out.append("\n  - \"#").append(tag).append('"');
        }
        out.append("\n---\n\n");
    }

    /** 5 to 20 lines, the main ingredient first and none twice; the last few sometimes under a bold group name. */
    private void ingredients(StringBuilder out, String mainLine, boolean frenchHeadings) {
        out.append(frenchHeadings ? "## Ingrédients\n\n" : "## Ingredients\n\n").append("- ").append(fill(mainLine));
        List<String> lines = draw("ingredients", between(4, 19));
        int group = lines.size() >= 7 && chance(0.35) ? lines.size() - between(2, 5) : -1;
        for (int line = 0; line < lines.size(); line++) {
            out.append(line == group ? "\n\n**" + pick("groups") + "**" : "").append("\n- ").append(lines.get(line))
                    .append(chance(0.15) ? " " + invented() : "");
        }
        out.append("\n\n");
    }

    /** {@code count} different entries of a section, their placeholders filled. */
    private List<String> draw(String section, int count) {
        List<String> unused = new ArrayList<>(Vocabulary.list(section, french));
        List<String> drawn = new ArrayList<>(count);
        while (drawn.size() < count) {
            drawn.add(fill(unused.remove(random.nextInt(unused.size()))));
        }
        return drawn;
    }

    /** The template with each {@code {placeholder}} replaced by a value drawn for it. */
    private String fill(String template) {
        Matcher placeholder = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder(template.length() + 16);
        while (placeholder.find()) {
            placeholder.appendReplacement(out, Matcher.quoteReplacement(value(placeholder.group(1))));
        }
        return placeholder.appendTail(out).toString();
    }

    private String value(String placeholder) {
        return switch (placeholder) {
            case "g" -> String.valueOf(25 * between(1, 32));
            case "n" -> String.valueOf(between(2, 8));
            case "spoon" -> String.valueOf(between(1, 4));
            case "cl" -> String.valueOf(5 * between(1, 10));
            case "ml" -> String.valueOf(50 * between(1, 10));
            case "min" -> String.valueOf(5 * between(1, 12));
            case "range" -> {
                int low = 5 * between(2, 10);
                yield low + "-" + (low + 5);
            }
            case "name" -> capitalized(invented());
            case "food" -> pick("foods");
            default -> throw new IllegalArgumentException("unknown {" + placeholder + "} in " + Vocabulary.RESOURCE);
        };
    }

    /** A made-up word, as recipes name places, people and brands: the dictionary grows as a real one does. */
    private String invented() {
        return String.join("", draw("syllables", between(2, 4)));
    }

    private static String capitalized(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private String pick(String section) {
        List<String> entries = Vocabulary.list(section, french);
        return entries.get(random.nextInt(entries.size()));
    }

    private String[] fields(String section) {
        return pick(section).split("\\s*\\|\\s*");
    }

    private boolean chance(double probability) {
        return random.nextDouble() < probability;
    }

    private int between(int min, int max) {
        return min + random.nextInt(max - min + 1);
    }
}
