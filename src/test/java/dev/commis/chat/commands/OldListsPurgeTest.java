package dev.commis.chat.commands;

import static dev.commis.chat.TestChat.text;
import static org.assertj.core.api.Assertions.assertThat;

import dev.commis.chat.Incoming;
import dev.commis.chat.ShoppingListStore;
import dev.commis.chat.ShoppingListStore.SharedList;
import dev.commis.chat.TestChat;
import dev.commis.chat.WeekStore;
import dev.commis.chat.reply.Reply;
import dev.commis.store.Database;
import dev.commis.text.Language;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Old shopping lists and weeks are purged when a new one is made: those that are no longer their chat's current one
 * and were not used for {@link ShoppingListStore#KEPT_UNUSED}; a chat's current one never is. A press on a purged
 * one's old message gets the clear "gone" answer.
 */
class OldListsPurgeTest {

    private static final String GROUP = "telegram:-500";
    private static final Instant T0 = Instant.parse("2026-10-01T18:00:00Z");
    private static final Duration DAY = Duration.ofDays(1);

    private final Database database = TestChat.inMemoryDatabase();
    private final ShoppingListStore lists = new ShoppingListStore(database);
    private final WeekStore weeks = new WeekStore(database);

    @AfterEach
    void close() {
        database.close();
    }

    private int itemsOf(long list) {
        return database.query("SELECT COUNT(*) FROM shopping_items WHERE list = ?", row -> row.getInt(1), list).get(0);
    }

    @Test
    void purgesTheOldListsButKeepsEachChatsCurrentOneAndTheFreshOrUsedOnes() {
        SharedList old = lists.create("tg:1", "", List.of("lemons", "salt"), T0);
        SharedList used = lists.create("tg:1", "", List.of("flour"), T0.plus(DAY));
        SharedList fresh = lists.create("tg:1", "", List.of("eggs"), T0.plus(DAY.multipliedBy(10)));
        SharedList otherChatsOnly = lists.create("tg:2", "", List.of("milk"), T0);
        lists.touch("tg:1", used.id(), T0.plus(DAY.multipliedBy(25))); // ticked on its old message
        lists.touch("tg:2", used.id(), T0.plus(DAY.multipliedBy(25))); // not tg:2's: changes nothing

        SharedList current = lists.create("tg:1", "", List.of("butter"), T0.plus(DAY.multipliedBy(40)));

        assertThat(lists.get("tg:1", old.id())).as("unused for 40 days").isEmpty();
        assertThat(itemsOf(old.id())).isZero();
        assertThat(lists.get("tg:1", used.id())).as("used 15 days ago").isPresent();
        assertThat(lists.get("tg:1", fresh.id())).as("made 30 days ago, not more").isPresent();
        assertThat(lists.get("tg:2", otherChatsOnly.id())).as("its chat's current list, however old").isPresent();
        assertThat(lists.current("tg:1")).contains(current);

        lists.create("tg:1", "", List.of("sugar"), T0.plus(DAY.multipliedBy(71)));
        assertThat(lists.get("tg:1", current.id())).as("no longer current, unused for 31 days").isEmpty();
        assertThat(lists.get("tg:2", otherChatsOnly.id())).isPresent();
    }

    @Test
    void aTickOnAPurgedListsOldMessageSaysTheListIsGone() {
        TestChat en = new TestChat(Language.EN, database, GROUP);
        TestChat fr = new TestChat(Language.FR, database, GROUP);
        Reply old = en.sendInGroup("@lea", "/shop crêpes");
        en.clock.advance(ShoppingListStore.KEPT_UNUSED.plus(DAY));
        en.sendInGroup("@lea", "/shop tiramisu");

        Reply tick = en.core.handle(new Incoming(GROUP, "@tom", true, Incoming.Kind.BUTTON, old.allButtons().get(0).action()));
        assertThat(text(tick)).startsWith("I no longer have that list here").contains("unused for 30 days").contains("/shop");
        assertThat(tick.replacing()).isFalse();
        Reply coche = fr.core.handle(new Incoming(GROUP, "@tom", true, Incoming.Kind.BUTTON, old.allButtons().get(0).action()));
        assertThat(text(coche)).startsWith("Je n’ai plus cette liste ici").contains("30 jours");
        assertThat(text(en.sendInGroup("@lea", "/shop"))).contains("Tiramisu");
    }

    @Test
    void aListTickedLatelyIsKeptThoughItIsNoLongerCurrent() {
        TestChat en = new TestChat(Language.EN, database, GROUP);
        Reply old = en.sendInGroup("@lea", "/shop crêpes");
        en.sendInGroup("@lea", "/shop tiramisu");
        en.clock.advance(DAY.multipliedBy(20));
        en.core.handle(new Incoming(GROUP, "@tom", true, Incoming.Kind.BUTTON, old.allButtons().get(0).action()));
        en.clock.advance(DAY.multipliedBy(20));
        en.sendInGroup("@lea", "/shop guacamole");

        Reply tick = en.core.handle(new Incoming(GROUP, "@tom", true, Incoming.Kind.BUTTON, old.allButtons().get(1).action()));
        assertThat(text(tick)).startsWith("🛒 Shopping list").contains("2 of");
    }

    @Test
    void purgesTheOldWeeksButKeepsEachChatsNewestAndTheSwappedOnes() {
        List<String> days = List.of("a", "b", "c", "d", "e", "f", "g");
        long old = weeks.save("tg:1", "", days, T0);
        long swapped = weeks.save("tg:1", "", days, T0.plus(DAY));
        long otherChatsOnly = weeks.save("tg:2", "", days, T0);
        weeks.update(swapped, days, T0.plus(DAY.multipliedBy(25)));

        long newest = weeks.save("tg:1", "", days, T0.plus(DAY.multipliedBy(40)));

        assertThat(weeks.get(old, "tg:1")).isEmpty();
        assertThat(weeks.get(swapped, "tg:1")).isPresent();
        assertThat(weeks.get(otherChatsOnly, "tg:2")).isPresent();
        assertThat(weeks.get(newest, "tg:1")).isPresent();
    }

    @Test
    void aSwapOnAPurgedWeekSaysTheWeekIsGone() {
        TestChat en = new TestChat(Language.EN, database, GROUP);
        Reply old = en.sendInGroup("@lea", "/week");
        en.clock.advance(WeekStore.KEPT_UNUSED.plus(DAY));
        en.sendInGroup("@lea", "/week");
        Reply swap = en.core.handle(new Incoming(GROUP, "@tom", true, Incoming.Kind.BUTTON, old.allButtons().get(0).action()));
        assertThat(text(swap)).startsWith("I no longer know this week");
    }
}
