package dev.commis.chat;

import static org.assertj.core.api.Assertions.assertThat;

import dev.commis.store.Database;
import dev.commis.text.Language;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reminders that fell due while Commis was not running, in the chat's words. */
class MissedRemindersTest {

    @TempDir
    Path data;

    @Test
    void sayHowLateTheyAreOrComeAsOneSummary() throws Exception {
        try (Database database = Database.open(data)) {
            TestChat before = new TestChat(Language.FR, database, "telegram:9");
            before.send("/minuteur 10m four");
            before.send("/minuteur 2h pâte");
            before.send("/minuteur 3h levain");
            TestChat after = new TestChat(Language.FR, database, "telegram:9");
            after.clock.advance(Duration.ofMinutes(190));
            after.reminders.load();
            after.reminders.runDue();
            assertThat(after.delivered).containsExactlyInAnyOrder(
                    "telegram:9: ⏰ levain (3 h) (envoyé avec 10 min de retard : je ne tournais pas)",
                    "telegram:9: Pendant que je ne tournais pas, ces 2 rappels sont arrivés à échéance :\n"
                            + "• 18:10 — ⏰ four (10 min)\n• 20:00 — ⏰ pâte (2 h)");
        }
    }
}
