package dev.commis.kitchen;

import dev.commis.text.Folding;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Says whether a step keeps the cook's hands busy, French or English. A step whose timer is a wait
 * (bake, roast, smoke, simmer, rest, chill, marinate, rise; enfourner, laisser mijoter, reposer,
 * mariner, lever, refroidir...) is unattended for that time; stirring constantly, sautéing,
 * searing, whisking, adding broth ladle by ladle, a repeat every few minutes ("remuer toutes les 2
 * minutes") and steps without a timer are hands-on. A slower repeat inside a wait ("stir every 10
 * minutes") stays a reminder and leaves the wait unattended.
 *
 * <p>The words are read in the timer's clause (its sentence, cut at "then" / "puis"), so that "sear
 * 3 minutes, then rest 5 minutes" is hands-on for its first timer; only "constantly" and "ladle by
 * ladle" are also read in the rest of the step, as they describe the whole cooking.
 */
public final class HandsOn {

    /** A repeat this frequent ("toutes les 2 minutes") keeps the cook at the stove. */
    static final Duration BUSY_REPEAT = Duration.ofMinutes(5);
    /** A timed step that names neither a wait nor an action is a wait from this long on ("cook for 3 hours"). */
    static final Duration LONG_ENOUGH_TO_LEAVE = Duration.ofMinutes(15);
    /** Untimed steps: about one minute per this many words, between the bounds below. */
    static final int WORDS_PER_MINUTE = 12;
    static final int FEWEST_MINUTES = 2;
    static final int MOST_MINUTES = 15;

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    // Read on folded text (no accents, lower case). A stem matches a word's beginning.
    private static final Pattern CONSTANT = Pattern.compile("\\b(?:constantly|continuously|without stopping|non-?stop"
            + "|frequently|often|regularly|all the time|ladle by ladle|(?:a|one) ladle(?:ful)? at a time"
            + "|constamment|sans (?:cesse|cesser|arret|s'arreter)|en continu|regulierement|frequemment|souvent"
            + "|louche (?:par|apres) louche)", FLAGS);
    private static final Pattern WAIT = Pattern.compile("\\b(?:bak(?:e|es|ed|ing)|roast|smok|simmer|rest(?:s|ed|ing)?\\b"
            + "|chill|marinat|ris(?:e|es|en|ing)\\b|prov(?:e|es|ed|ing)\\b|proof|braise|refrigerat|fridge|freez|cool"
            + "|steep|soak|infus|stand(?:s|ing)?\\b|sit\\b|poach|boil|oven|leave|let\\b|slow[- ]cook|ferment|brine"
            + "|enfourn|(?:au|du|le|en) four\\b|mijot|repos|marin|lev(?:er|ee?s?)\\b|pouss|refroid|frais\\b|refrigerateur|congel|tremp"
            + "|macer|brais|poch|bouill|laiss|fum|etuv|confi|cuire au four)", FLAGS);
    private static final Pattern ACTIVE = Pattern.compile("\\b(?:saute|sear|stir|whisk|fry|fries|frying|flip|knead"
            + "|beat|blend|chop|slice|dice|mix|fold|toss|grill|sauter|saisi|fouett|remu|melang|revenir|poel|petri"
            + "|battre|tourn|griller|dorer|hach|emince|coup)", FLAGS);
    private static final Pattern CLAUSE_END = Pattern.compile("[.;!?\\n]|\\b(?:then|puis|ensuite)\\b", FLAGS);

    private HandsOn() {
    }

    /** The work of one step from its text and the timers read in it; the duration is its first timer or an estimate. */
    public static StepWork of(String stepText, List<StepTimer> timers) {
        if (timers.isEmpty()) {
            return new StepWork(true, estimate(stepText));
        }
        StepTimer timer = timers.get(0);
        return new StepWork(isHandsOn(stepText == null ? "" : stepText, timer), Duration.ofSeconds(timer.seconds()));
    }

    /** The work of every step of {@code timeline}, in order. */
    public static List<StepWork> of(Timeline timeline) {
        List<StepWork> works = new ArrayList<>();
        for (Timeline.StepTimers step : timeline.steps()) {
            works.add(of(step.step().text(), step.timers()));
        }
        return works;
    }

    /** Whether the step's first timer keeps the cook at it. */
    static boolean isHandsOn(String stepText, StepTimer timer) {
        if (timer.everySeconds().isPresent() && timer.everySeconds().getAsLong() <= BUSY_REPEAT.toSeconds()) {
            return true;
        }
        String step = Folding.fold(stepText);
        String clause = clause(step, Folding.fold(timer.text()));
        if (CONSTANT.matcher(clause).find()) {
            return true;
        }
        if (WAIT.matcher(clause).find()) {
            return false;
        }
        if (ACTIVE.matcher(clause).find() || CONSTANT.matcher(step).find()) {
            return true;
        }
        return timer.seconds() < LONG_ENOUGH_TO_LEAVE.toSeconds();
    }

    /** A few minutes for a step without a timer: longer steps say more to do. */
    static Duration estimate(String stepText) {
        int words = stepText == null || stepText.isBlank() ? 0 : stepText.strip().split("\\s+").length;
        long minutes = Math.max(FEWEST_MINUTES, Math.min(MOST_MINUTES, Math.round((double) words / WORDS_PER_MINUTE)));
        return Duration.ofMinutes(minutes);
    }

    /** The clause of {@code step} where the timer's words begin; the whole step when they cannot be found. */
    private static String clause(String step, String timerText) {
        int at = timerText.isEmpty() ? -1 : step.indexOf(timerText);
        if (at < 0) {
            return timerText.isEmpty() ? step : timerText;
        }
        int start = 0;
        Matcher end = CLAUSE_END.matcher(step);
        while (end.find()) {
            if (end.start() >= at) {
                // A timer's words may run on past a full stop ("... 30 minutes. Stir ..."): keep its first clause.
                return step.substring(start, end.start());
            }
            start = end.end();
        }
        return step.substring(start);
    }
}
