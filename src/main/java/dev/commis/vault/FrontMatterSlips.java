package dev.commis.vault;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Mends the slips in front matter that Obsidian and other tools read anyway and strict YAML
 * refuses: tabs used to indent or after {@code key:}, a quote inside a quoted value
 * ({@code title: "Mom's "best" cake"}), and plain values that YAML would take for syntax
 * ({@code title: Poulet: le retour}, {@code title: {{title}}}, {@code rating: ***}). Used only
 * after a strict read failed, so valid front matter is never touched.
 */
final class FrontMatterSlips {

    /** The mended YAML and, for each line changed, its 0-based index in the YAML and what was mended. */
    record Mended(String yaml, List<Integer> lines, List<String> slips) {
    }

    private static final Pattern KEY_VALUE = Pattern.compile("^(\\s*(?:-\\s+)?[^\\s:#\\-\"'][^:]*?):([ \\t]+)(\\S.*?)\\s*$");

    private FrontMatterSlips() {
    }

    static Mended mend(String yaml) {
        String[] lines = yaml.split("\n", -1);
        List<Integer> changed = new ArrayList<>();
        List<String> slips = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            String slip = null;
            if (line.startsWith("\t")) {
                int tabs = 0;
                while (tabs < line.length() && line.charAt(tabs) == '\t') {
                    tabs++;
                }
                // Under a line that opens nothing ("portions: 6"), a tab-indented key is a top-level key.
                String indent = opensBlock(lines, i) ? "  ".repeat(tabs) : "";
                line = indent + line.substring(tabs);
                slip = "a tab used to indent";
            }
            Matcher m = KEY_VALUE.matcher(line);
            if (m.matches()) {
                String fixed = mendValue(m.group(3));
                if (fixed != null) {
                    line = m.group(1) + ": " + fixed;
                    slip = describe(m.group(3));
                } else if (m.group(2).indexOf('\t') >= 0) {
                    line = m.group(1) + ": " + m.group(3);
                    slip = "a tab after '" + m.group(1).strip() + ":'";
                }
            }
            if (slip != null && !line.equals(lines[i])) {
                lines[i] = line;
                changed.add(i);
                slips.add(slip);
            }
        }
        return new Mended(String.join("\n", lines), changed, slips);
    }

    private static boolean opensBlock(String[] lines, int index) {
        for (int i = index - 1; i >= 0; i--) {
            String previous = lines[i].strip();
            if (!previous.isEmpty() && !previous.startsWith("#")) {
                return previous.endsWith(":") || previous.endsWith("|") || previous.endsWith(">")
                        || previous.endsWith("|-") || previous.endsWith(">-") || lines[i].startsWith("\t")
                        || lines[i].startsWith(" ") || previous.startsWith("- ");
            }
        }
        return false;
    }

    /** The value quoted so that YAML reads it as text, or null when it needs no mending. */
    private static String mendValue(String value) {
        char first = value.charAt(0);
        if (first == '"' && value.length() > 1 && value.endsWith("\"") && hasInnerQuote(value, '"')) {
            return quote(value.substring(1, value.length() - 1).replace("\\\"", "\""));
        }
        if (first == '\'' && value.length() > 1 && value.endsWith("'")
                && value.substring(1, value.length() - 1).replace("''", "").indexOf('\'') >= 0) {
            return quote(value.substring(1, value.length() - 1).replace("''", "'"));
        }
        boolean template = value.startsWith("{{") || value.startsWith("{%");
        boolean reserved = first == '@' || first == '`' || first == '%' || first == '*';
        boolean plain = first != '"' && first != '\'' && first != '[' && first != '{';
        boolean colon = plain && (value.contains(": ") || value.endsWith(":"));
        if (template || reserved || colon) {
            return quote(value);
        }
        return null;
    }

    private static boolean hasInnerQuote(String value, char quote) {
        for (int i = 1; i < value.length() - 1; i++) {
            if (value.charAt(i) == quote && value.charAt(i - 1) != '\\') {
                return true;
            }
        }
        return false;
    }

    private static String quote(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static String describe(String value) {
        char first = value.charAt(0);
        if (first == '"' || first == '\'') {
            return "a quote inside a quoted value";
        }
        if (value.startsWith("{{") || value.startsWith("{%")) {
            return "a template placeholder not in quotes";
        }
        if (value.contains(": ") || value.endsWith(":")) {
            return "a value holding ': ' not in quotes";
        }
        return "a value starting with '" + first + "' not in quotes";
    }
}
