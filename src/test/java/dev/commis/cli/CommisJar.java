package dev.commis.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs the packaged {@code target/commis.jar} in a process of its own, as a user would. */
final class CommisJar {

    static final Path JAR = Path.of("target", "commis.jar");

    /** What a finished run printed and returned. */
    record Run(int exitCode, String out, String err) {
    }

    private CommisJar() {
    }

    static ProcessBuilder command(Map<String, String> env, String... args) {
        if (!Files.isRegularFile(JAR)) {
            throw new IllegalStateException(JAR + " is missing: run 'mvn verify', which packages it before the *IT tests");
        }
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-jar");
        command.add(JAR.toString());
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().keySet().removeIf(key -> key.startsWith("COMMIS_") || key.endsWith("_BOT_TOKEN"));
        builder.environment().putAll(env);
        return builder;
    }

    static Run run(String... args) throws IOException, InterruptedException {
        return run(Map.of(), args);
    }

    static Run run(Map<String, String> env, String... args) throws IOException, InterruptedException {
        return runWithInput("", env, args);
    }

    /** Runs the jar with {@code input} as its standard input, as {@code printf … | java -jar …} does. */
    static Run runWithInput(String input, Map<String, String> env, String... args) throws IOException, InterruptedException {
        Path in = Files.createTempFile("commis-in", ".txt");
        Path out = Files.createTempFile("commis-out", ".txt");
        Path err = Files.createTempFile("commis-err", ".txt");
        try {
            Files.writeString(in, input, StandardCharsets.UTF_8);
            Process process = command(env, args)
                    .redirectInput(in.toFile())
                    .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("commis " + String.join(" ", args) + " did not finish within 60 s");
            }
            return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(in);
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }
}
