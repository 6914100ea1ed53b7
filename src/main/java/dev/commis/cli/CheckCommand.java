package dev.commis.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.commis.Commis;
import dev.commis.config.Settings;
import dev.commis.vault.LoadProgress;
import dev.commis.vault.Problem;
import dev.commis.vault.VaultSnapshot;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code commis check}: loads a vault and reports what it could not read. Exit 0 when every
 * recipe file loaded (warnings allowed), 1 when any failed, 2 when the vault folder is missing.
 */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Load the recipe vault and report the files that could not be read.")
public final class CheckCommand implements Callable<Integer> {

    @Mixin
    private VaultOption options;

    @Option(names = "--json", description = "Print one JSON object instead of text.")
    private boolean json;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = options.out();
        Optional<Settings> settings = options.settings();
        Optional<Path> root = settings.flatMap(options::vaultFolder);
        if (root.isEmpty()) {
            return Commis.USAGE_ERROR;
        }
        long start = System.nanoTime();
        VaultSnapshot snapshot = VaultOption.loader(settings.get(), json ? LoadProgress.NONE : TerminalProgress.onConsole())
                .load(root.get());
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        if (json) {
            out.println(toJson(snapshot));
        } else {
            printText(out, root.get(), snapshot, millis);
        }
        out.flush();
        return snapshot.hasErrors() ? 1 : 0;
    }

    private static void printText(PrintWriter out, Path root, VaultSnapshot snapshot, long millis) {
        long errors = snapshot.problems().stream().filter(Problem::isError).count();
        long warnings = snapshot.problems().size() - errors;
        out.printf("%s: %s loaded from %s; %s skipped, %d repaired, %s, %s (%d ms)%n",
                Printable.of(root.toString()), count(snapshot.recipes().size(), "recipe"), count(snapshot.fileCount(), "file"),
                count(snapshot.skippedCount(), "other file"), snapshot.repaired().size(),
                count(errors, "error"), count(warnings, "warning"), millis);
        for (Problem problem : snapshot.problems()) {
            // A file name may hold a newline or a terminal escape: one problem stays one line, and forges none.
            out.println((problem.isError() ? "error   " : "warning ") + Printable.of(problem.toString()));
        }
    }

    private static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    static String toJson(VaultSnapshot snapshot) throws IOException {
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("recipes", snapshot.recipes().size());
        report.put("files", snapshot.fileCount());
        report.put("errors", problems(snapshot, true));
        report.put("warnings", problems(snapshot, false));
        report.put("repaired", snapshot.repaired());
        return new ObjectMapper().disable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(report);
    }

    private static List<Map<String, Object>> problems(VaultSnapshot snapshot, boolean errors) {
        return snapshot.problems().stream()
                .filter(problem -> problem.isError() == errors)
                .map(problem -> {
                    Map<String, Object> entry = new LinkedHashMap<>();
                    entry.put("file", problem.file());
                    entry.put("line", problem.line() > 0 ? problem.line() : null);
                    entry.put("message", problem.message());
                    return entry;
                })
                .toList();
    }
}
