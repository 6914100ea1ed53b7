package dev.commis.chat.commands;

import static dev.commis.chat.TestChat.text;
import static org.assertj.core.api.Assertions.assertThat;

import dev.commis.chat.Incoming;
import dev.commis.chat.ReminderText;
import dev.commis.chat.TestChat;
import dev.commis.chat.reply.Button;
import dev.commis.chat.reply.Reply;
import dev.commis.reminders.Reminder;
import dev.commis.store.Database;
import dev.commis.text.Language;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A step's repeat with no timer ("Cook, stirring every 5 minutes, until the sauce thickens") rings
 * on a button's press, at most {@link OpenRepeatSeries#SERIES_CAP}, until the cook leaves the step.
 * The clock starts at 18:00 in Paris and is moved by hand.
 */
class OpenRepeatCookTest {

    private static final String VAULT = "src/test/resources/open-repeats";

    private final TestChat en = new TestChat(Language.EN, () -> TestChat.vault(VAULT));
    private final TestChat fr = new TestChat(Language.FR, () -> TestChat.vault(VAULT));

    private static Reply press(TestChat chat, Reply reply, String label) {
        Button button = reply.allButtons().stream().filter(b -> b.label().equals(label)).findFirst()
                .orElseThrow(() -> new AssertionError("no button '" + label + "' in " + reply.allButtons()));
        return chat.core.handle(Incoming.button("test:1", button.action()));
    }

    private Reply reduceStep() {
        return press(en, en.send("/cook quick tomato sauce"), "Next ▶");
    }

    private List<Reminder> pending(TestChat chat) {
        return chat.reminders.pending("test:1");
    }

    @Test
    void offersTheButtonOnlyOnTheStepWhoseRepeatHasNoTimer() {
        Reply first = en.send("/cook quick tomato sauce");
        assertThat(first.allButtons()).extracting(Button::label).containsExactly("Next ▶", "⏱ Start 8 min", "⏹ Stop");
        Reply second = press(en, first, "Next ▶");
        assertThat(second.allButtons()).extracting(Button::label)
                .containsExactly("◀ Previous", "Next ▶", "🥄 Remind me every 5 min", "⏹ Stop");
        Reply third = press(en, second, "Next ▶");
        assertThat(third.allButtons()).as("'stirring occasionally' has no period")
                .extracting(Button::label).containsExactly("◀ Previous", "✅ Finished");
    }

    @Test
    void ringsEveryPeriodWithWhatToDo() {
        Reply set = press(en, reduceStep(), "🥄 Remind me every 5 min");
        assertThat(text(set)).contains("Step 2 of 3").contains("🥄 Stirring: I’ll remind you every 5 min, until 20:00 at the latest"
                + " (24 reminders); they stop when you leave this step. /timers lists them.");
        assertThat(en.advance(Duration.ofMinutes(4))).isEmpty();
        assertThat(en.advance(Duration.ofMinutes(1))).containsExactly("test:1: 🥄 Stirring — every 5 min");
        assertThat(en.advance(Duration.ofMinutes(10))).containsExactly(
                "test:1: 🥄 Stirring — every 5 min", "test:1: 🥄 Stirring — every 5 min", "test:1: 🥄 Stirring — every 5 min");
        assertThat(text(en.send("/timers"))).contains("🥄 Stirring — every 5 min");
    }

    @Test
    void stopsAtTheCap() {
        press(en, reduceStep(), "🥄 Remind me every 5 min");
        int rings = (int) (OpenRepeatSeries.SERIES_CAP.toMinutes() / 5);
        assertThat(en.advance(Duration.ofHours(5))).hasSize(rings)
                .isEqualTo(Collections.nCopies(rings, "test:1: 🥄 Stirring — every 5 min"));
        assertThat(pending(en)).isEmpty();
    }

    @Test
    void aShortPeriodRingsAtMostMaxRingsTimes() {
        Reply set = press(en, en.send("/cook crème anglaise"), "🥄 Remind me every 1 min");
        assertThat(text(set)).contains("🥄 Stirring: I’ll remind you every 1 min, until 18:24 at the latest (24 reminders)");
        assertThat(en.advance(Duration.ofHours(3))).hasSize(OpenRepeatSeries.MAX_RINGS);
    }

    @Test
    void finishingTheLastStepCancelsTheRest() {
        Reply set = press(en, en.send("/cook crème anglaise"), "🥄 Remind me every 1 min");
        Reply ask = press(en, set, "✅ Finished");
        assertThat(text(ask)).contains("Stop the cook and cancel its 24 running reminders?");
        assertThat(text(press(en, ask, "⏹ Yes, stop"))).startsWith("Cook stopped; 24 reminders cancelled.");
        assertThat(en.advance(Duration.ofHours(3))).isEmpty();
    }

