package dev.commis.vault;

import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.SubSequence;

/**
 * The characters of a flexmark node as a {@code String}, cut straight from the document's text
 * when they are one piece of it: flexmark's own {@code toString()} copies them one
 * {@code charAt} at a time, which showed as a tenth of a cold vault load.
 */
final class NodeChars {

    private NodeChars() {
    }

    static String of(BasedSequence chars) {
        if (chars instanceof SubSequence && chars.getBase() instanceof String text) {
            String cut = text.substring(chars.getStartOffset(), chars.getEndOffset());
            // flexmark reads NUL as U+FFFD; recipe text never holds one (RecipeText refuses it), but stay exact.
            return cut.indexOf('\0') < 0 ? cut : chars.toString();
        }
        return chars.toString();
    }
}
