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

/** The parts of a method ("Pour la pâte", "For the sauce") show as sub-headings of the steps, on the card and in a cook. */
class StepPartsCardTest {

    @TempDir
    Path vault;

    private ChatCore core(Language lang) throws Exception {
        Files.writeString(vault.resolve("tarte.md"), """
                # Tarte au citron

                ## Ingrédients

                - 250 g de farine
                - 3 citrons

                ## Préparation

                ### Pour la pâte

                1. Sabler la farine et le beurre.
                2. Foncer le moule.

                ### For the lemon curd

                1. Whisk the juice with the eggs.
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
    void showsEachPartsNameAboveItsStepsOnTheCard() throws Exception {
        String card = TestChat.text(core(Language.FR).handle(Incoming.message("t:1", "/recette tarte au citron")));
        assertThat(card).containsSubsequence("Pour la pâte", "1. Sabler la farine", "2. Foncer le moule",
                "For the lemon curd", "3. Whisk the juice");
    }

    @Test
    void showsThePartOfTheStepInACook() throws Exception {
        ChatCore core = core(Language.EN);
        dev.commis.chat.reply.Reply first = core.handle(Incoming.message("t:1", "/cook tarte au citron"));
        dev.commis.chat.reply.Reply second = core.handle(Incoming.button("t:1", next(first)));
        String step = TestChat.text(second);
        String last = TestChat.text(core.handle(Incoming.button("t:1", next(second))));
        assertThat(step).contains("Pour la pâte").contains("Foncer le moule");
        assertThat(last).contains("For the lemon curd").contains("Whisk the juice");
    }

    private static String next(dev.commis.chat.reply.Reply reply) {
        return reply.buttons().stream().flatMap(java.util.List::stream)
                .filter(button -> button.label().startsWith("Next")).findFirst().orElseThrow().action();
    }
}
