package dev.commis.cli;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import sun.misc.Signal;

/**
 * Turns SIGTERM (Docker, systemd) and SIGINT (Ctrl-C) into an orderly stop that the main thread
 * carries out and ends with exit status 0: being asked to stop is no failure. Without this, the
 * JVM would begin its shutdown at once and exit 143, and only {@code Runtime.halt} in a shutdown
 * hook could change that, cutting every other hook short.
 */
final class StopSignals {

    private static final Logger LOG = LoggerFactory.getLogger(StopSignals.class);

    private StopSignals() {
    }

    /** Runs {@code stop} (on a signal thread) when SIGTERM or SIGINT arrives. */
    static void onStop(Runnable stop) {
        for (String name : List.of("TERM", "INT")) {
            try {
                Signal.handle(new Signal(name), signal -> stop.run());
            } catch (IllegalArgumentException unavailable) {
                // The JVM keeps this signal (-Xrs) or the platform lacks it: the shutdown hook still stops cleanly.
                LOG.debug("Cannot handle SIG{}: {}", name, unavailable.getMessage());
            }
        }
    }
}
