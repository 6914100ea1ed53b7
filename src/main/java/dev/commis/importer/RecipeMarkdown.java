package dev.commis.importer;

import dev.commis.vault.RecipeParser;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * Writes a {@link PageRecipe} as a vault file in the seed's format: front matter with the
 * vault's French keys, {@code # Title}, {@code ## Ingrédients} (bold group names),
 * {@code ## Étapes} (numbered, a {@code ###} heading per section) and {@code ## Source}. Text is
 * escaped ({@link MarkdownEscape}) and the front matter written by SnakeYAML, so that reading the
 * file back gives the page's own words.
 */
final class RecipeMarkdown {

    private RecipeMarkdown() {
    }

    /**
     * The file's text. Commis repairs files that look like UTF-8 decoded with the wrong charset;
     * when the plain text would be taken for such a file (French "l’été" can), the pairs that
     * cause it are written as entities and the front matter in YAML escapes, which read back the same.
     */
    static String of(PageRecipe recipe, LocalDate added) {
        String plain = render(recipe, added, false);
        boolean misread = RecipeParser.parse("import.md", plain.getBytes(StandardCharsets.UTF_8)).repaired();
        return misread ? render(recipe, added, true) : plain;
    }

    private static String render(PageRecipe recipe, LocalDate added, boolean escaped) {
        java.util.function.UnaryOperator<String> escape = text -> MarkdownEscape.inline(text, escaped);
        StringBuilder md = new StringBuilder("---\n").append(frontMatter(recipe, added, escaped)).append("---\n\n");
        md.append("# ").append(escape.apply(recipe.title())).append("\n\n");
        md.append("## Ingrédients\n\n");
        for (PageRecipe.Group group : recipe.ingredients()) {
            if (!group.name().isEmpty()) {
                md.append("**").append(escape.apply(group.name())).append("**\n\n");
            }
            for (String item : group.items()) {
                md.append("- ").append(escape.apply(item)).append('\n');
            }
            md.append('\n');
        }
        md.append("## Étapes\n\n");
        int number = 1;
        for (PageRecipe.Group section : recipe.steps()) {
            if (!section.name().isEmpty()) {
                md.append("### ").append(escape.apply(section.name())).append("\n\n");
            }
            for (String step : section.items()) {
                md.append(number++).append(". ").append(escape.apply(step)).append('\n');
            }
            md.append('\n');
        }
        md.append("## Source\n\n");
        md.append(escape.apply(recipe.site().isEmpty() ? "Lien" : recipe.site())).append(" : <")
                .append(recipe.url().replace(">", "%3E").replace(" ", "%20")).append(">\n");
        return md.toString();
    }

    private static String frontMatter(PageRecipe recipe, LocalDate added, boolean escaped) {
        Map<String, Object> fields = new LinkedHashMap<>();
        putText(fields, "cuisine", recipe.cuisine());
        putText(fields, "type", recipe.category());
        recipe.prepMinutes().ifPresent(m -> fields.put("temps_prep", m));
        recipe.cookMinutes().ifPresent(m -> fields.put("temps_cuisson", m));
        recipe.totalMinutes().ifPresent(m -> fields.put("temps_total", m));
        recipe.servings().ifPresent(n -> fields.put("portions", n));
        putText(fields, "rendement", recipe.yield());
        putText(fields, "source", recipe.site());
        putText(fields, "url", recipe.url());
        fields.put("date_ajout", added.toString());
        putText(fields, "auteur", recipe.author());
        putText(fields, "image", recipe.image());
        putText(fields, "langue", recipe.lang());
        List<String> tags = tags(recipe);
        if (!tags.isEmpty()) {
            fields.put("tags", tags);
        }
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        options.setIndicatorIndent(2);
        options.setIndentWithIndicator(true);
        options.setAllowUnicode(!escaped);
        options.setWidth(Integer.MAX_VALUE);
        options.setSplitLines(false);
        return new Yaml(options).dump(fields);
    }

    private static void putText(Map<String, Object> fields, String key, String value) {
        if (value != null && !value.isEmpty()) {
            fields.put(key, value);
        }
    }

    /** Obsidian tags ({@code #cuisine/italienne}, keywords): no spaces, lower case. */
    static List<String> tags(PageRecipe recipe) {
        List<String> tags = new ArrayList<>();
        if (!recipe.cuisine().isEmpty()) {
            addTag(tags, "cuisine/" + tag(recipe.cuisine().split(",")[0]));
        }
        if (!recipe.category().isEmpty()) {
            addTag(tags, "type/" + tag(recipe.category().split(",")[0]));
        }
        for (String keyword : recipe.keywords()) {
            addTag(tags, tag(keyword));
        }
        return tags;
    }

    private static void addTag(List<String> tags, String tag) {
        if (!tag.isEmpty() && !tag.endsWith("/") && !tags.contains("#" + tag)) {
            tags.add("#" + tag);
        }
    }

    private static String tag(String text) {
        return text.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s#,\\[\\]{}()\"'`]+", "-").replaceAll("^-+|-+$", "");
    }
}
