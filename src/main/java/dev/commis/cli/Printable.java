package dev.commis.cli;

/**
 * Makes text safe to print on one terminal line: control characters (newlines, escapes, the
 * bell) and invisible format characters (such as a right-to-left override) are shown as escapes
 * ({@code \n}, {@code \u001b}) instead of acting on the terminal or starting a forged line.
 */
final class Printable {

    private Printable() {
    }

    static String of(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int type = Character.getType(c);
            boolean unsafe = type == Character.CONTROL || type == Character.FORMAT
                    || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR;
            if (unsafe && out == null) {
                out = new StringBuilder(text.length() + 16).append(text, 0, i);
            }
            if (out != null) {
                out.append(unsafe ? escape(c) : String.valueOf(c));
            }
        }
        return out == null ? text : out.toString();
    }

    private static String escape(char c) {
        return switch (c) {
            case '\n' -> "\\n";
            case '\r' -> "\\r";
            case '\t' -> "\\t";
            default -> String.format("\\u%04x", (int) c);
        };
    }
}
