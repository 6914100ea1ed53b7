package dev.commis.kitchen;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the words around a duration say about it: whether it is a time of day, a point relative
 * to another timer, a time already set or a limit rather than a timer ("à 19h", "un quart d'heure
 * avant la fin", "2 minutes less than the packet says", "au bout des 15 min", "for up to 15
 * minutes"), and where the phrase it belongs to starts.
 */
final class Surroundings {

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    // After these words a duration is a clock time, not a timer: "à 19h", "vers 19h30", "jusqu'à 20 h".
    private static final Set<String> CLOCK_WORDS = Set.of("à", "at", "vers", "until", "till", "dès");
    // "pour la dernière demi-heure", "for the last 10 minutes": the end of another timer.
    private static final Set<String> TAIL_WORDS = Set.of("last", "final", "dernière", "dernières", "dernier",
            "derniers");
    // "use within 2 days", "à consommer sous 3 jours", "serve within 10 minutes": a limit, not a wait.
    private static final Set<String> LIMIT_WORDS = Set.of("within", "sous");
    private static final Set<String> BETWEEN_WORDS = Set.of("entre", "between");
    // "au bout des 15 min", "durant ces 4 heures", "after these 5 minutes", "at the end of the 20
    // minutes": a time already set, pointed back at, is no new timer.
    private static final Set<String> BACK_WORDS = Set.of("the", "these", "those", "this", "ces", "les", "des", "cette",
            "ce");
    // "for up to 15 minutes": a limit, not a time to wait.
    private static final Pattern UP_TO_BEFORE = Pattern.compile("(?:^|\\P{L})up\\h+to\\h*$", FLAGS);
    private static final Pattern NOT_A_TIMER_AFTER = Pattern.compile(
            // a point before another timer ends: "un quart d'heure avant la fin"
            "\\h+(?:avant|before)\\h+(?:la\\h+fin|the\\h+end)"
                    + "|\\h+(?:de|from)\\h+(?:la\\h+fin|the\\h+end)"
                    // a difference, not a wait: "2 minutes less than the packet says"
                    + "|\\h+(?:less|fewer|shorter)(?!\\p{L})|\\h+de\\h+moins(?!\\p{L})"
                    // a clock time: "7 h du soir", "7 h pm"
                    + "|\\h*(?:du\\h+(?:matin|soir)|de\\h+l['’]apr[eè]s-midi|[ap]\\.?m\\.?(?!\\p{L}))",
            FLAGS);
    // Where a clause starts: punctuation, or a word that chains actions ("... and cook for 3 hours").
    private static final Pattern CLAUSE_BREAK = Pattern.compile(
            "[(\\[{;:!?)\\]}\"“”«»]|[.,](?=\\s)|\\h[–—-]\\h|\\s(?:and|then|et|puis)\\s|\\R", FLAGS);
    /** A day and more: how long a dish keeps, or how far ahead to plan, rather than a wait to time. */
    static final long DAY = 86_400;
    // "keeps 3 days", "se conserve 2 jours", "store ... for 5 days": how long a dish keeps.
    private static final Pattern KEEPING = Pattern.compile(
            "(?<!\\p{L})(?:keeps?|kept|stores?|stored|storing|lasts?|conserve[rsz]?|conservation|garde[rsz]?"
                    + "|tient|tiennent|freezes?|frozen|congel\\p{L}*)(?!\\p{L})", FLAGS);
    // "2 days ahead", "2 jours à l'avance", "la veille": planning, not a timer; "once a day": a rhythm.
    private static final Pattern PLANNING_AFTER = Pattern.compile(
            "\\h+(?:ahead|before|in\\h+advance|earlier|avant|à\\h+l['’]avance|plus\\h+tôt)(?!\\p{L})", FLAGS);
    private static final Set<String> RHYTHM_WORDS = Set.of("once", "twice", "times", "fois", "par", "per");

    /** The verb phrase before a duration is kept when it is this short; else only the duration's words. */
    private static final int PHRASE_WORDS = 6;

    private Surroundings() {
    }

    /** Whether the duration written from {@code start} to {@code end} is a timer to set. */
    static boolean isTimer(String text, int start, int end) {
        String before = wordBefore(text, start);
        if (CLOCK_WORDS.contains(before) || TAIL_WORDS.contains(before) || BACK_WORDS.contains(before)
                || LIMIT_WORDS.contains(before) || Summaries.describes(text, start, end)) {
            return false;
        }
        if ((before.equals("en") || before.equals("in")) && text.substring(end).isBlank()
                && !text.strip().endsWith(".")) {
            return false; // a title's "ready in 10 minutes", "Recettes en 10 minutes": how long the recipe takes
        }
        if (before.equals("to") && UP_TO_BEFORE.matcher(text).region(Math.max(0, start - 12), start).find()) {
            return false;
        }
        return !NOT_A_TIMER_AFTER.matcher(text).region(end, text.length()).lookingAt();
    }

    /**
     * Whether a duration of {@code seconds} written from {@code start} to {@code end}, in the
     * clause that starts after {@code floor}, is a time of a day or more that no cook times: how
     * long a dish keeps ("se conserve 2 jours"), how far ahead to plan ("2 days ahead"), a rhythm
     * ("once a day").
     */
    static boolean isKeepingOrPlanning(String text, int floor, int start, int end, long seconds) {
        if (seconds < DAY) {
            return false;
        }
        if (RHYTHM_WORDS.contains(wordBefore(text, start)) || PLANNING_AFTER.matcher(text).region(end, text.length()).lookingAt()) {
            return true;
        }
        Matcher clause = CLAUSE_BREAK.matcher(text).region(floor, start).useTransparentBounds(true);
        int from = floor;
        while (clause.find()) {
            from = clause.end();
        }
        return KEEPING.matcher(text).region(from, start).useTransparentBounds(true).find();
    }

    /** Whether the word before {@code start} is "entre" or "between", so that "et"/"and" join a range. */
    static boolean afterBetween(String text, int start) {
        return BETWEEN_WORDS.contains(wordBefore(text, start));
    }

    /**
     * Where the phrase holding the words at {@code start} begins: the start of its clause ("cook for
     * 3 hours", "laisser mijoter 45 minutes") when that is short, else {@code start}; never before
     * {@code floor}, the end of the duration read before it.
     */
    static int phraseStart(String text, int floor, int start) {
        Matcher m = CLAUSE_BREAK.matcher(text).region(floor, start).useTransparentBounds(true);
        int clause = floor;
        while (m.find()) {
            clause = m.end();
        }
        while (clause < start && Character.isWhitespace(text.charAt(clause))) {
            clause++;
        }
        String lead = text.substring(clause, start).strip();
        return lead.isEmpty() || lead.split("\\s+").length <= PHRASE_WORDS ? clause : start;
    }

    /** The word just before {@code start}, in lower case ("à" for "jusqu'à"), or "". */
    private static String wordBefore(String text, int start) {
        int end = start;
        while (end > 0 && isSpace(text.charAt(end - 1))) {
            end--;
        }
        int begin = end;
        while (begin > 0 && Character.isLetter(text.charAt(begin - 1))) {
            begin--;
        }
        return text.substring(begin, end).toLowerCase(Locale.ROOT);
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c); // the latter for no-break spaces
    }
}
