package dev.commis.vault;

import dev.commis.text.TextYaml;
import java.util.LinkedHashMap;
import java.util.Map;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * Splits a recipe file into its YAML front matter (between {@code ---} lines at the very top)
 * and its Markdown body, and reads the front matter with SnakeYAML's safe constructor.
 * Scalars stay text (see {@link TextYaml}): a front matter value is free text (DESIGN §1.1).
 */
final class FrontMatter {

    /** The fields (keys as written, values as SnakeYAML built them), the body, and the body's first line number. */
    record Split(Map<String, Object> fields, String body, int bodyLine) {
    }

    private static final ThreadLocal<Yaml> YAML = ThreadLocal.withInitial(TextYaml::newLoader);

    private FrontMatter() {
    }

    static Split split(String text) throws RecipeFormatException {
        if (!isFence(firstLine(text), false)) {
            return new Split(Map.of(), text, 1);
        }
        int yamlStart = text.indexOf('\n') + 1;
        int lineStart = yamlStart;
        int lineNumber = 2;
        while (lineStart > 0 && lineStart < text.length()) {
            int lineEnd = text.indexOf('\n', lineStart);
            String line = lineEnd < 0 ? text.substring(lineStart) : text.substring(lineStart, lineEnd);
            if (isFence(line, true)) {
                String yaml = text.substring(yamlStart, lineStart);
                String body = lineEnd < 0 ? "" : text.substring(lineEnd + 1);
                return new Split(parse(yaml), body, lineNumber + 1);
            }
            lineStart = lineEnd < 0 ? -1 : lineEnd + 1;
            lineNumber++;
        }
        throw new RecipeFormatException(1, "the front matter that opens with '---' on line 1 is never closed: "
                + "add a line '---' after its last field");
    }

    private static Map<String, Object> parse(String yaml) throws RecipeFormatException {
        Object document;
        try {
            document = YAML.get().load(yaml);
        } catch (MarkedYAMLException e) {
            // Where the broken construct starts (an unclosed '[' or quote) says more than where the parser gave up.
            var mark = e.getContextMark() != null ? e.getContextMark() : e.getProblemMark();
            int line = mark != null ? mark.getLine() + 2 : 0;
            throw new RecipeFormatException(line, "the front matter is not valid YAML: " + describe(e));
        } catch (YAMLException e) {
            throw new RecipeFormatException(0, "the front matter is not valid YAML: " + e.getMessage());
        }
        if (document == null) {
            return Map.of();
        }
        if (!(document instanceof Map<?, ?> map)) {
            throw new RecipeFormatException(2, "the front matter must be 'key: value' lines, found "
                    + (document instanceof Iterable<?> ? "a list" : "plain text"));
        }
        Map<String, Object> fields = new LinkedHashMap<>();
        map.forEach((key, value) -> fields.put(String.valueOf(key), value));
        return fields;
    }

    /** SnakeYAML's words, after a plain hint for the mistakes people make most. */
    private static String describe(MarkedYAMLException e) {
        String problem = e.getProblem() == null ? "" : e.getProblem();
        String context = e.getContext() == null ? "" : e.getContext();
        String words = context.isEmpty() ? problem : context + ", " + problem;
        String hint = "";
        if (problem.contains("mapping values are not allowed")) {
            hint = "a value holding ': ' must be put in quotes";
        } else if (context.contains("flow sequence")) {
            hint = "a list opened with '[' is not closed with ']'";
        } else if (context.contains("flow mapping")) {
            hint = "a '{' is not closed with '}' (put values such as {{title}} in quotes)";
        } else if (context.contains("quoted scalar")) {
            hint = "a quote is not closed";
        }
        return hint.isEmpty() ? words : hint + " (" + words + ")";
    }

    private static String firstLine(String text) {
        int end = text.indexOf('\n');
        return end < 0 ? text : text.substring(0, end);
    }

    private static boolean isFence(String line, boolean closing) {
        String trimmed = line.stripTrailing();
        return trimmed.equals("---") || (closing && trimmed.equals("..."));
    }
}
