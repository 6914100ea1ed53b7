package dev.commis.kitchen;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells a duration that describes the recipe or names a product from one the cook waits for:
 * a summary or a label copied among the steps ("Ready in 30 minutes", "Prep time: 15 minutes",
 * "Temps de cuisson : 45 minutes", "Prêt en 5 min"), the time of the cook's own work ("20 minutes
 * de préparation") and a product named after its cooking time
 * ("2-minute noodles", "quick-cook (3-minute) polenta", "a 10-minute walk", "2 minutes' walk"). A
 * compound or possessive before a word of waiting stays a timer: "a 10-minute rest", "10 minutes'
 * rest".
 */
final class Summaries {

    // How far back a label is looked for: its longest form, "temps de réfrigération : environ ".
    private static final int LOOK_BACK = 48;
    private static final Pattern LABEL_BEFORE = Pattern.compile(
            "(?:(?:prep(?:aration)?|cook(?:ing)?|bak(?:e|ing)|total|rest(?:ing)?|chill(?:ing)?|active|inactive"
                    + "|hands-on)\\h+time"
                    + "|temps\\h+(?:total|de\\h+(?:préparation|cuisson|repos|réfrigération|pause)|d['’]attente)"
                    + "|(?:ready|prêts?|prêtes?)\\h+(?:in|en))"
                    + "\\h*:?\\h*(?:(?:about|around|approx(?:imately|\\.)?|just|under|environ|moins\\h+de)\\h+)?$",
            Scan.FLAGS);
    // "20 minutes de préparation", "15 minutes of prep": the cook's own work, timed by nobody.
    private static final Pattern PREPARATION_AFTER = Pattern.compile(
            "\\h+(?:de\\h+préparation|of\\h+(?:prep|preparation|hands-on\\h+time))(?!\\p{L})", Scan.FLAGS);
    /** "5-Minute", "2-hour": a number joined to its unit by a hyphen, an adjective. */
    private static final Pattern COMPOUND = Pattern.compile("\\d+(?:[.,]\\d+)?-\\p{L}+");
    private static final Pattern NEXT_WORD = Pattern.compile("\\)?\\h+(\\p{L}+)");
    // "2 minutes' walk", "10 minutes’ rest": an English possessive, read as a compound.
    private static final Pattern POSSESSIVE = Pattern.compile("['’]\\h+(\\p{L}+)");
    // After a compound, these words keep it a wait: what is done during it, or a sentence going on.
    private static final Set<String> WAITING = Set.of("rest", "resting", "break", "pause", "soak", "soaking",
            "simmer", "boil", "bake", "roast", "rise", "proof", "prove", "chill", "chilling", "marinade", "marinate",
            "brine", "cook", "cooking", "steep", "stand", "wait", "cool", "cooling", "freeze", "knead", "kneading",
            "whisk", "mix", "stir", "sear", "fry", "steam", "poach", "infusion", "timer", "nap", "sit", "drain",
            "until", "or", "and", "then", "at", "on", "in", "to", "before", "after", "for", "with", "per", "each",
            "more", "longer", "max", "maximum", "minimum", "tops");

    private Summaries() {
    }

    /** Whether the duration written from {@code start} to {@code end} describes or names rather than times. */
    static boolean describes(String text, int start, int end) {
        return isLabelled(text, start) || namesAProduct(text, start, end)
                || PREPARATION_AFTER.matcher(text).region(end, text.length()).lookingAt();
    }

    private static boolean isLabelled(String text, int start) {
        return LABEL_BEFORE.matcher(text).region(Math.max(0, start - LOOK_BACK), start).find();
    }

    private static boolean namesAProduct(String text, int start, int end) {
        Pattern nextWord = COMPOUND.matcher(text).region(start, end).matches() ? NEXT_WORD : POSSESSIVE;
        Matcher next = nextWord.matcher(text).region(end, text.length());
        return next.lookingAt() && !WAITING.contains(next.group(1).toLowerCase(Locale.ROOT));
    }
}
