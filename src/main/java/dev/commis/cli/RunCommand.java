package dev.commis.cli;

import dev.commis.Commis;
import dev.commis.config.Settings;
import dev.commis.config.SettingsException;
import dev.commis.vault.Vault;
import dev.commis.vault.VaultLoader;
import dev.commis.vault.VaultScanner;
import dev.commis.vault.VaultSnapshot;
import dev.commis.vault.VaultWatcher;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.time.Clock;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What {@code commis} does without a subcommand: loads the configured vault, follows its
 * edits, and keeps running until the process is asked to stop (Ctrl-C or SIGTERM), when it
 * stops watching and returns.
 */
public final class RunCommand implements Callable<Integer> {

    private static final Logger LOG = LoggerFactory.getLogger(RunCommand.class);

    private final Commis commis;
    private final PrintWriter err;

    public RunCommand(Commis commis, PrintWriter err) {
        this.commis = commis;
        this.err = err;
    }

    @Override
    public Integer call() throws IOException, InterruptedException {
        Settings settings;
        try {
            settings = commis.settings();
        } catch (SettingsException e) {
            err.println("commis: " + e.getMessage());
            return Commis.USAGE_ERROR;
        }
        if (!Files.isDirectory(settings.vault())) {
            err.println("commis: there is no vault folder at '" + settings.vault()
                    + "'; set 'vault' in the settings or COMMIS_VAULT in the environment");
            return Commis.USAGE_ERROR;
        }
        VaultScanner scanner = new VaultScanner(settings.templates());
        VaultLoader loader = new VaultLoader(scanner, Clock.systemUTC(), TerminalProgress.onConsole());
        long start = System.nanoTime();
        VaultSnapshot snapshot = loader.load(settings.vault());
        LOG.info("Vault {} loaded: {} recipes in {} ms, {} problem(s) (run 'commis check' for the list)",
                settings.vault(), snapshot.recipes().size(),
                TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start), snapshot.problems().size());
        Vault vault = new Vault(loader, snapshot);
        CountDownLatch stop = new CountDownLatch(1);
        CountDownLatch stopped = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            stop.countDown();
            awaitQuietly(stopped);
        }, "commis-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        try (VaultWatcher watcher = VaultWatcher.start(vault, scanner, VaultWatcher.DEFAULT_QUIET,
                VaultWatcher.DEFAULT_MAX_DELAY)) {
            LOG.info("Following edits to {}; press Ctrl-C to stop", settings.vault());
            stop.await();
        } finally {
            LOG.info("Commis stopped");
            stopped.countDown();
        }
        return 0;
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
