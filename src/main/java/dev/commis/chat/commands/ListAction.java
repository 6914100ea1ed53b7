package dev.commis.chat.commands;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a button of a shared shopping list asks, written into the button itself so that it still
 * works after a restart: {@code #<list>.t<item>.<page>} ticks an item, {@code u} unticks it,
 * {@code #<list>.p.<page>} shows a page, {@code #<list>.c.<page>} clears the ticked items. Ids are
 * base 36. The {@code #} keeps these apart from the recipe ids the same command's buttons carry.
 *
 * @param item the item's id, or 0 for a page or a clearing
 * @param page the page (from 0) the button was on, to show again after the action
 */
record ListAction(long list, Verb verb, long item, int page) {

    /** The first character of every list payload; never the first of a recipe id. */
    static final String MARK = "#";

    /** What the button does. */
    enum Verb {
        TICK('t'), UNTICK('u'), PAGE('p'), CLEAR('c');

        private final char letter;

        Verb(char letter) {
            this.letter = letter;
        }

        static Optional<Verb> of(char letter) {
            for (Verb verb : values()) {
                if (verb.letter == letter) {
                    return Optional.of(verb);
                }
            }
            return Optional.empty();
        }
    }

    private static final Pattern SHAPE = Pattern.compile("#([0-9a-z]{1,13})\\.([tupc])([0-9a-z]{0,13})\\.([0-9]{1,4})");

    static boolean isList(String payload) {
        return payload.startsWith(MARK);
    }

    /** The action in {@code payload}, or empty when it is not one this class writes (forged, or from another Commis). */
    static Optional<ListAction> parse(String payload) {
        Matcher matcher = SHAPE.matcher(payload);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        Verb verb = Verb.of(matcher.group(2).charAt(0)).orElseThrow();
        boolean onItem = verb == Verb.TICK || verb == Verb.UNTICK;
        if (onItem == matcher.group(3).isEmpty()) {
            return Optional.empty();
        }
        try {
            long list = Long.parseLong(matcher.group(1), 36);
            long item = onItem ? Long.parseLong(matcher.group(3), 36) : 0;
            return Optional.of(new ListAction(list, verb, item, Integer.parseInt(matcher.group(4))));
        } catch (NumberFormatException e) {
            return Optional.empty(); // thirteen base-36 digits past a long
        }
    }

    static ListAction tick(long list, long item, int page) {
        return new ListAction(list, Verb.TICK, item, page);
    }

    static ListAction untick(long list, long item, int page) {
        return new ListAction(list, Verb.UNTICK, item, page);
    }

    static ListAction page(long list, int page) {
        return new ListAction(list, Verb.PAGE, 0, page);
    }

    static ListAction clear(long list, int page) {
        return new ListAction(list, Verb.CLEAR, 0, page);
    }

    /** The payload, as {@link #parse} reads it back. */
    String payload() {
        boolean onItem = verb == Verb.TICK || verb == Verb.UNTICK;
        return MARK + Long.toString(list, 36) + "." + verb.letter + (onItem ? Long.toString(item, 36) : "") + "." + page;
    }
}
