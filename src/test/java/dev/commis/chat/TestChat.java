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
import dev.commis.reminders.MutableClock;
import dev.commis.reminders.ReminderScheduler;
import dev.commis.reminders.ReminderStore;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.time.Instant;
import java.time.ZoneId;
import java.util.SplittableRandom;
import java.util.function.Supplier;

/** A chat core over the sample vault with a seeded random source, a fixed clock and an in-memory store. */
public final class TestChat {

    private static VaultSnapshot sample;

    public static final Instant NOW = Instant.parse("2026-11-27T17:00:00Z");

    public final Database database;
    public final ChatCore core;
    public final MutableClock clock = new MutableClock(NOW, ZoneId.of("Europe/Paris"));
    public final ReminderScheduler reminders;
    /** Reminders delivered, as "chat @user: text". */
    public final List<String> delivered = new CopyOnWriteArrayList<>();
    private final String chat;

    public TestChat(Language lang) {
        this(lang, inMemory(), "test:1");
    }

    public TestChat(Language lang, Database database, String chat) {
        this(lang, database, chat, TestChat::sample);
    }

    /** A chat over another vault than the sample: {@link #vault(String)}. */
    public TestChat(Language lang, Supplier<VaultSnapshot> vault) {
        this(lang, inMemory(), "test:1", vault);
    }

    /** A chat over {@code vault} and {@code database}, to "restart" with another vault than the sample. */
    public TestChat(Language lang, Database database, String chat, Supplier<VaultSnapshot> vault) {
        this.database = database;
        this.chat = chat;
        PreferenceStore preferences = new PreferenceStore(database);
        this.reminders = new ReminderScheduler(new ReminderStore(database),
                new LocalizedDelivery((to, user, text) -> delivered.add(to + (user.isEmpty() ? "" : " @" + user) + ": " + text),
                        preferences, lang),
                new ChatWording(preferences, lang, clock), clock, Duration.ofHours(1));
        ChatServices services = new ChatServices(new Library(vault), preferences, new ButtonPayloads(),
                reminders, new CookStore(database), Duration.ofMinutes(10), new SplittableRandom(42), clock, 30, lang);
        this.core = new ChatCore(CommandList.standard(), services);
    }

    /** The sample vault, loaded once for all tests. */
    public static synchronized VaultSnapshot sample() {
        if (sample == null) {
            sample = vault("recipes");
        }
        return sample;
    }

    /** An empty in-memory store, to share between chats (and between a chat core and its "restart"). */
    public static Database inMemoryDatabase() {
        return inMemory();
    }

    /** The vault in {@code folder} (from the project's root), loaded as the sample is. */
    public static VaultSnapshot vault(String folder) {
        try {
            return new VaultLoader(new VaultScanner("Templates"), Clock.systemUTC(), LoadProgress.NONE).load(Path.of(folder));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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

    /** Sends {@code text} as {@code user} in a group chat. */
    public Reply sendInGroup(String user, String text) {
        return core.handle(new Incoming(chat, user, true, Incoming.Kind.MESSAGE, text));
    }

    /** Moves the clock on and sends what fell due. */
    public List<String> advance(Duration duration) {
        clock.advance(duration);
        reminders.runDue();
        return delivered;
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
