package dev.commis.events;

import static org.assertj.core.api.Assertions.assertThat;

import dev.commis.chat.ChatWording;
import dev.commis.chat.CookStore;
import dev.commis.chat.PreferenceStore;
import dev.commis.reminders.MutableClock;
import dev.commis.reminders.Reminder;
import dev.commis.reminders.ReminderScheduler;
import dev.commis.reminders.ReminderStore;
import dev.commis.store.Database;
import dev.commis.text.Language;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** What the core tells the kitchen screen: every change of a chat's cook and reminders. */
class ChatEventsTest {

    @Test
    void theCookStoreTellsWhenACookStartsMovesAndStops() throws Exception {
        try (Database database = Database.inMemory()) {
            ChatEvents events = new ChatEvents();
            List<String> heard = new CopyOnWriteArrayList<>();
            events.subscribe((chat, kind) -> heard.add(chat + " " + kind));
            CookStore cooks = new CookStore(database, events);

            cooks.put("console", new CookStore.Cook("a", OptionalInt.empty(), 0, ""));
            cooks.put("console", new CookStore.Cook("a", OptionalInt.empty(), 1, ""));
            cooks.put("console", new CookStore.Cook("b", OptionalInt.empty(), 0, ""));
            cooks.remove("console");
            cooks.remove("console");

            assertThat(heard).containsExactly("console COOK_STARTED", "console COOK_MOVED", "console COOK_STARTED",
                    "console COOK_STOPPED");
        }
    }

    @Test
    void theSchedulerTellsWhenAReminderIsSetCancelledAndSent() throws Exception {
        try (Database database = Database.inMemory()) {
            ChatEvents events = new ChatEvents();
            List<String> heard = new CopyOnWriteArrayList<>();
            Runnable stop = events.subscribe((chat, kind) -> heard.add(chat + " " + kind));
            MutableClock clock = new MutableClock(Instant.parse("2026-12-06T18:00:00Z"), ZoneId.of("UTC"));
            PreferenceStore preferences = new PreferenceStore(database);
            ReminderScheduler scheduler = new ReminderScheduler(new ReminderStore(database), (chat, user, text) -> { },
                    new ChatWording(preferences, Language.EN, clock), clock, Duration.ofHours(1), 100, events);

            Reminder first = scheduler.schedule(Reminder.of("t:1", "", "one", clock.instant().plusSeconds(60), false));
            scheduler.schedule(Reminder.of("t:1", "", "two", clock.instant().plusSeconds(120), true));
            scheduler.cancel("t:1", first.id());
            scheduler.cancel("t:1", first.id());
            clock.advance(Duration.ofMinutes(3));
            scheduler.runDue();
            stop.run();
            scheduler.schedule(Reminder.of("t:1", "", "three", clock.instant().plusSeconds(60), false));

            assertThat(heard).containsExactly("t:1 REMINDER_SET", "t:1 REMINDER_SET", "t:1 REMINDER_CANCELLED",
                    "t:1 REMINDER_FIRED");
        }
    }

    @Test
    void aListenerThatFailsDoesNotStopTheOthers() {
        ChatEvents events = new ChatEvents();
        List<String> heard = new CopyOnWriteArrayList<>();
        events.subscribe((chat, kind) -> {
            throw new IllegalStateException("broken listener");
        });
        events.subscribe((chat, kind) -> heard.add(chat));

        events.publish("console", ChatEvents.Kind.COOK_MOVED);

        assertThat(heard).containsExactly("console");
    }
}
