package dev.commis.cli;

import dev.commis.Commis;
import dev.commis.config.Settings;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * What {@code commis} does without a subcommand: runs Commis as configured. With no chat
 * platform token, it says so in one line and opens the console chat on the configured vault.
 */
public final class RunCommand implements Callable<Integer> {

    private final Commis commis;
    private final PrintWriter out;
    private final PrintWriter err;

    public RunCommand(Commis commis, PrintWriter out, PrintWriter err) {
        this.commis = commis;
        this.out = out;
        this.err = err;
    }

    @Override
    public Integer call() throws IOException {
        Optional<Settings> loaded = commis.settings(err, "commis");
        if (loaded.isEmpty()) {
            return Commis.USAGE_ERROR;
        }
        Settings settings = loaded.get();
        if (settings.hasPlatformToken()) {
            err.println("A chat platform token is set, but this version of Commis has no Telegram or Discord"
                    + " connection yet: opening the console chat on " + settings.vault() + " instead.");
        } else {
            err.println("No Telegram or Discord token is configured: opening the console chat on "
                    + settings.vault() + " (Ctrl-D to quit).");
        }
        err.flush();
        return ConsoleCommand.open(settings, out, err);
    }
}
