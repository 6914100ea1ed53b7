package dev.commis.importer;

import java.util.regex.Pattern;

/**
 * Escapes one line of page text for the vault's Markdown so that Commis (and Obsidian) read back
 * exactly that text: no emphasis, links, Obsidian {@code [[links]]}, inline HTML, entities or
 * headings can arise from it, and a line that starts like a list marker stays text.
 */
final class MarkdownEscape {

    /** Characters that mean something inline in CommonMark or Obsidian. */
    private static final String SPECIAL = "\\`*_[]<>&#~|=$^%";
    /** "1." or "2)" at the start of a line would open a numbered list. */
    private static final Pattern ORDERED_MARKER = Pattern.compile("^(\\d{1,9})([.)])(?=\\s|$)");

    private MarkdownEscape() {
    }

    static String inline(String text) {
        return inline(text, false);
    }

    /**
     * With {@code entities}, a non-ASCII character followed by another is written as a numeric
     * entity: such pairs ("l’été") can look like text once decoded with the wrong charset, and
     * the vault's repair would then "fix" them (see {@link RecipeMarkdown#of}).
     */
    static String inline(String text, boolean entities) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (SPECIAL.indexOf(c) >= 0) {
                out.append('\\');
            }
            if (entities && c >= 0x80 && !Character.isSurrogate(c) && i + 1 < text.length() && text.charAt(i + 1) >= 0x80) {
                out.append("&#").append((int) c).append(';');
                continue;
            }
            out.append(c);
        }
        String escaped = ORDERED_MARKER.matcher(out).replaceFirst("$1\\\\$2");
        if (escaped.startsWith("-") || escaped.startsWith("+")) {
            escaped = "\\" + escaped;
        }
        return escaped;
    }
}
