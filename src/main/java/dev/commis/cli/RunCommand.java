package dev.commis.cli;

import dev.commis.Commis;
import dev.commis.config.Settings;
import dev.commis.discord.DiscordBot;
import dev.commis.telegram.TelegramBot;
import dev.commis.vault.LoadProgress;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;

/**
 * What {@code commis} does without a subcommand: runs Commis as configured. With a Telegram or a
 * Discord token (or both, in one process) it answers there until stopped (SIGTERM or Ctrl-C: it
 * stops listening, sends the replies already queued, keeps pending reminders, and exits 0). With
 * no platform token, it says so in one line and opens the console chat on the configured vault.
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
        if (!settings.hasPlatformToken() && inputIsNothing()) {
            // A container started detached (docker run -d) has /dev/null for input: a console there would end at once, silently.
            err.println("commis: no Telegram or Discord token is configured, and there is no input to chat through"
                    + " (standard input is empty). Set TELEGRAM_BOT_TOKEN or DISCORD_BOT_TOKEN (telegram.token /"
                    + " discord.token in the settings), or run it at a terminal or with 'commis console' to chat in the console.");
            err.flush();
            return Commis.USAGE_ERROR;
        }
        if (!settings.hasPlatformToken()) {
            err.println("No Telegram or Discord token is configured: opening the console chat on " + settings.vault()
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
     * Runs on every platform with a token until SIGTERM or Ctrl-C, then closes them and the
     * runtime, and returns 0: being asked to stop is no failure.
     */
    private int serve(Settings settings) throws IOException, InterruptedException {
        CountDownLatch stop = new CountDownLatch(1);
        CountDownLatch stopped = new CountDownLatch(1);
        List<AutoCloseable> platforms = new ArrayList<>();
        boolean started = false;
        try (ChatRuntime runtime = ChatRuntime.open(settings, LoadProgress.NONE)) {
            if (settings.telegram().token().isPresent()) {
                String token = settings.telegram().token().get().reveal();
                try {
                    TelegramBot telegram = TelegramBot.start(settings.telegram(), runtime.core(),
                            () -> runtime.vault().snapshot().root());
                    platforms.add(telegram);
                    runtime.deliverTo(TelegramBot.PLATFORM, telegram.delivery());
                    runtime.pushTo(TelegramBot.PLATFORM, telegram.pushes());
                } catch (TelegramApiException | RuntimeException e) {
                    err.println("commis: cannot connect to Telegram at " + settings.telegram().apiUrl() + ": "
                            + String.valueOf(e.getMessage()).replace(token, "<token>")
                            + " (check telegram.token / TELEGRAM_BOT_TOKEN and telegram.api_url)");
                    closeAll(platforms);
                    return 1;
                }
            }
            if (settings.discord().token().isPresent()) {
                String token = settings.discord().token().get().reveal();
                try {
                    DiscordBot discord = DiscordBot.start(settings.discord(), runtime.core());
                    platforms.add(discord);
                    runtime.deliverTo(DiscordBot.PLATFORM, discord.delivery());
                    runtime.pushTo(DiscordBot.PLATFORM, discord.pushes());
                } catch (RuntimeException e) {
                    err.println("commis: cannot connect to Discord: " + String.valueOf(e.getMessage()).replace(token, "<token>")
                            + " (check discord.token / DISCORD_BOT_TOKEN)");
                    closeAll(platforms);
                    return 1;
                }
            }
            runtime.startReminders();
            started = true;
            StopSignals.onStop(stop::countDown);
            // Any other way out of the JVM still stops in order, waiting for the main thread to finish.
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                stop.countDown();
                try {
                    stopped.await(20, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, "commis-shutdown"));
            LOG.info("Commis is running on {}; SIGTERM or Ctrl-C stops it", platforms.stream()
                    .map(platform -> platform instanceof TelegramBot bot ? "Telegram as @" + bot.username() : "Discord")
                    .reduce((a, b) -> a + " and " + b).orElse("nothing"));
            try {
                stop.await();
            } finally {
                closeAll(platforms);
            }
            return 0;
        } catch (dev.commis.store.StoreException | dev.commis.web.WebBindException e) {
            err.println("commis: " + e.getMessage());
            return 1;
        } finally {
            if (started) {
                LOG.info("Commis stopped; pending reminders are kept for the next start");
            }
            stopped.countDown();
        }
    }

    /** Whether standard input is {@code /dev/null} (where the system says so): nothing will ever be typed. */
    static boolean inputIsNothing() {
        try {
            java.nio.file.Path input = java.nio.file.Path.of("/proc/self/fd/0");
            return java.nio.file.Files.isSymbolicLink(input)
                    && java.nio.file.Files.readSymbolicLink(input).toString().equals("/dev/null");
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static void closeAll(List<AutoCloseable> platforms) {
        for (AutoCloseable platform : platforms) {
            try {
                platform.close();
            } catch (Exception e) {
                LOG.warn("Stopping {}: {}", platform.getClass().getSimpleName(), e.getMessage());
            }
        }
    }
}
