package dev.commis.cli;

import dev.commis.Commis;
import dev.commis.chat.Messages;
import dev.commis.config.Settings;
import dev.commis.console.ConsoleChat;
import dev.commis.console.ConsoleLines;
import dev.commis.console.ConsoleLogging;
import dev.commis.console.PlainLines;
import dev.commis.console.TerminalLines;
import dev.commis.store.StoreException;
import dev.commis.text.Language;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code commis console}: a chat with Commis in the terminal, one message per line of standard
 * input (a terminal, a pipe or a file); exits 0 at the end of the input.
 */
@Command(name = "console", mixinStandardHelpOptions = true,
        description = {"Chat with Commis in the terminal: one message per line; type a button's number to press it."})
public final class ConsoleCommand implements Callable<Integer> {

    @Mixin
    private VaultOption options;

    @Option(names = "--lang", paramLabel = "fr|en", description = "The language to answer in (default: the 'lang' setting).")
    private String lang;

    @Option(names = "--data", paramLabel = "DIR", description = "The state folder (default: the 'data' setting).")
    private Path data;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = options.err();
        Optional<Settings> loaded = options.settings();
        if (loaded.isEmpty()) {
            return Commis.USAGE_ERROR;
        }
        Settings settings = loaded.get();
        if (lang != null) {
            Language language = Language.fromCode(lang).orElse(null);
            if (language == null) {
                err.println("commis console: --lang must be fr or en, not '" + lang + "'");
                return Commis.USAGE_ERROR;
            }
            settings = settings.withLang(language);
        }
        settings = settings.withVault(options.vault(settings)).withData(data != null ? data : settings.data());
        return open(settings, options.out(), err);
    }

    /** Runs the console chat on {@code settings}; the exit status. */
    static int open(Settings settings, PrintWriter out, PrintWriter err) throws IOException {
        if (!Commis.isVaultFolder(settings.vault(), err, "commis")) {
            return Commis.USAGE_ERROR;
        }
        boolean interactive = System.console() != null;
        if (interactive) {
            ConsoleLogging.toFileIn(settings.data());
        }
        try (ChatRuntime runtime = ChatRuntime.open(settings, TerminalProgress.onConsole())) {
            if (!interactive) {
                ConsoleLines lines = new PlainLines(new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)), out);
                chat(runtime, lines);
                return 0;
            }
            out.println(words(runtime, settings).get("console.banner", runtime.vault().snapshot().recipes().size(),
                    settings.vault().toString()));
            out.flush();
            try (TerminalLines lines = TerminalLines.onSystemTerminal()) {
                chat(runtime, lines);
                lines.out().println();
                if (!lines.quitAsked()) {
                    awaitReminders(runtime, lines.out(), words(runtime, settings));
                }
            }
            return 0;
        } catch (StoreException | dev.commis.web.WebBindException e) {
            err.println("commis: " + e.getMessage());
            return 1;
        }
    }

    private static void chat(ChatRuntime runtime, ConsoleLines lines) throws IOException {
        ConsoleChat console = new ConsoleChat(runtime.core(), lines);
        runtime.deliverTo(ConsoleChat.CHAT, console);
        runtime.pushTo(ConsoleChat.CHAT, console);
        runtime.startReminders();
        console.run();
    }

    /** The console chat's words: its /lang, else the setting. */
    private static Messages words(ChatRuntime runtime, Settings settings) {
        return Messages.of(runtime.core().services().preferences().get(ConsoleChat.CHAT).lang().orElse(settings.lang()));
    }

    /** At the end of a terminal's input, keeps running while the console has reminders to come. */
    private static void awaitReminders(ChatRuntime runtime, PrintWriter out, Messages words) {
        int pending = runtime.reminders().pending(ConsoleChat.CHAT).size();
        if (pending == 0) {
            return;
        }
        out.println(words.get("console.waiting", pending));
        out.flush();
        try {
            while (!runtime.reminders().pending(ConsoleChat.CHAT).isEmpty()) {
                Thread.sleep(500);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
