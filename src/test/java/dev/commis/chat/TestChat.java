package dev.commis.chat;

import dev.commis.chat.reply.Reply;
import dev.commis.console.PlainTextRenderer;
import dev.commis.store.Database;
import dev.commis.store.StoreException;
import dev.commis.text.Language;
import dev.commis.vault.LoadProgress;
import dev.commis.vault.VaultLoader;
import dev.commis.vault.VaultScanner;
import dev.commis.vault.VaultSnapshot;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.SplittableRandom;

/** A chat core over the sample vault with a seeded random source, a fixed clock and an in-memory store. */
public final class TestChat {

    private static VaultSnapshot sample;

    public final Database database;
    public final ChatCore core;
    private final String chat;

    public TestChat(Language lang) {
        this(lang, inMemory(), "test:1");
    }

    public TestChat(Language lang, Database database, String chat) {
        this.database = database;
        this.chat = chat;
        ChatServices services = new ChatServices(new Library(TestChat::sample), new PreferenceStore(database),
                new ButtonPayloads(), new SplittableRandom(42), Clock.fixed(Instant.parse("2026-11-27T18:00:00Z"),
                ZoneId.of("Europe/Paris")), 30, lang);
        this.core = new ChatCore(CommandList.standard(), services);
    }

    /** The sample vault, loaded once for all tests. */
    public static synchronized VaultSnapshot sample() {
        if (sample == null) {
            try {
                sample = new VaultLoader(new VaultScanner("Templates"), Clock.systemUTC(), LoadProgress.NONE)
                        .load(Path.of("recipes"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return sample;
    }

    private static Database inMemory() {
        try {
            return Database.inMemory();
        } catch (StoreException e) {
            throw new IllegalStateException(e);
        }
    }

    public Reply send(String text) {
        return core.handle(Incoming.message(chat, text));
    }

    /** Presses button {@code number} (from 1, across rows) of {@code reply}. */
    public Reply press(Reply reply, int number) {
        return core.handle(Incoming.button(chat, reply.allButtons().get(number - 1).action()));
    }

    /** The reply as the console shows it. */
    public static String text(Reply reply) {
        return PlainTextRenderer.render(reply);
    }
}
