package dev.commis.cli;

import dev.commis.Commis;
import dev.commis.config.Settings;
import dev.commis.telegram.TelegramBot;
import dev.commis.vault.LoadProgress;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;

/**
 * What {@code commis} does without a subcommand: runs Commis as configured. With a Telegram
 * token it answers on Telegram until stopped (SIGTERM or Ctrl-C: it stops polling, sends the
 * replies already queued, keeps pending reminders, and exits 0). With no platform token, it says
 * so in one line and opens the console chat on the configured vault.
 */
public final class RunCommand implements Callable<Integer> {

    private static final Logger LOG = LoggerFactory.getLogger(RunCommand.class);

    private final Commis commis;
    private final PrintWriter out;
    private final PrintWriter err;

    public RunCommand(Commis commis, PrintWriter out, PrintWriter err) {
        this.commis = commis;
        this.out = out;
        this.err = err;
    }

    @Override
    public Integer call() throws IOException, InterruptedException {
        Optional<Settings> loaded = commis.settings(err, "commis");
        if (loaded.isEmpty()) {
            return Commis.USAGE_ERROR;
        }
        Settings settings = loaded.get();
        if (settings.telegram().token().isEmpty()) {
            err.println(settings.discord().token().isPresent()
                    ? "A Discord token is set, but this version of Commis has no Discord connection yet: opening the"
                            + " console chat on " + settings.vault() + " instead."
                    : "No Telegram or Discord token is configured: opening the console chat on " + settings.vault()
                            + " (Ctrl-D to quit).");
            err.flush();
            return ConsoleCommand.open(settings, out, err);
        }
        if (!Commis.isVaultFolder(settings.vault(), err, "commis")) {
            return Commis.USAGE_ERROR;
        }
        return serve(settings);
    }

    /**
     * Runs on Telegram until SIGTERM or Ctrl-C, then closes the bot and the runtime before the
     * JVM goes on shutting down, and makes the exit status 0: being asked to stop is no failure.
     */
    private int serve(Settings settings) throws IOException, InterruptedException {
        String token = settings.telegram().token().orElseThrow().reveal();
        CountDownLatch stop = new CountDownLatch(1);
        CountDownLatch stopped = new CountDownLatch(1);
        try (ChatRuntime runtime = ChatRuntime.open(settings, LoadProgress.NONE)) {
            TelegramBot bot;
            try {
                bot = TelegramBot.start(settings.telegram(), runtime.core(), () -> runtime.vault().snapshot().root());
            } catch (TelegramApiException | RuntimeException e) {
                err.println("commis: cannot connect to Telegram at " + settings.telegram().apiUrl() + ": "
                        + String.valueOf(e.getMessage()).replace(token, "<token>")
                        + " (check telegram.token / TELEGRAM_BOT_TOKEN and telegram.api_url)");
                return 1;
            }
            runtime.deliverTo(TelegramBot.PLATFORM, bot.delivery());
            runtime.startReminders();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                stop.countDown();
                try {
                    stopped.await(20, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                Runtime.getRuntime().halt(0);
            }, "commis-shutdown"));
            LOG.info("Commis is running on Telegram as @{}; SIGTERM or Ctrl-C stops it", bot.username());
            try {
                stop.await();
            } finally {
                bot.close();
            }
            return 0;
        } catch (dev.commis.store.StoreException e) {
            err.println("commis: " + e.getMessage());
            return 1;
        } finally {
            stopped.countDown();
        }
    }
}
