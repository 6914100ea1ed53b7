package dev.commis.cli;

import dev.commis.discord.FakeDiscord;
import dev.commis.telegram.FakeBotApi;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

/** The packaged jar running in its own process, its input kept open, every line it prints collected. */
final class RunningCommis implements AutoCloseable {

    private final Process process;
    private final PrintWriter in;
    private final List<String> lines = new CopyOnWriteArrayList<>();
    private final Thread reader;

    RunningCommis(Map<String, String> env, String... args) throws IOException {
        process = CommisJar.command(env, args).redirectErrorStream(true).start();
        in = new PrintWriter(new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8), true);
        reader = new Thread(() -> {
            try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                out.lines().forEach(lines::add);
            } catch (IOException ended) {
                // the process is gone
            }
        });
        reader.start();
    }

    /** The environment that runs Commis on {@code telegram} and {@code discord} at once, over the sample vault and {@code data}. */
    static Map<String, String> onBothPlatforms(FakeBotApi telegram, FakeDiscord discord, Path data) {
        return Map.of(
                "TELEGRAM_BOT_TOKEN", telegram.token(), "TELEGRAM_API_URL", telegram.baseUrl(),
                "DISCORD_BOT_TOKEN", discord.token(), "DISCORD_API_URL", discord.restUrl(),
                "DISCORD_GATEWAY_URL", discord.gatewayUrl(),
                "COMMIS_VAULT", "recipes", "COMMIS_DATA", data.toString());
    }

    long pid() {
        return process.pid();
    }

    void send(String line) {
        in.println(line);
    }

    /** The first line holding {@code fragment}, waiting up to 90 s for it (a busy build machine starts a JVM slowly). */
    String await(String fragment) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (System.nanoTime() < deadline) {
            for (String line : lines) {
                if (line.contains(fragment)) {
                    return line;
                }
            }
            Thread.sleep(50);
        }
        throw new AssertionError("no line with '" + fragment + "' within 90 s; the process printed:\n" + String.join("\n", lines));
    }

    /** How many printed lines hold {@code fragment}. */
    long count(String fragment) {
        return lines.stream().filter(line -> line.contains(fragment)).count();
    }

    List<String> lines() {
        return lines;
    }

    /** SIGKILL: no shutdown hook, no chance to save anything. */
    void kill() {
        process.destroyForcibly();
        try {
            process.waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** SIGTERM, as Docker or systemd send it; the exit status, waiting at most {@code patience}. */
    int terminate(java.time.Duration patience) throws InterruptedException {
        process.toHandle().destroy(); // unlike Process.destroy(), keeps our end of its output open to read the last lines
        if (!process.waitFor(patience.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("did not stop within " + patience + " of SIGTERM");
        }
        reader.join(5000);
        return process.exitValue();
    }

    /** Ends the input and waits for the exit status. */
    int finish() throws InterruptedException {
        in.close();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("did not end with its input");
        }
        reader.join(5000);
        return process.exitValue();
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            kill();
        }
        try {
            reader.join(5000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
