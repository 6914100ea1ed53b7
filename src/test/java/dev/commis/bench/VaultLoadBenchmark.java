package dev.commis.bench;

import dev.commis.vault.LoadProgress;
import dev.commis.vault.Problem;
import dev.commis.vault.VaultCache;
import dev.commis.vault.VaultLoader;
import dev.commis.vault.VaultScanner;
import dev.commis.vault.VaultSnapshot;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.RuntimeMXBean;
import java.lang.ref.Reference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * Loads one vault the way Commis does at start-up and prints what it cost: recipes and problems,
 * the load time, how long after the JVM started the snapshot was ready, and the heap still in
 * use after a full GC while the snapshot is alive. Run it in a fresh JVM per measurement (see
 * {@code bench/vault-load.sh}); it is a benchmark, not a test, and never fails on a number.
 *
 * <p>Targets (DESIGN §4 leaves the numbers to the benchmark): 10,000 recipes ready within
 * {@value #TARGET_READY_MILLIS} ms of the JVM starting, heap at most {@value #TARGET_HEAP_MB} MB,
 * on a 2-core machine.
 *
 * <p>Command line: {@code VaultLoadBenchmark DIR}. Exit 0 whatever the numbers, 2 on a usage error.
 */
public final class VaultLoadBenchmark {

    /** Recipes the targets are set for. */
    public static final int TARGET_RECIPES = 10_000;
    /** Milliseconds from JVM start to a ready snapshot of {@link #TARGET_RECIPES} recipes. */
    public static final long TARGET_READY_MILLIS = 1_500;
    /** Heap in use after a full GC with the snapshot alive, in MB. */
    public static final long TARGET_HEAP_MB = 150;

    /** System property: the epoch millisecond at which the java command was launched (optional). */
    public static final String LAUNCHED_AT_PROPERTY = "bench.launchedAtMillis";

    private VaultLoadBenchmark() {
    }

    public static void main(String[] args) throws InterruptedException {
        if (args.length < 1 || args.length > 2 || args[0].startsWith("-")) {
            usage("expected the vault folder, and optionally a vault cache file");
            return;
        }
        Path dir = Path.of(args[0]);
        if (!Files.isDirectory(dir)) {
            usage("'" + dir + "' is not a folder");
            return;
        }

        // Nothing but the load itself happens before the snapshot is ready: no management beans yet.
        long start = System.nanoTime();
        VaultSnapshot snapshot;
        try {
            VaultLoader loader = new VaultLoader(new VaultScanner("Templates"), Clock.systemUTC(), LoadProgress.NONE);
            snapshot = (args.length == 2 ? loader.withCache(new VaultCache(Path.of(args[1]))) : loader).load(dir);
        } catch (IOException e) {
            usage("cannot read the vault '" + dir + "': " + e.getMessage());
            return;
        }
        long readyAtMillis = System.currentTimeMillis();
        long loadNanos = System.nanoTime() - start;

        RuntimeMXBean runtime = ManagementFactory.getRuntimeMXBean();
        long readyAfterJvmStart = readyAtMillis - runtime.getStartTime();
        // The JVM's start time is taken once the VM is up; the launcher's own time (exec, loading libjvm) is not
        // in it. A script can pass the moment it launched java to see that too.
        Long launchedAt = Long.getLong(LAUNCHED_AT_PROPERTY);

        int recipes = snapshot.recipes().size();
        long errors = snapshot.problems().stream().filter(Problem::isError).count();
        long warnings = snapshot.problems().size() - errors;

        double heapMb = heapUsedAfterFullGcMb();
        // The snapshot must still be strongly reachable while the heap is measured.
        Reference.reachabilityFence(snapshot);

        System.out.printf(Locale.ROOT, "vault: %s%n", dir);
        System.out.printf(Locale.ROOT, "recipes: %d loaded of %d files, problems: %d (%d errors, %d warnings)%n",
                recipes, snapshot.fileCount(), snapshot.problems().size(), errors, warnings);
        System.out.printf(Locale.ROOT, "load: %d ms (VaultLoader.load, %d cores)%n",
                TimeUnit.NANOSECONDS.toMillis(loadNanos), Runtime.getRuntime().availableProcessors());
        System.out.printf(Locale.ROOT,
                "ready: %d ms after JVM start (target for %,d recipes: <= %d ms) %s%s%n",
                readyAfterJvmStart, TARGET_RECIPES, TARGET_READY_MILLIS,
                verdict(recipes, readyAfterJvmStart <= TARGET_READY_MILLIS),
                launchedAt == null ? "" : "; " + (readyAtMillis - launchedAt) + " ms after the java command was launched");
        System.out.printf(Locale.ROOT,
                "heap: %.1f MB used after full GC with the snapshot live (target: <= %d MB) %s%n",
                heapMb, TARGET_HEAP_MB, verdict(recipes, heapMb <= TARGET_HEAP_MB));
        for (Problem problem : snapshot.problems().subList(0, Math.min(5, snapshot.problems().size()))) {
            System.out.println("  problem: " + problem);
        }
        VaultLoader.awaitCacheWrites(); // a run that fills the cache must not exit before it is written
    }

    /** Whether a figure meets its target; only meaningful at the target's vault size. */
    private static String verdict(int recipes, boolean met) {
        String verdict = met ? "met" : "MISSED";
        return recipes >= TARGET_RECIPES ? verdict : "(" + verdict + " at this size)";
    }

    private static double heapUsedAfterFullGcMb() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(100);
        }
        long used = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        return used / (1024.0 * 1024.0);
    }

    private static void usage(String problem) {
        System.err.println("VaultLoadBenchmark: " + problem);
        System.err.println("usage: VaultLoadBenchmark DIR [CACHE]   (loads the vault in DIR, with the vault cache file CACHE"
                + " if given, and prints the figures)");
        System.exit(2);
    }
}