    @Test
    void pressingTwiceSchedulesOnce() {
        Reply step = reduceStep();
        press(en, step, "🥄 Remind me every 5 min");
        en.advance(Duration.ofMinutes(7));
        Reply again = press(en, step, "🥄 Remind me every 5 min");
        assertThat(text(again)).contains("🥄 Stirring: already reminding you every 5 min, next at 18:10.");
        assertThat(pending(en)).hasSize(23);
    }

    @Test
    void leavingTheStepCancelsTheRestAndLeavesOtherRemindersAlone() {
        Reply step = reduceStep();
        press(en, step, "🥄 Remind me every 5 min");
        en.send("/timer 25m bread");
        en.advance(Duration.ofMinutes(5));
        Reply next = press(en, step, "Next ▶");
        assertThat(text(next)).contains("Step 3 of 3");
        assertThat(pending(en)).extracting(reminder -> ReminderText.in(reminder.text(), Language.EN))
                .containsExactly("⏰ bread (25 min)");
        assertThat(en.advance(Duration.ofHours(3))).containsExactly(
                "test:1: 🥄 Stirring — every 5 min", "test:1: ⏰ bread (25 min)");
    }

    @Test
    void goingBackToThePreviousStepCancelsTooAndThePressStartsAgain() {
        Reply step = reduceStep();
        press(en, step, "🥄 Remind me every 5 min");
        press(en, step, "◀ Previous");
        assertThat(pending(en)).isEmpty();
        Reply back = press(en, en.send("/cook"), "Next ▶");
        assertThat(text(press(en, back, "🥄 Remind me every 5 min"))).contains("(24 reminders)");
    }

    @Test
    void stoppingOrFinishingCancelsTheRest() {
        press(en, reduceStep(), "🥄 Remind me every 5 min");
        assertThat(text(en.send("/stop"))).startsWith("Cook stopped; 24 reminders cancelled.");
        assertThat(en.advance(Duration.ofHours(3))).isEmpty();
    }

    @Test
    void showingTheSameStepAgainKeepsTheSeries() {
        press(en, reduceStep(), "🥄 Remind me every 5 min");
        assertThat(text(en.send("/cook"))).contains("Step 2 of 3");
        assertThat(pending(en)).hasSize(24);
    }

    @Test
    void aNewCookEndsTheSeriesOfTheStepLeft() {
        press(en, reduceStep(), "🥄 Remind me every 5 min");
        assertThat(text(en.send("/cook velouté de champignons"))).doesNotContain("previous cook");
        assertThat(pending(en)).isEmpty();
    }

    @Test
    void aJointCookEndsTheSeriesOfTheStepLeft() {
        press(en, reduceStep(), "🥄 Remind me every 5 min");
        en.send("/cook quick tomato sauce + velouté de champignons");
        assertThat(pending(en)).isNotEmpty().extracting(reminder -> ReminderText.in(reminder.text(), Language.EN))
                .doesNotContain("🥄 Stirring — every 5 min");
    }

    @Test
    void theSeriesSurvivesARestartAndStillEndsWithItsStep(@TempDir Path data) throws Exception {
        try (Database database = Database.open(data)) {
            TestChat before = new TestChat(Language.EN, database, "test:1", () -> TestChat.vault(VAULT));
            Reply step = press(before, press(before, before.send("/cook quick tomato sauce"), "Next ▶"), "🥄 Remind me every 5 min");
            TestChat after = new TestChat(Language.EN, database, "test:1", () -> TestChat.vault(VAULT));
            after.reminders.load();
            assertThat(after.advance(Duration.ofMinutes(5))).containsExactly("test:1: 🥄 Stirring — every 5 min");
            assertThat(text(press(after, step, "🥄 Remind me every 5 min"))).contains("already reminding you every 5 min");
            press(after, step, "Next ▶");
            assertThat(pending(after)).isEmpty();
        }
    }

    @Test
    void speaksFrench() {
        Reply step = press(fr, fr.send("/cuisiner velouté de champignons"), "Suivante ▶");
        assertThat(step.allButtons()).extracting(Button::label)
                .containsExactly("◀ Précédente", "Suivante ▶", "🥄 Me rappeler toutes les 10 min", "⏹ Arrêter");
        assertThat(text(press(fr, step, "🥄 Me rappeler toutes les 10 min"))).contains(
                "🥄 Remuer : je vous le rappellerai toutes les 10 min, jusqu’à 20:00 au plus tard (12 rappels) ;"
                        + " ils s’arrêtent quand vous quittez cette étape. /minuteurs les liste.");
        assertThat(fr.advance(Duration.ofMinutes(10))).containsExactly("test:1: 🥄 Remuer — toutes les 10 min");
        Reply last = press(fr, step, "Suivante ▶");
        assertThat(last.allButtons()).as("'remuer de temps en temps' has no period")
                .extracting(Button::label).containsExactly("◀ Précédente", "✅ Terminé");
        assertThat(pending(fr)).isEmpty();
    }
}
