package dev.commis.bench;

import dev.commis.telegram.FakeBotApi;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * The resident memory of Commis in Telegram mode, as a separate process against the fake Bot API
 * on 127.0.0.1: starts the given command (e.g. {@code bin/commis} or {@code java -jar
 * target/commis.jar}) on a vault, waits for the answer to a first {@code /recipe}, sends 200 more
 * {@code /recipe} and {@code /search} messages from 20 chats, waits for every answer, and prints
 * the process's RSS and peak RSS from {@code /proc} (Linux only). Not a test: it never fails on a
 * number. Targets (issue 12): at most 200 MB with 10,000 recipes, 120 MB with the sample vault.
 *
 * <p>{@code TelegramMemoryBenchmark VAULT COMMAND...}
 */
public final class TelegramMemoryBenchmark {

    private static final int CHATS = 20;
    private static final int MESSAGES = 200;

    private TelegramMemoryBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: TelegramMemoryBenchmark VAULT COMMAND...   (runs COMMAND against a fake Bot API)");
            System.exit(2);
        }
        Path data = Files.createTempDirectory("commis-memory-bench");
        try (FakeBotApi api = new FakeBotApi().start()) {
            ProcessBuilder builder = new ProcessBuilder(Arrays.asList(args).subList(1, args.length))
                    .redirectErrorStream(true).redirectOutput(data.resolve("out.txt").toFile());
            builder.environment().putAll(java.util.Map.of("TELEGRAM_BOT_TOKEN", api.token(),
                    "TELEGRAM_API_URL", api.baseUrl(), "COMMIS_VAULT", args[0], "COMMIS_DATA", data.toString()));
            builder.environment().remove("DISCORD_BOT_TOKEN");
            long start = System.nanoTime();
            Process commis = builder.start();
            try {
                api.queueMessage(1, "private", 1, "cook1", "/recipe tarte");
                api.awaitSent(sent -> sent.chatId() == 1, Duration.ofMinutes(15));
                long firstAnswerMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
                String[] words = {"tarte", "poulet", "soupe", "curry", "gratin", "salade", "risotto", "cake"};
                List<Integer> chats = new ArrayList<>();
                for (int i = 0; i < MESSAGES; i++) {
                    long chat = 100 + i % CHATS;
                    String word = words[i % words.length];
                    api.queueMessage(chat, "private", chat, "cook" + chat, (i % 2 == 0 ? "/recipe " : "/search ") + word);
                    chats.add((int) chat);
                }
                for (long chat = 100; chat < 100 + CHATS; chat++) {
                    long wanted = chat;
                    long expected = chats.stream().filter(c -> c == wanted).count();
                    while (api.sentMessages().stream().filter(s -> s.chatId() == wanted).count() < expected) {
                        api.awaitSent(sent -> sent.chatId() == wanted, Duration.ofMinutes(2));
                        Thread.sleep(20);
                    }
                }
                String status = Files.readString(Path.of("/proc", Long.toString(commis.pid()), "status"));
                System.out.printf(Locale.ROOT, "vault %s: first answer %d ms after launch; after %d more messages from %d"
                        + " chats: RSS %s, peak RSS %s%n", args[0], firstAnswerMs, MESSAGES, CHATS,
                        field(status, "VmRSS"), field(status, "VmHWM"));
                System.out.println("measured: the whole process (heap, metaspace, code, threads, mapped archive) in"
                        + " Telegram mode over HTTP on 127.0.0.1; not measured: Discord at the same time, long uptimes,"
                        + " a vault being edited (a reload holds two snapshots for a moment)");
            } finally {
                commis.destroy();
                if (!commis.waitFor(10, TimeUnit.SECONDS)) {
                    commis.destroyForcibly();
                }
            }
        } catch (IOException e) {
            System.err.println("TelegramMemoryBenchmark: " + e.getMessage() + " (see " + data.resolve("out.txt") + ")");
            System.exit(1);
        }
    }

    private static String field(String status, String name) {
        return status.lines().filter(line -> line.startsWith(name + ":")).findFirst()
                .map(line -> line.substring(name.length() + 1).trim()).orElse("?");
    }
}
