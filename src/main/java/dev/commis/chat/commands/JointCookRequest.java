package dev.commis.chat.commands;

import dev.commis.chat.RecipeNames;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words of "{@code /cook A + B [ready at 19:30]}" ({@code /cuisiner A + B [prête à 19h30]}):
 * the recipes' names and the serving time, if any. A "for N" after a name is read and dropped: how
 * many are served does not change how long the steps take.
 *
 * @param names  the recipes' names, in order; empty when one is missing around a "+"
 * @param hour   the serving time's hour, or -1 for as soon as possible
 * @param minute the serving time's minute
 * @param asWritten the serving time as written, for a message when it is no time of day
 */
record JointCookRequest(Optional<List<String>> names, int hour, int minute, String asWritten) {

    // The same serving-time words as CookCommand's one-recipe form reads.
    private static final Pattern READY_AT = Pattern.compile(
            "^(.*?)\\s*\\b(?:ready (?:at|by)|for|prête? (?:à|a|pour)|prêts? (?:à|a|pour)|pour)\\s+(\\d{1,2})\\s*(?:h|:)\\s*(\\d{2})?\\s*$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** Reads {@code args}; {@code isTitle} says where words joined by a "+" are one recipe's title ("Mac + Cheese"). */
    static JointCookRequest parse(String args, Predicate<String> isTitle) {
        Matcher ready = READY_AT.matcher(args.strip());
        if (!ready.matches()) {
            return new JointCookRequest(names(args, isTitle), -1, 0, "");
        }
        String minutes = ready.group(3) == null ? "00" : ready.group(3);
        return new JointCookRequest(names(ready.group(1), isTitle), Integer.parseInt(ready.group(2)), Integer.parseInt(minutes),
                ready.group(2) + ":" + minutes);
    }

    boolean hasTime() {
        return hour >= 0;
    }

    boolean isTimeOfDay() {
        return hour <= 23 && minute <= 59;
    }

    /** Whether these are several recipes' names, or a name is missing around a "+": not one recipe's. */
    boolean isJoint() {
        return names.isEmpty() || names.get().size() > 1;
    }

    private static Optional<List<String>> names(String words, Predicate<String> isTitle) {
        return RecipeNames.split(words, isTitle).map(names -> names.stream().map(name -> Servings.parse(name).name()).toList());
    }
}
