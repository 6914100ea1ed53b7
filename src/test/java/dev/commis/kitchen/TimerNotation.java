package dev.commis.kitchen;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Writes timers the way the duration tables expect them: seconds, "-high" for a range, " every n"
 * for a repeat, timers separated by ", " ("1500-1800", "1800 every 600, 300"); no timer is "".
 */
final class TimerNotation {

    private TimerNotation() {
    }

    static String of(List<StepTimer> timers) {
        return timers.stream().map(TimerNotation::of).collect(Collectors.joining(", "));
    }

    private static String of(StepTimer timer) {
        StringBuilder out = new StringBuilder().append(timer.seconds());
        timer.maxSeconds().ifPresent(max -> out.append('-').append(max));
        timer.everySeconds().ifPresent(every -> out.append(" every ").append(every));
        return out.toString();
    }
}
