package dev.commis.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.commis.Commis;
import dev.commis.config.Settings;
import dev.commis.importer.HostResolver;
import dev.commis.importer.ImportOutcome;
import dev.commis.importer.RecipeImporter;
import dev.commis.vault.LoadProgress;
import dev.commis.vault.VaultSnapshot;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code commis import [--vault DIR] [--json] URL...}: saves the recipe of each web page into the
 * vault's import folder and prints one line per link (or, with {@code --json}, one object).
 * Exit 0 when every link was saved or already there, 1 when any failed, 2 on a usage error.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Save the recipe of each web page into the vault (folder: the 'import.folder' setting).")
public final class ImportCommand implements Callable<Integer> {

    @Mixin
    private VaultOption options;

    @Option(names = "--json", description = "Print one JSON object: saved, skipped and errors.")
    private boolean json;

    @Parameters(paramLabel = "URL", arity = "1..*", description = "Links to recipe pages (http or https).")
    private List<String> urls = new ArrayList<>();

    @Override
    public Integer call() throws IOException {
        PrintWriter out = options.out();
        Optional<Settings> loaded = options.settings();
        Optional<Path> folder = loaded.flatMap(options::vaultFolder);
        if (folder.isEmpty()) {
            return Commis.USAGE_ERROR;
        }
        Settings settings = loaded.get();
        Path root = folder.get();
        // The same loader as the bot's (templates, size limit): import must see the vault the bot sees.
        VaultSnapshot snapshot = VaultOption.loader(settings, LoadProgress.NONE).load(root);
        RecipeImporter importer = RecipeImporter.of(root, settings.imports(), snapshot::recipes, HostResolver.SYSTEM,
                Clock.system(settings.timezone()));
        List<ImportOutcome> outcomes = new ArrayList<>();
        for (String url : urls) {
            ImportOutcome outcome = importer.save(url);
            outcomes.add(outcome);
            if (!json) {
                out.println(line(outcome));
                out.flush();
            }
        }
        if (json) {
            out.println(toJson(outcomes));
        }
        out.flush();
        return outcomes.stream().anyMatch(o -> o.status() == ImportOutcome.Status.FAILED) ? 1 : 0;
    }

    /** One line of the text report. */
    static String line(ImportOutcome outcome) {
        return switch (outcome.status()) {
            case SAVED -> outcome.url() + ": saved as " + outcome.file();
            case ALREADY_THERE -> outcome.url() + ": already in the vault as " + outcome.file();
            case FAILED -> "error: " + outcome.error().getMessage();
        };
    }

    /** {@code {"saved": [...], "skipped": [...], "errors": [...]}}, file paths relative to the vault. */
    static String toJson(List<ImportOutcome> outcomes) throws IOException {
        List<Map<String, Object>> saved = new ArrayList<>();
        List<Map<String, Object>> skipped = new ArrayList<>();
        List<Map<String, Object>> errors = new ArrayList<>();
        for (ImportOutcome outcome : outcomes) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("url", outcome.url());
            switch (outcome.status()) {
                case SAVED -> {
                    entry.put("file", outcome.file());
                    entry.put("title", outcome.title());
                    saved.add(entry);
                }
                case ALREADY_THERE -> {
                    entry.put("file", outcome.file());
                    entry.put("reason", "already in the vault");
                    skipped.add(entry);
                }
                case FAILED -> {
                    entry.put("message", outcome.error().getMessage());
                    errors.add(entry);
                }
            }
        }
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("saved", saved);
        report.put("skipped", skipped);
        report.put("errors", errors);
        return new ObjectMapper().writeValueAsString(report);
    }
}
