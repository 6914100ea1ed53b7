package dev.commis.chat;

import static org.assertj.core.api.Assertions.assertThat;

import dev.commis.reminders.MutableClock;
import dev.commis.reminders.ReminderScheduler;
import dev.commis.reminders.ReminderStore;
import dev.commis.store.Database;
import dev.commis.text.Language;
import dev.commis.vault.LoadProgress;
import dev.commis.vault.VaultLoader;
import dev.commis.vault.VaultScanner;
import dev.commis.vault.VaultSnapshot;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A recipe that makes "About 2 dozen" shows that yield as written, never as a number of people, and is not scaled. */
class YieldCardTest {

    @TempDir
    Path vault;

    private ChatCore core(Language lang) throws Exception {
        Files.writeString(vault.resolve("cookies.md"), """
                ---
                title: Chocolate chip cookies
                yield: About 2 dozen
                ---
                ## Ingredients
                - 200 g flour
                ## Directions
                1. Bake for 12 minutes.
                """, StandardCharsets.UTF_8);
        VaultSnapshot snapshot = new VaultLoader(new VaultScanner("Templates"), Clock.systemUTC(), LoadProgress.NONE).load(vault);
        Database database = Database.inMemory();
        MutableClock clock = new MutableClock(TestChat.NOW, ZoneId.of("Europe/Paris"));
        PreferenceStore preferences = new PreferenceStore(database);
        ReminderScheduler reminders = new ReminderScheduler(new ReminderStore(database), (to, user, text) -> { },
                new ChatWording(preferences, lang, clock), clock, Duration.ofHours(1));
        ChatServices services = new ChatServices(new Library(() -> snapshot), preferences, new ButtonPayloads(),
                reminders, new CookStore(database), Duration.ofMinutes(10), new SplittableRandom(1), clock, 30, lang);
        return new ChatCore(CommandList.standard(), services);
    }

    @Test
    void showsTheYieldAsWrittenAndNotAsServings() throws Exception {
        String card = TestChat.text(core(Language.EN).handle(Incoming.message("t:1", "/recipe chocolate chip cookies")));
        assertThat(card).contains("🧺 About 2 dozen").doesNotContain("serves 2");
    }

    @Test
    void saysItCannotScaleAYieldAndKeepsTheQuantities() throws Exception {
        String card = TestChat.text(core(Language.FR).handle(Incoming.message("t:1", "/recette chocolate chip cookies pour 8")));
        assertThat(card).contains("Cette recette donne About 2 dozen plutôt qu’un nombre de personnes")
                .contains("200 g flour").doesNotContain("8 portions");
    }
}
