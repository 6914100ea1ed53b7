package dev.commis.search;

import dev.commis.bench.VaultGenerator;
import dev.commis.text.Folding;
import dev.commis.vault.LoadProgress;
import dev.commis.vault.Recipe;
import dev.commis.vault.VaultLoader;
import dev.commis.vault.VaultScanner;
import dev.commis.vault.VaultSnapshot;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Times the index, not a test: builds it over a vault, then times {@value #QUERIES} "/recipe"
 * lookups and {@value #QUERIES} "/search" queries made of words of the vault's own titles and
 * ingredients, a third of them with a typo, and prints the 50th and 99th percentiles and the
 * maximum. Run with a vault folder as argument, or none for {@value #RECIPES} generated recipes:
 * <pre>
 * mvn -q -o test-compile
 * java -cp target/classes:target/test-classes:$(cat cp.txt) dev.commis.search.SearchBenchmark [vault]
 * </pre>
 * (write {@code cp.txt} once with {@code mvn -q -o dependency:build-classpath -Dmdep.outputFile=cp.txt}).
 */
public final class SearchBenchmark {

    static final int RECIPES = 10_000;
    static final int QUERIES = 10_000;
    private static final int WARM_UP_ROUNDS = 3;

    private SearchBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = args.length > 0 ? Path.of(args[0]) : generated();
        VaultSnapshot snapshot = new VaultLoader(new VaultScanner("Templates"), Clock.systemUTC(), LoadProgress.NONE)
                .load(dir);
        System.out.printf("vault: %d recipes from %s%n", snapshot.recipes().size(), dir);

        long start = System.nanoTime();
        long cpuStart = processCpuNanos();
        RecipeIndex index = RecipeIndex.of(snapshot);
        // CPU time beside wall time: on a shared machine, wall time alone says more about the neighbours.
        System.out.printf("index build (cold): %.0f ms, %.0f ms of CPU (all threads, JIT and GC included)%n",
                millis(System.nanoTime() - start), millis(processCpuNanos() - cpuStart));

        SplittableRandom random = new SplittableRandom(42);
        List<String> names = queries(snapshot.recipes(), random, true);
        List<String> words = queries(snapshot.recipes(), random, false);
        for (int round = 0; round < WARM_UP_ROUNDS; round++) {
            names.forEach(index::find);
            words.forEach(index::search);
        }
        long[] builds = new long[5];
        for (int i = 0; i < builds.length; i++) {
            long t = System.nanoTime();
            RecipeIndex.of(snapshot);
            builds[i] = System.nanoTime() - t;
        }
        Arrays.sort(builds);
        System.out.printf("index build (warm, median of %d): %.0f ms%n", builds.length, millis(builds[builds.length / 2]));

        report("find  ", time(names, index::find));
        report("search", time(words, index::search));
        System.out.printf("sample: find(\"%s\") -> %s%n", names.get(0), describe(index.find(names.get(0))));
        System.out.printf("sample: search(\"%s\") -> %d recipes%n", words.get(0), index.search(words.get(0)).size());
        if (args.length == 0) {
            delete(dir);
        }
    }

    private static Path generated() throws IOException {
        Path dir = Files.createTempDirectory("commis-bench");
        long start = System.nanoTime();
        VaultGenerator.generate(dir, RECIPES, 42);
        System.out.printf("generated %d recipes in %.0f ms%n", RECIPES, millis(System.nanoTime() - start));
        return dir;
    }

    /** Queries from the vault's own words: 1 to 3 words of a title (names) or of titles and ingredients (words). */
    private static List<String> queries(List<Recipe> recipes, SplittableRandom random, boolean names) {
        List<String> out = new ArrayList<>(QUERIES);
        while (out.size() < QUERIES) {
            Recipe recipe = recipes.get(random.nextInt(recipes.size()));
            List<String> pool = new ArrayList<>(List.of(recipe.title().split("[\\s\\-']+")));
            if (!names && !recipe.ingredients().isEmpty()) {
                recipe.ingredients().get(0).items().forEach(item -> pool.addAll(List.of(item.split("\\s+"))));
            }
            pool.removeIf(word -> word.length() < 3 || !Character.isLetter(word.charAt(0)));
            if (pool.isEmpty()) {
                continue;
            }
            int count = 1 + random.nextInt(Math.min(3, pool.size()));
            StringBuilder query = new StringBuilder();
            for (int i = 0; i < count; i++) {
                String word = pool.get(random.nextInt(pool.size()));
                word = random.nextInt(2) == 0 ? Folding.fold(word) : word;
                query.append(i == 0 ? "" : " ").append(random.nextInt(3) == 0 ? typo(word, random) : word);
            }
            out.add(query.toString());
        }
        return out;
    }

    /** One typo of the kinds people make: a letter dropped, doubled, replaced, or two swapped. */
    static String typo(String word, SplittableRandom random) {
        if (word.length() < 5) {
            return word;
        }
        int at = 1 + random.nextInt(word.length() - 2);
        StringBuilder typed = new StringBuilder(word);
        switch (random.nextInt(4)) {
            case 0 -> typed.deleteCharAt(at);
            case 1 -> typed.insert(at, word.charAt(at));
            case 2 -> typed.setCharAt(at, (char) ('a' + random.nextInt(26)));
            default -> {
                typed.setCharAt(at, word.charAt(at + 1));
                typed.setCharAt(at + 1, word.charAt(at));
            }
        }
        return typed.toString();
    }

    private static long[] time(List<String> queries, Consumer<String> query) {
        long[] nanos = new long[queries.size()];
        for (int i = 0; i < nanos.length; i++) {
            long t = System.nanoTime();
            query.accept(queries.get(i));
            nanos[i] = System.nanoTime() - t;
        }
        Arrays.sort(nanos);
        return nanos;
    }

    private static void report(String what, long[] sorted) {
        System.out.printf("%s x%d: p50 %.3f ms, p99 %.3f ms, max %.3f ms%n", what, sorted.length,
                millis(sorted[sorted.length / 2]), millis(sorted[(int) Math.ceil(sorted.length * 0.99) - 1]),
                millis(sorted[sorted.length - 1]));
    }

    private static String describe(RecipeIndex.Match match) {
        return match.best().map(recipe -> "best " + recipe.title())
                .orElseGet(() -> match.alternatives().size() + " alternatives");
    }

    private static long processCpuNanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() : 0;
    }

    private static double millis(long nanos) {
        return nanos / 1e6;
    }

    private static void delete(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path path : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
