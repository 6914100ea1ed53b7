package dev.commis.cli;

import dev.commis.Commis;
import dev.commis.config.Settings;
import dev.commis.vault.LoadProgress;
import dev.commis.vault.VaultLoader;
import dev.commis.vault.VaultScanner;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The {@code --vault DIR} option and the settings loading that the {@code commis} subcommands
 * share, mixed into each with picocli's {@code @Mixin}: the settings come from the parent
 * {@code commis} command (its {@code --config} and the environment), and every message starts
 * with the subcommand's full name ("commis check: ..."), so a settings or vault-folder error
 * reads the same in every command. A caller returns {@link Commis#USAGE_ERROR} on an empty answer.
 */
public final class VaultOption {

    @Spec(Spec.Target.MIXEE)
    private CommandSpec command;

    @Option(names = "--vault", paramLabel = "DIR", description = "The vault folder (default: the 'vault' setting).")
    private Path vault;

    /** Where the command writes its answer. */
    PrintWriter out() {
        return command.commandLine().getOut();
    }

    /** Where the command writes its errors. */
    PrintWriter err() {
        return command.commandLine().getErr();
    }

    /** The command's name as its messages start: {@code commis check}. */
    String who() {
        return command.qualifiedName();
    }

    /** The settings, or empty after telling {@link #err()} why they cannot be used. */
    Optional<Settings> settings() {
        return ((Commis) command.parent().userObject()).settings(err(), who());
    }

    /** The vault folder: {@code --vault} when given, else the {@code vault} setting. */
    Path vault(Settings settings) {
        return vault != null ? vault : settings.vault();
    }

    /** {@link #vault(Settings)} when it is a folder, or empty after telling {@link #err()} how to name one. */
    Optional<Path> vaultFolder(Settings settings) {
        Path root = vault(settings);
        return Commis.isVaultFolder(root, err(), who()) ? Optional.of(root) : Optional.empty();
    }

    /** A loader that reads a vault as {@code settings} say (templates, size limit), telling {@code progress}. */
    static VaultLoader loader(Settings settings, LoadProgress progress) {
        return new VaultLoader(new VaultScanner(settings.templates()), Clock.systemUTC(), progress)
                .withMaxFileSize(settings.maxRecipeSize());
    }
}
