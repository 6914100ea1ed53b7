package dev.commis.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * The packaged console at a pseudo-terminal ({@code script}: util-linux on Linux, BSD on macOS),
 * typed at as a person would: keys are sent only once the screen shows what they wait for.
 */
final class TypingAtATerminal implements AutoCloseable {

    private final Process process;
    private final OutputStream keys;
    private final Path screen;

    TypingAtATerminal(Path dir, String consoleOptions) throws IOException {
        String javaCommand = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        // A pseudo-terminal whose input is not a terminal starts with no size: give it one.
        String command = "stty cols 100 rows 30; " + javaCommand + " -jar " + CommisJar.JAR + " console " + consoleOptions;
        screen = dir.resolve("screen.txt");
        List<String> script = System.getProperty("os.name").toLowerCase(Locale.ROOT).contains("mac")
                ? List.of("script", "-q", "/dev/null", "sh", "-c", command)
                : List.of("script", "-qec", command, "/dev/null");
        ProcessBuilder builder = new ProcessBuilder(script).redirectOutput(screen.toFile()).redirectErrorStream(true);
        builder.environment().put("TERM", "xterm");
        builder.environment().keySet().removeIf(key -> key.startsWith("COMMIS_") || key.endsWith("_BOT_TOKEN"));
        process = builder.start();
        keys = process.getOutputStream();
    }

    /** Waits until the screen shows {@code text} after its {@code after}-th character; the index where it shows. */
    int await(String text, int after) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            int at = raw().indexOf(text, after);
            if (at >= 0) {
                return at;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the screen never showed “" + text + "”:\n" + raw());
    }

    /** Types {@code text}; a line ends only where it holds {@code \n}. */
    void type(String text) throws IOException {
        keys.write(text.getBytes(StandardCharsets.UTF_8));
        keys.flush();
    }

    /** Presses Ctrl-D and waits for the console to end; its exit status. */
    int endInput() throws IOException, InterruptedException {
        type("\u0004");
        keys.close();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            throw new AssertionError("still running after Ctrl-D:\n" + raw());
        }
        return process.exitValue();
    }

    /** Everything written to the terminal, escape sequences included. */
    String raw() throws IOException {
        return Files.readString(screen, StandardCharsets.UTF_8);
    }

    /** The screen's lines as a person sees them (see {@link ScreenLines}). */
    List<String> lines() throws IOException {
        return ScreenLines.of(raw());
    }

    @Override
    public void close() {
        process.destroyForcibly();
    }
}
