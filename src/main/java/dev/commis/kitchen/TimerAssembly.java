package dev.commis.kitchen;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

/**
 * Turns a step's mentions into timers: each repeat goes to the closest timer before it in the
 * step, else to the first one after it, else nowhere (a repeat alone is no timer, but an open
 * repeat: {@link StepDurations#openRepeat}). A timer keeps
 * the first repeat given to it; a later one would be a second instruction about the same wait.
 */
final class TimerAssembly {

    /**
     * A timer's text runs through its repeat's words when no more than this many characters
     * separate them ("return to the smoker for 30 minutes. Stir pork every 10 minutes"); past that,
     * the step says other things in between and the timer keeps only its own words.
     */
    static final int JOINED_GAP = 80;

    private TimerAssembly() {
    }

    /** The timers of {@code text}, in order, from its {@code mentions} in order. */
    static List<StepTimer> assemble(String text, List<Mention> mentions) {
        List<Mention> timers = mentions.stream().filter(m -> !m.repeat()).toList();
        Mention[] repeats = new Mention[timers.size()];
        for (Mention repeat : mentions) {
            if (repeat.repeat()) {
                int owner = owner(timers, repeat);
                if (owner >= 0 && repeats[owner] == null) {
                    repeats[owner] = repeat;
                }
            }
        }
        List<StepTimer> out = new ArrayList<>(timers.size());
        for (int i = 0; i < timers.size(); i++) {
            out.add(timer(text, timers.get(i), repeats[i]));
        }
        return List.copyOf(out);
    }

    private static int owner(List<Mention> timers, Mention repeat) {
        int before = -1;
        for (int i = 0; i < timers.size(); i++) {
            if (timers.get(i).start() < repeat.start()) {
                before = i;
            } else {
                return before >= 0 ? before : i;
            }
        }
        return before;
    }

    private static StepTimer timer(String text, Mention timer, Mention repeat) {
        OptionalLong max = timer.high() > timer.low() ? OptionalLong.of(timer.high()) : OptionalLong.empty();
        if (repeat == null) {
            return new StepTimer(timer.low(), max, OptionalLong.empty(), words(text, timer.phraseStart(), timer.end()));
        }
        OptionalLong every = OptionalLong.of(repeat.low());
        Mention first = repeat.start() < timer.start() ? repeat : timer;
        Mention last = first == timer ? repeat : timer;
        String words = last.start() - first.end() <= JOINED_GAP
                ? words(text, first.phraseStart(), last.end())
                : words(text, timer.phraseStart(), timer.end());
        return new StepTimer(timer.low(), max, every, words);
    }

    private static String words(String text, int start, int end) {
        return text.substring(start, end).strip();
    }
}
