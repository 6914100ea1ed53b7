package dev.commis.vault;

import dev.commis.text.TextYaml;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.DuplicateKeyException;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * Splits a recipe file into its YAML front matter (between {@code ---} lines at the very top;
 * Hugo's TOML between {@code +++} lines and JSON from a line <code>{</code> to a line <code>}</code> are read too)
 * and its Markdown body, and reads the front matter with SnakeYAML's safe constructor.
 * Scalars stay text (see {@link TextYaml}): a front matter value is free text (DESIGN §1.1).
 * A front matter that strict YAML refuses is read again with its slips mended
 * ({@link FrontMatterSlips}, a warning); one that still cannot be read is left out, with an
 * error, and the body is read all the same: a broken front matter never loses the recipe.
 */
final class FrontMatter {

    /** The fields (keys as written, values as SnakeYAML built them), the body, its first line, and what went wrong. */
    record Split(Map<String, Object> fields, String body, int bodyLine, List<Problem> problems) {
    }

    private static final ThreadLocal<Yaml> STRICT = ThreadLocal.withInitial(TextYaml::newStrictLoader);
    private static final ThreadLocal<Yaml> LENIENT = ThreadLocal.withInitial(TextYaml::newLoader);
    private static final String LOST = "loaded without its front matter: ";

    private FrontMatter() {
    }

    /**
     * Splits {@code text}. A front matter that is never closed ends where a body plainly starts (a blank
     * line or a heading, with an error saying so); with no such line it is a file caught half-written,
     * and fails.
     */
    static Split split(String path, String text) throws RecipeFormatException {
        String first = firstLine(text);
        boolean toml = first.stripTrailing().equals("+++");
        if (first.stripTrailing().equals("{")) {
            return json(path, text);
        }
        if (!toml && !isFence(first, false)) {
            return new Split(Map.of(), text, 1, List.of());
        }
        int yamlStart = text.indexOf('\n') + 1;
        int lineStart = yamlStart;
        int lineNumber = 2;
        while (lineStart > 0 && lineStart < text.length()) {
            int lineEnd = text.indexOf('\n', lineStart);
            String line = lineEnd < 0 ? text.substring(lineStart) : text.substring(lineStart, lineEnd);
            if (toml ? line.stripTrailing().equals("+++") : isFence(line, true)) {
                String yaml = text.substring(yamlStart, lineStart);
                String body = lineEnd < 0 ? "" : text.substring(lineEnd + 1);
                List<Problem> problems = new ArrayList<>(0);
                Map<String, Object> fields = toml ? TomlFrontMatter.read(yaml) : read(path, yaml, problems);
                return new Split(fields, body, lineNumber + 1, problems);
            }
            lineStart = lineEnd < 0 ? -1 : lineEnd + 1;
            lineNumber++;
        }
        String fence = toml ? "+++" : "---";
        Split unclosed = unclosed(path, text, yamlStart, toml, fence);
        if (unclosed == null) {
            throw new RecipeFormatException(1, "the front matter that opens with '" + fence + "' on line 1 is never closed: "
                    + "add a line '" + fence + "' after its last field");
        }
        return unclosed;
    }

    /**
     * Hugo's JSON front matter: an object from a first line "{" to a line "}", read by the YAML reader
     * (JSON is YAML). Without that closing line the file has no front matter, and is all body.
     */
    private static Split json(String path, String text) {
        int lineStart = text.indexOf('\n') + 1;
        int lineNumber = 2;
        while (lineStart > 0 && lineStart < text.length()) {
            int lineEnd = text.indexOf('\n', lineStart);
            String line = lineEnd < 0 ? text.substring(lineStart) : text.substring(lineStart, lineEnd);
            if (line.stripTrailing().equals("}")) {
                int end = lineEnd < 0 ? text.length() : lineEnd + 1;
                List<Problem> problems = new ArrayList<>(0);
                Map<String, Object> fields = read(path, text.substring(0, end), 1, problems);
                return new Split(fields, text.substring(end), lineNumber + 1, problems);
            }
            lineStart = lineEnd < 0 ? -1 : lineEnd + 1;
            lineNumber++;
        }
        return new Split(Map.of(), text, 1, List.of());
    }

    /**
     * A front matter whose closing fence was forgotten, read up to its first blank line or heading (where a
     * body plainly starts; a {@code #} line between fields is a YAML comment), so that the recipe is not lost; an error says where to add the fence. Null when
     * nothing follows the fields (a file caught half-written: better to keep its previous version).
     */
    private static Split unclosed(String path, String text, int yamlStart, boolean toml, String fence) {
        int lineStart = yamlStart;
        int lineNumber = 2;
        boolean fields = false;
        while (lineStart < text.length()) {
            int lineEnd = text.indexOf('\n', lineStart);
            String line = lineEnd < 0 ? text.substring(lineStart) : text.substring(lineStart, lineEnd);
            boolean bodyStarts = line.isBlank() || isHeading(line, text, lineEnd);
            if (bodyStarts && fields) {
                List<Problem> problems = new ArrayList<>(1);
                problems.add(Problem.error(path, 1, "the front matter that opens with '" + fence + "' on line 1 is never"
                        + " closed; it was read up to line " + (lineNumber - 1) + ": add a line '" + fence + "' there"));
                String head = text.substring(yamlStart, lineStart);
                Map<String, Object> read = toml ? TomlFrontMatter.read(head) : read(path, head, problems);
                return new Split(read, text.substring(lineStart), lineNumber, problems);
            }
            fields |= !line.isBlank();
            if (lineEnd < 0) {
                break;
            }
            lineStart = lineEnd + 1;
            lineNumber++;
        }
        return null;
    }

    /**
     * Whether {@code line}, a {@code #} line among unclosed fields, is the body's heading rather than a YAML
     * comment: a comment sits between fields, a heading is followed by a blank line (or nothing).
     */
    private static boolean isHeading(String line, String text, int lineEnd) {
        if (!line.startsWith("# ") && !line.startsWith("## ")) {
            return false;
        }
        if (lineEnd < 0) {
            return true;
        }
        int next = lineEnd + 1;
        int nextEnd = text.indexOf('\n', next);
        return text.substring(next, nextEnd < 0 ? text.length() : nextEnd).isBlank();
    }

    /** The fields of {@code yaml}; what went wrong is added to {@code problems}. */
    private static Map<String, Object> read(String path, String yaml, List<Problem> problems) {
        return read(path, yaml, 2, problems);
    }

    /** As {@link #read(String, String, List)} for fields whose first line is line {@code firstLine} of the file. */
    private static Map<String, Object> read(String path, String yaml, int firstLine, List<Problem> problems) {
        try {
            return fields(STRICT.get().load(yaml));
        } catch (DuplicateKeyException e) {
            Mark mark = e.getProblemMark();
            String key = e.getProblem() == null ? "" : e.getProblem().replace("found duplicate key", "").strip();
            problems.add(Problem.warning(path, mark == null ? 0 : mark.getLine() + firstLine, "the front matter has the key '"
                    + key + "' twice; the last one is used (remove the other)"));
            return lenient(path, yaml, problems);
        } catch (MarkedYAMLException e) {
            FrontMatterSlips.Mended mended = FrontMatterSlips.mend(yaml);
            if (!mended.lines().isEmpty()) {
                try {
                    Map<String, Object> fields = fields(LENIENT.get().load(mended.yaml()));
                    for (int i = 0; i < mended.lines().size(); i++) {
                        problems.add(Problem.warning(path, mended.lines().get(i) + firstLine, "the front matter was read despite "
                                + mended.slips().get(i) + "; other tools may refuse it"));
                    }
                    return fields;
                } catch (YAMLException | NotFields ignored) {
                    // the slips were not the whole story: report the first, strict, reason
                }
            }
            Mark mark = e.getContextMark() != null ? e.getContextMark() : e.getProblemMark();
            problems.add(Problem.error(path, mark != null ? mark.getLine() + firstLine : 0,
                    LOST + "the front matter is not valid YAML: " + describe(e)));
        } catch (YAMLException e) {
            problems.add(Problem.error(path, 0, LOST + "the front matter is not valid YAML: " + e.getMessage()));
        } catch (NotFields e) {
            problems.add(Problem.error(path, firstLine, LOST + e.getMessage()));
        }
        return Map.of();
    }

    private static Map<String, Object> lenient(String path, String yaml, List<Problem> problems) {
        try {
            return fields(LENIENT.get().load(yaml));
        } catch (YAMLException | NotFields e) {
            problems.add(Problem.error(path, 0, LOST + "the front matter is not valid YAML: " + e.getMessage()));
            return Map.of();
        }
    }

    /** A YAML document that is not a set of fields. */
    private static final class NotFields extends Exception {
        NotFields(String message) {
            super(message, null, false, false);
        }
    }

    private static Map<String, Object> fields(Object document) throws NotFields {
        if (document == null) {
            return Map.of();
        }
        if (!(document instanceof Map<?, ?> map)) {
            throw new NotFields("the front matter must be 'key: value' lines, found "
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
