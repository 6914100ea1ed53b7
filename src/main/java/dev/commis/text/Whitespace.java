package dev.commis.text;

/** Makes text one tidy line: every run of white space (and, on request, control characters) becomes one space. */
public final class Whitespace {

    private Whitespace() {
    }

    /** {@code text} with runs of white space, no-break spaces included, made one space, and trimmed. */
    public static String collapse(CharSequence text) {
        return collapse(text, false);
    }

    /**
     * Like {@link #collapse(CharSequence)}; with {@code controls}, control and invisible
     * formatting characters count as white space too (the zero-width joiner of emoji such as
     * 👨‍🍳 is kept).
     */
    public static String collapse(CharSequence text, boolean controls) {
        if (isTidy(text, controls)) {
            return text.toString(); // most lines are already one tidy line: no copy char by char
        }
        StringBuilder out = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean blank = isBlank(c, controls);
            if (blank) {
                space = out.length() > 0;
            } else {
                if (space) {
                    out.append(' ');
                    space = false;
                }
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Whether {@link #collapse} would give {@code text} back unchanged: single plain spaces, none at either end. */
    private static boolean isTidy(CharSequence text, boolean controls) {
        int last = text.length() - 1;
        for (int i = 0; i <= last; i++) {
            char c = text.charAt(i);
            if (c == ' ') {
                if (i == 0 || i == last || text.charAt(i - 1) == ' ') {
                    return false;
                }
            } else if (isBlank(c, controls)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isBlank(char c, boolean controls) {
        return Character.isWhitespace(c) || c == '\u00A0'
                || controls && (Character.isISOControl(c) || Character.getType(c) == Character.FORMAT && c != '\u200D');
    }

    /**
     * {@code text} cut to at most {@code max} characters with "…" at the end when it was longer,
     * never between the two halves of an emoji.
     */
    public static String shorten(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int cut = max - 1;
        if (Character.isHighSurrogate(text.charAt(cut - 1))) {
            cut--;
        }
        return text.substring(0, cut) + "…";
    }
}
