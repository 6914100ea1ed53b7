package dev.commis.cli;

import dev.commis.vault.LoadProgress;
import java.io.PrintStream;

/**
 * Shows how far a large vault load has got, on one line of a terminal that is rewritten in
 * place; says nothing for small vaults or when the output is not a terminal.
 */
public final class TerminalProgress implements LoadProgress {

    /** Below this many files a load is too quick to be worth a progress line. */
    static final int SMALL_VAULT = 1000;

    private final PrintStream out;
    private int shownPercent = -1;

    private TerminalProgress(PrintStream out) {
        this.out = out;
    }

    /** Progress on standard error when it is a terminal, else none. */
    public static LoadProgress onConsole() {
        return System.console() != null ? new TerminalProgress(System.err) : LoadProgress.NONE;
    }

    /** Progress written to {@code out}, terminal or not. */
    static TerminalProgress to(PrintStream out) {
        return new TerminalProgress(out);
    }

    @Override
    public synchronized void progress(int done, int total) {
        if (total < SMALL_VAULT) {
            return;
        }
        int percent = done * 100 / total;
        if (percent / 5 != shownPercent / 5 || done == total) {
            shownPercent = percent;
            out.print("\rReading recipes: " + done + "/" + total + " (" + percent + "%)");
            if (done == total) {
                out.print("\r\033[K");
            }
            out.flush();
        }
    }
}
