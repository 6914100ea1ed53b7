package dev.commis.chat.commands;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What to do at each ring of a repeat, from the words a step writes before "every" / "toutes les": the last
 * clause ("simmer, covered, for 1 hour, stirring" is "stirring"), and within it, from a known repeated gesture
 * on ("simmer for 1 hour stirring" is "stirring", "laisser mijoter 1 h en remuant" is "en remuant"). Only
 * gestures a cook repeats are looked for: "filling" or "pudding" end in -ing too.
 */
final class RepeatAction {

    private static final Pattern GESTURE = Pattern.compile("(?iu)(?<!\\p{L})(?:stirring|basting|turning|flipping"
            + "|whisking|shaking|rotating|skimming|tossing|brushing|spooning|checking|en\\h+(?:remuant|mélangeant"
            + "|arrosant|retournant|fouettant|tournant|secouant|écumant))(?!\\p{L})");

    private RepeatAction() {
    }

    /** The action in {@code before}, the words up to "every"; "" when they hold none. */
    static String of(String before) {
        String clause = before.substring(before.lastIndexOf(',') + 1).strip();
        if (clause.length() <= 1) {
            clause = before.strip();
        }
        Matcher gesture = GESTURE.matcher(clause);
        int from = -1;
        while (gesture.find()) {
            from = gesture.start();
        }
        return from > 0 ? clause.substring(from) : clause;
    }
}
