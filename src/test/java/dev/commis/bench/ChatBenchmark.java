package dev.commis.bench;

import dev.commis.chat.ButtonPayloads;
import dev.commis.chat.ChatCore;
import dev.commis.chat.ChatServices;
import dev.commis.chat.ChatWording;
import dev.commis.chat.CommandList;
import dev.commis.chat.CookStore;
import dev.commis.chat.Incoming;
import dev.commis.chat.Library;
import dev.commis.chat.PreferenceStore;
import dev.commis.reminders.ReminderScheduler;
import dev.commis.reminders.ReminderStore;
import dev.commis.store.Database;
import dev.commis.text.Folding;
import dev.commis.text.Language;
import dev.commis.vault.LoadProgress;
import dev.commis.vault.Recipe;
import dev.commis.vault.VaultLoader;
import dev.commis.vault.VaultScanner;
import dev.commis.vault.VaultSnapshot;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * How fast {@code /recipe} and {@code /search} answer through the whole chat core (lookup,
 * scaling, reply building) over a generated vault of 10,000 recipes. Every query's lookup text
 * differs after folding (checked when the queries are made), so the per-snapshot caches of
 * {@link Library}, keyed on that text, never answer: each query goes through the index. Prints
 * p50, p99 and max after a warm-up, and what was and was not measured; the target is a p99 of
 * at most 5 ms. Not a test: it never fails on a timing.
 *
 * <p>{@code java -cp target/commis.jar:target/test-classes dev.commis.bench.ChatBenchmark [COUNT]}
 */
public final class ChatBenchmark {

    private static final double TARGET_P99_MS = 5.0;
    private static final int QUERIES = 12_000;
    private static final int WARM_UP = 2_000;

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        Path dir = Files.createTempDirectory("commis-chat-bench");
        VaultGenerator.generate(dir, count, 42);
        VaultSnapshot snapshot = new VaultLoader(new VaultScanner("Templates"), Clock.systemUTC(), LoadProgress.NONE).load(dir);
        long start = System.nanoTime();
        Library library = new Library(() -> snapshot);
        System.out.printf("vault: %d recipes; index built in %d ms%n", snapshot.recipes().size(),
                (System.nanoTime() - start) / 1_000_000);
        try (Database database = Database.inMemory()) {
            PreferenceStore preferences = new PreferenceStore(database);
            Clock clock = Clock.systemUTC();
            ReminderScheduler reminders = new ReminderScheduler(new ReminderStore(database), (c, u, t) -> { },
                    new ChatWording(preferences, Language.EN, clock), clock, Duration.ofHours(1));
            ChatCore core = new ChatCore(CommandList.standard(), new ChatServices(library, preferences,
                    new ButtonPayloads(), reminders, new CookStore(database), Duration.ofMinutes(10),
                    new SplittableRandom(1), clock, 30, Language.EN));
            SplittableRandom random = new SplittableRandom(7);
            List<String> recipeQueries = new ArrayList<>();
            List<String> searchQueries = new ArrayList<>();
            Set<String> recipeKeys = new HashSet<>();
            Set<String> searchKeys = new HashSet<>();
            List<Recipe> recipes = snapshot.recipes();
            while (recipeQueries.size() < QUERIES) {
                Recipe recipe = recipes.get(random.nextInt(recipes.size()));
                String name = typo(recipe.title(), random);
                if (recipeKeys.add(Folding.fold(name).strip())) {
                    recipeQueries.add("/recipe " + name + (recipeQueries.size() % 3 == 0 ? " for 8" : ""));
                }
            }
            while (searchQueries.size() < QUERIES) {
                Recipe recipe = recipes.get(random.nextInt(recipes.size()));
                List<String> items = recipe.ingredients().get(0).items();
                String[] words = items.get(random.nextInt(items.size())).replaceAll("[^\\p{L} ]", " ").trim().split("\\s+");
                String query = words[words.length - 1] + " " + recipe.facts().cuisine() + " " + random.nextInt(1000);
                if (searchKeys.add(Folding.fold(query).strip())) {
                    searchQueries.add("/search " + query);
                }
            }
            measure("/recipe", core, recipeQueries);
            measure("/search", core, searchQueries);
        }
        System.out.printf("measured: %,d distinct queries of each kind (the first %,d as warm-up, not counted), one at a time"
                + " on one thread, through ChatCore.handle with an in-memory SQLite; the times include lookup, scaling and"
                + " building the Reply%n", QUERIES, WARM_UP);
        System.out.println("not measured: rendering and escaping by an adapter, the network, concurrent chats, repeated"
                + " queries answered from the cache, a vault reload while answering, GC pauses beyond this run's heap");
    }

    /** Drops one letter of one word now and then, as people type. */
    private static String typo(String title, SplittableRandom random) {
        if (random.nextInt(3) != 0 || title.length() < 6) {
            return title;
        }
        int at = 1 + random.nextInt(title.length() - 2);
        return title.substring(0, at) + title.substring(at + 1);
    }

    private static void measure(String what, ChatCore core, List<String> queries) {
        int warm = WARM_UP;
        for (int i = 0; i < warm; i++) {
            core.handle(Incoming.message("bench", queries.get(i)));
        }
        long[] nanos = new long[queries.size() - warm];
        for (int i = warm; i < queries.size(); i++) {
            long t = System.nanoTime();
            core.handle(Incoming.message("bench", queries.get(i)));
            nanos[i - warm] = System.nanoTime() - t;
        }
        Arrays.sort(nanos);
        double p99 = nanos[(int) (nanos.length * 0.99)] / 1e6;
        System.out.printf("%s: %d queries, p50 %.3f ms, p99 %.3f ms, max %.3f ms (target p99 <= %.0f ms) %s%n", what,
                nanos.length, nanos[nanos.length / 2] / 1e6, p99, nanos[nanos.length - 1] / 1e6, TARGET_P99_MS,
                p99 <= TARGET_P99_MS ? "met" : "MISSED");
    }
}
