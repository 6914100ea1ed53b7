package dev.commis.chat.commands;

import dev.commis.chat.Request;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads "for 12" / "pour 12 personnes" at the end of a command's words: the name before it and
 * the servings asked for, or why the number cannot be used.
 *
 * @param name     the words before "for N" (all the words when there is none)
 * @param servings the servings asked for, empty when none
 * @param bad      the number as written when it is not a usable count of servings, else ""
 */
record Servings(String name, OptionalInt servings, String bad) {

    /** More would be a canteen, not a kitchen. */
    static final int MAX = 500;

    private static final Pattern FOR_N = Pattern.compile(
            "^(.*?)\\s*\\b(?:for|pour)\\s+(\\S+)(?:\\s+(?:people|persons|servings|portions|personnes|parts|pers\\.?))?\\s*$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** Whether {@code words}, once a "for N" after them is set aside, are exactly a recipe's title. */
    static boolean namesATitle(Request request, String words) {
        return !request.index().titled(parse(words).name()).isEmpty();
    }

    static Servings parse(String words) {
        Matcher m = FOR_N.matcher(words.strip());
        if (!m.matches()) {
            return new Servings(words.strip(), OptionalInt.empty(), "");
        }
        String name = m.group(1).strip();
        String number = m.group(2);
        try {
            int servings = Integer.parseInt(number);
            if (servings >= 1 && servings <= MAX) {
                return new Servings(name, OptionalInt.of(servings), "");
            }
        } catch (NumberFormatException e) {
            if (!number.matches("[-+]?[\\d.,]+")) {
                return new Servings(words.strip(), OptionalInt.empty(), ""); // "pour deux" is part of a name
            }
        }
        return new Servings(name, OptionalInt.empty(), number);
    }

    /**
     * The servings a button carries, checked as if typed: a forged {@code 9999} is as bad as
     * {@code /recipe x for 9999}.
     */
    static Servings fromButton(String number) {
        try {
            int servings = Integer.parseInt(number);
            if (servings >= 1 && servings <= MAX) {
                return new Servings("", OptionalInt.of(servings), "");
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        return new Servings("", OptionalInt.empty(), number.isEmpty() ? "?" : number);
    }

    boolean isBad() {
        return !bad.isEmpty();
    }
}
