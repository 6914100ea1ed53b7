package dev.commis.kitchen;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds the timers in a step's text, French or English: timed actions ("cook for 3 hours",
 * "laisser mijoter 45 min"), ranges ("25-30 minutes", reminded at the low end) and the repeats
 * inside them ("stir every 10 minutes", attached to their timer), spelled-out and approximate
 * numbers ("a minute or two", "une dizaine de minutes"), a night ("overnight", "la veille": 8
 * hours) and a longer alternative as a range's high end ("at least 2 hours, ideally overnight",
 * "au moins 1 h et jusqu'à 3 h", "up to 24"), one wait said twice ("1 1/2 hours (90 minutes)")
 * and a follow-on that borrows the unit before it ("then bake 5 more"). Temperatures, sizes,
 * quantities, times of day, how long a dish keeps, how far ahead to plan, times already set
 * ("after these 5 minutes"), limits ("for up to 15 minutes", "within 2 days"), summaries and
 * labels ("Ready in 30 minutes", "Temps de cuisson : 45 min"), products ("2-minute noodles"),
 * headings ("1-Minute Microwave Instructions") are no timers.
 *
 * <p>Durations without a number ("a few minutes", "quelques minutes", "several hours", "un
 * moment") are no timers either, on purpose: any number Commis chose would be its own guess, and
 * a reminder that rings at a guessed time teaches the cook to ignore reminders; the step says to
 * watch the pan, and the cook does. Repeats without a number ("occasionally", "de temps en
 * temps", "turning halfway") have no period for the same reason. A range is reminded at its low
 * end, with its high end kept ({@link StepTimer#maxSeconds()}) as the time to check by. A time
 * "per side" or "de chaque côté" times one side: the cook flips when it rings and starts it again.
 * Never throws on any text; {@code null} or blank text has no timers.
 *
 * <p>A timer's {@code text} is its verb phrase when the clause before the duration is short
 * ("cook for 3 hours"), else the duration's own words; with a repeat, it runs through the repeat's
 * words as well when they are close (see {@link TimerAssembly}).
 */
public final class StepDurations {

    private StepDurations() {
    }

    /** Every timer in a step's text, in order, French and English. */
    public static List<StepTimer> find(String stepText) {
        if (stepText == null || stepText.isBlank()) {
            return List.of();
        }
        List<Mention> mentions = mentions(stepText);
        if (mentions.isEmpty() || Headings.isHeading(stepText, mentions)) {
            return List.of();
        }
        return TimerAssembly.assemble(stepText, mentions);
    }

    /**
     * The step's first repeat when the step has no timer for it to belong to ("Remuer toutes les 10
     * minutes jusqu'à ce que la sauce nappe la cuillère"), else empty: a step with a timer keeps
     * its repeats inside that timer ({@link #find}), and a repeat without a number ("de temps en
     * temps") has no period. Never throws; {@code null} or blank text has none.
     */
    public static Optional<OpenRepeat> openRepeat(String stepText) {
        if (stepText == null || stepText.isBlank()) {
            return Optional.empty();
        }
        List<Mention> mentions = mentions(stepText);
        if (mentions.stream().anyMatch(mention -> !mention.repeat()) || Headings.isHeading(stepText, mentions)) {
            return Optional.empty();
        }
        return mentions.stream().filter(mention -> mention.low() > 0).findFirst()
                .map(repeat -> new OpenRepeat(repeat.low(), stepText.substring(repeat.phraseStart(), repeat.end()).strip()));
    }

    /** Timers and repeats, left to right; each character is read at most once. */
    static List<Mention> mentions(String text) {
        List<Mention> found = new ArrayList<>();
        int floor = 0;
        int i = 0;
        long lastUnit = 0; // the unit of the last timer, for "then 5 more"
        while (i < text.length()) {
            if (!startsWord(text, i)) {
                i++;
                continue;
            }
            Optional<RepeatReader.Read> repeat = RepeatReader.read(text, i);
            if (repeat.isPresent()) {
                long period = repeat.get().seconds();
                found.add(new Mention(true, period, period, i, repeat.get().end(),
                        Surroundings.phraseStart(text, floor, i)));
                floor = i = repeat.get().end();
                continue;
            }
            Optional<DurationReader.Read> read = DurationReader.read(text, i, Surroundings.afterBetween(text, i));
            if (read.isEmpty()) {
                read = FollowOn.read(text, i, lastUnit);
            }
            if (read.isEmpty()) {
                i++;
                continue;
            }
            int end = read.get().end();
            if (Surroundings.isTimer(text, i, end)
                    && !Surroundings.isKeepingOrPlanning(text, floor, i, end, read.get().low())) {
                DurationReader.Read timer = widened(text, read.get());
                found.add(new Mention(false, timer.low(), timer.high(), i, timer.end(),
                        Surroundings.phraseStart(text, floor, i)));
                end = timer.end();
                lastUnit = read.get().unit();
            }
            // Skipped clock times are consumed too, so that "19h30" does not leave "30" behind.
            floor = i = end;
        }
        return found;
    }

    /** A timer stretched over the longer alternative or the restatement that follows it, if any. */
    private static DurationReader.Read widened(String text, DurationReader.Read read) {
        DurationReader.Read timer = read;
        Optional<DurationReader.Read> longest = Alternatives.longest(text, timer.end(), timer.low(), timer.unit());
        if (longest.isPresent()) {
            timer = new DurationReader.Read(timer.low(), longest.get().high(), longest.get().end(), timer.unit());
        }
        Optional<DurationReader.Read> restated = Restatements.restated(text, timer.low(), timer.high(), timer.end());
        return restated.orElse(timer);
    }

    /** Whether a word or number can start at {@code i}: not inside a word, nor after "1," of "1,5". */
    private static boolean startsWord(String text, int i) {
        if (i == 0) {
            return true;
        }
        char before = text.charAt(i - 1);
        if (Character.isLetterOrDigit(before)) {
            return false;
        }
        boolean insideNumber = ".,/⁄".indexOf(before) >= 0 && i >= 2 && Character.isDigit(text.charAt(i - 2))
                && Character.isDigit(text.charAt(i));
        return !insideNumber && !Character.isWhitespace(text.charAt(i));
    }
}
