package dev.commis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The packaged jar, run as a separate process the way the README says. */
class CommisJarIT {

    @TempDir
    Path dir;

    @Test
    void checkLoadsTheSampleVault() throws Exception {
        CommisJar.Run run = CommisJar.run("check", "--vault", "recipes");
        assertThat(run.exitCode()).as(run.err()).isZero();
        String summary = run.out().lines().findFirst().orElseThrow();
        int recipes = Integer.parseInt(summary.replaceAll("^recipes: (\\d+) recipes loaded.*$", "$1"));
        assertThat(recipes).isGreaterThanOrEqualTo(40);
        assertThat(summary).contains("0 errors");
    }

    @Test
    void checkPrintsJsonOnly() throws Exception {
        CommisJar.Run run = CommisJar.run("check", "--vault", "recipes", "--json");
        assertThat(run.exitCode()).isZero();
        JsonNode report = new ObjectMapper().readTree(run.out());
        assertThat(report.get("recipes").asInt()).isGreaterThanOrEqualTo(40);
        assertThat(report.get("errors")).isEmpty();
    }

    @Test
    void checkExitsTwoOnAMissingFolderAndOnAUsageError() throws Exception {
        assertThat(CommisJar.run("check", "--vault", dir.resolve("none").toString()).exitCode()).isEqualTo(2);
        assertThat(CommisJar.run("chek").exitCode()).isEqualTo(2);
    }

    @Test
    void helpWorksAtEveryLevel() throws Exception {
        CommisJar.Run root = CommisJar.run("--help");
        assertThat(root.exitCode()).isZero();
        assertThat(root.out()).contains("Usage: commis").contains("check");
        CommisJar.Run check = CommisJar.run("check", "--help");
        assertThat(check.exitCode()).isZero();
        assertThat(check.out()).contains("Usage: commis check").contains("--json");
    }

    @Test
    void runsTheConsoleOnTheConfiguredVaultWhenNoTokenIsSetAndFollowsItsEdits() throws Exception {
        Files.writeString(dir.resolve("a.md"), "# Soupe\n\n## Ingrédients\n\n- eau\n\n## Étapes\n\n1. Chauffer.\n");
        Process process = CommisJar.command(Map.of("COMMIS_VAULT", dir.toString(), "COMMIS_DATA", dir.resolve("data").toString()))
                .redirectErrorStream(true).start();
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                in.lines().forEach(lines::add);
            } catch (java.io.IOException ignored) {
                // the process ended
            }
        });
        reader.start();
        try (PrintWriter in = new PrintWriter(new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8), true)) {
            awaitLine(lines, "No Telegram or Discord token is configured: opening the console chat on " + dir);
            in.println("/recipe soupe");
            awaitLine(lines, "Soupe");
            Files.writeString(dir.resolve("b.md"), "# Salade\n\n## Ingrédients\n\n- laitue\n\n## Étapes\n\n1. Laver.\n");
            awaitLine(lines, "Vault reloaded");
            in.println("/recette salade");
            awaitLine(lines, "• laitue");
        }
        assertThat(process.waitFor(20, TimeUnit.SECONDS)).as("ends with its input").isTrue();
        assertThat(process.exitValue()).isZero();
        reader.join(5000);
    }

    @Test
    void refusesToRunWithoutATokenWhenNothingCanBeTyped() throws Exception {
        Process process = CommisJar.command(Map.of("COMMIS_VAULT", dir.toString(), "COMMIS_DATA", dir.resolve("data").toString()))
                .redirectInput(new java.io.File("/dev/null")).redirectErrorStream(true).start();
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        String said = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.exitValue()).as(said).isEqualTo(2);
        assertThat(said).contains("no Telegram or Discord token is configured, and there is no input to chat through");
    }

    private static String awaitLine(BlockingQueue<String> lines, String fragment) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        StringBuilder seen = new StringBuilder();
        while (System.nanoTime() < deadline) {
            String line = lines.poll(100, TimeUnit.MILLISECONDS);
            if (line != null) {
                seen.append(line).append('\n');
                if (line.contains(fragment)) {
                    return line;
                }
            }
        }
        throw new AssertionError("no line with '" + fragment + "' within 90 s; the process printed:\n" + seen);
    }
}
