package dev.commis;

import dev.commis.cli.CheckCommand;
import dev.commis.cli.ConsoleCommand;
import dev.commis.cli.PlanCommand;
import dev.commis.cli.RunCommand;
import dev.commis.config.Settings;
import dev.commis.config.SettingsException;
import dev.commis.config.SettingsLoader;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Commis's command line: {@code commis [--config FILE] [subcommand]}. Without a subcommand it
 * runs Commis as configured. Exit status: 0 when all went well, 1 when the work found errors
 * (such as recipe files that do not load), 2 on a usage or settings error.
 */
@Command(name = "commis",
        mixinStandardHelpOptions = true,
        versionProvider = Commis.Version.class,
        description = "A recipe bot for home cooks who keep their recipes in a Markdown vault.",
        subcommands = {ConsoleCommand.class, CheckCommand.class, PlanCommand.class, CommandLine.HelpCommand.class,
                dev.commis.cli.ImportCommand.class},
        footer = {"", "Settings come from config/commis.yaml (or --config FILE) and the environment;"
                + " see the README."})
public final class Commis implements Callable<Integer> {

    /** Exit status for a usage or settings error. */
    public static final int USAGE_ERROR = CommandLine.ExitCode.USAGE;

    @Spec
    private CommandSpec spec;

    @Option(names = "--config", paramLabel = "FILE",
            description = "Settings file (default: config/commis.yaml when it exists).")
    private Path config;

    private final Map<String, String> env;

    public Commis(Map<String, String> env) {
        this.env = Map.copyOf(env);
    }

    public static void main(String[] args) {
        CommandLine commandLine = commandLine(System.getenv());
        // Replies hold accents and emoji: write UTF-8 whatever the platform's default charset.
        commandLine.setOut(new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true));
        commandLine.setErr(new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true));
        System.exit(commandLine.execute(args));
    }

    /** The command line over {@code env}, ready to {@code execute}; tests set its output streams. */
    public static CommandLine commandLine(Map<String, String> env) {
        return new CommandLine(new Commis(env)).setCaseInsensitiveEnumValuesAllowed(true);
    }

    /** Runs Commis as configured. */
    @Override
    public Integer call() throws Exception {
        return new RunCommand(this, spec.commandLine().getOut(), spec.commandLine().getErr()).call();
    }

    /** The settings from the settings file and the environment. */
    public Settings settings() throws SettingsException {
        return new SettingsLoader(env).load(config);
    }

    /**
     * The settings, or empty after telling {@code err} why they cannot be used; {@code who}
     * names the command in that message ("commis check").
     */
    public Optional<Settings> settings(PrintWriter err, String who) {
        try {
            return Optional.of(settings());
        } catch (SettingsException e) {
            err.println(who + ": " + e.getMessage());
            return Optional.empty();
        }
    }

    /**
     * Whether {@code folder} is a vault folder; if not, tells {@code err} so, and how to name
     * another, in a line that starts with {@code who}.
     */
    public static boolean isVaultFolder(Path folder, PrintWriter err, String who) {
        if (Files.isDirectory(folder)) {
            return true;
        }
        err.println(who + ": there is no vault folder at '" + folder + "'; give one with --vault DIR,"
                + " or set 'vault' in the settings (or COMMIS_VAULT)");
        return false;
    }

    /** Reads the jar's version from its manifest. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = Commis.class.getPackage().getImplementationVersion();
            return new String[] {"Commis " + (version == null ? "(development build)" : version)};
        }
    }
}
