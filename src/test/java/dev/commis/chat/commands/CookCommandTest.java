package dev.commis.chat.commands;

import static dev.commis.chat.TestChat.text;
import static org.assertj.core.api.Assertions.assertThat;

import dev.commis.chat.Incoming;
import dev.commis.chat.TestChat;
import dev.commis.chat.reply.Button;
import dev.commis.chat.reply.Reply;
import dev.commis.text.Language;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Cooking the seed recipe step by step; the clock starts at 18:00 in Paris and is moved by hand. */
class CookCommandTest {

    private final TestChat en = new TestChat(Language.EN);

    private static Button button(Reply reply, String label) {
        return reply.allButtons().stream().filter(b -> b.label().equals(label)).findFirst()
                .orElseThrow(() -> new AssertionError("no button '" + label + "' in " + reply.allButtons()));
    }

    private Reply press(Reply reply, String label) {
        return en.core.handle(Incoming.button("test:1", button(reply, label).action()));
    }

    @Test
    void startsAtStepOneWithTheScaledIngredients() {
        Reply first = en.send("/cook burnt ends for 12");
        assertThat(text(first)).startsWith("👨‍🍳 Pork Belly Burnt Ends - Miso Butterscotch Glaze")
                .contains("Step 1 of 4").contains("• 4 kg pork belly, skin removed").contains("Prep the pork");
        assertThat(first.allButtons()).extracting(Button::label).containsExactly("Next ▶", "⏹ Stop");
    }

    @Test
    void walksThroughTheStepsWithTheirTimers() {
        Reply second = press(en.send("/cook burnt ends"), "Next ▶");
        assertThat(text(second)).contains("Step 2 of 4").contains("Cook the pork");
        assertThat(second.allButtons()).extracting(Button::label).containsExactly("◀ Previous", "Next ▶", "⏱ Start 3 h", "⏹ Stop");
        Reply third = press(second, "Next ▶");
        assertThat(third.allButtons()).extracting(Button::label).doesNotContain("⏱ Start 3 h");
        Reply fourth = press(third, "Next ▶");
        assertThat(fourth.allButtons()).extracting(Button::label).containsExactly("◀ Previous", "⏱ Start 30 min", "✅ Finished");
        assertThat(text(press(fourth, "◀ Previous"))).contains("Step 3 of 4");
    }

    @Test
    void remindsWhenALongTimerNearsItsEndAndWhenItEnds() {
        Reply second = press(en.send("/cook burnt ends"), "Next ▶");
        assertThat(text(press(second, "⏱ Start 3 h")))
                .contains("Step 2 of 4").contains("⏱ Cook the pork: 3 h, done at 21:00. I’ll remind you (2 reminders); /timers lists them.\n");
        assertThat(en.advance(Duration.ofMinutes(169))).isEmpty();
        assertThat(en.advance(Duration.ofMinutes(1))).containsExactly("test:1: ⏳ Cook the pork: 10 min left");
        assertThat(en.advance(Duration.ofMinutes(10))).last()
                .isEqualTo("test:1: ⏰ Cook the pork: 3 h done — next: Make the glaze");
    }

    @Test
    void remindsToStirEveryTenMinutesDuringTheLastStep() {
        Reply fourth = en.core.handle(Incoming.button("test:1", "ck:3:plats-pork-belly-burnt-ends"));
        press(fourth, "⏱ Start 30 min");
        en.advance(Duration.ofMinutes(30));
        assertThat(en.delivered).containsExactly(
                "test:1: 🥄 Stir pork — 10 min of 30 min",
                "test:1: 🥄 Stir pork — 20 min of 30 min",
                "test:1: ⏰ Finish and serve: 30 min done — that was the last step. Enjoy!");
    }

    @Test
    void namesWhatToDoAtEachRepeatByTheClauseBeforeEvery() {
        Reply fifth = en.core.handle(Incoming.button("test:1", "ck:4:plats-chicken-tikka-masala"));
        press(fifth, "⏱ Start 20 min");
        en.advance(Duration.ofMinutes(5));
        assertThat(en.delivered).as("'…and simmer for 20 mins, stirring every 5 minutes'")
                .containsExactly("test:1: 🥄 Stirring — 5 min of 20 min");
    }

    @Test
    void namesWhoStartedATimerInAGroup() {
        en.sendInGroup("lea", "/timer 10m oven");
        assertThat(en.advance(Duration.ofMinutes(10))).containsExactly("test:1 @lea: ⏰ oven (10 min)");
    }

    @Test
    void plansBackwardsFromTheServingTime() {
        Reply plan = en.send("/cook burnt ends ready at 23:30");
        assertThat(text(plan)).contains("To be ready at 23:30, start at 19:40 (3 h 50 min in all):")
                .contains("• 19:40 — 1. Prep the pork").contains("• 19:50 — 2. Cook the pork (3 h)")
                .contains("• 23:00 — 4. Finish and serve (30 min)").contains("(5 reminders)");
        en.advance(Duration.ofMinutes(110));
        assertThat(en.delivered).containsExactly("test:1: 👨‍🍳 Time to start Pork Belly Burnt Ends - Miso Butterscotch Glaze, to be ready at 23:30",
                "test:1: ▶ Time for step 2: Cook the pork (3 h)");
    }

    @Test
    void saysWhenItIsTooLateToBeReady() {
        assertThat(text(en.send("/cook burnt ends ready at 19:00")))
                .isEqualTo("It’s too late to be ready at 19:00: the recipe takes 3 h 50 min. It could be ready at 21:50 at the earliest.\n");
        assertThat(text(en.send("/cook burnt ends ready at 25:00"))).startsWith("“25:00” is not a time of day");
    }

    @Test
    void resumesTheCookInProgressAndStopsItWithItsReminders() {
        Reply second = press(en.send("/cook burnt ends"), "Next ▶");
        press(second, "⏱ Start 3 h");
        en.send("/timer 25m bread");
        assertThat(text(en.send("/cook"))).contains("Step 2 of 4");
        assertThat(text(en.send("/stop")))
                .isEqualTo("Cook stopped; 2 reminders cancelled. Your timer stays: /timers lists it and can cancel it.\n");
        assertThat(en.advance(Duration.ofHours(4))).containsExactly("test:1: ⏰ bread (25 min)");
        assertThat(text(en.send("/stop"))).isEqualTo("No cook or reminder to stop here.\n");
    }

    @Test
    void listsPendingRemindersWithButtonsThatCancelThem() {
        en.send("/timer 25m bread");
        en.send("/timer 1h30");
        Reply timers = en.send("/timers");
        assertThat(text(timers)).startsWith("⏱ 2 reminders pending").contains("1. 18:25 — ⏰ bread (25 min)")
                .contains("2. 19:30 — ⏰ Timer done: 1 h 30 min");
        assertThat(text(en.press(timers, 1))).isEqualTo("Cancelled: ⏰ bread (25 min)\n");
        assertThat(text(en.press(timers, 1))).isEqualTo("That reminder has already gone off or was cancelled.\n");
        assertThat(en.advance(Duration.ofHours(2))).containsExactly("test:1: ⏰ Timer done: 1 h 30 min");
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "/timer {0}")
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
            "25 min bread     | ⏰ bread (25 min)",
            "25m bread        | ⏰ bread (25 min)",
            "2 heures pain    | ⏰ pain (2 h)",
            "1h30 rôti        | ⏰ rôti (1 h 30 min)",
            "90 sec oeufs     | ⏰ oeufs (1 min 30 s)",
            "10 seconds       | ⏰ Timer done: 10 s",
    })
    void readsTheDurationAndKeepsTheLabelWhole(String args, String reminder) {
        en.send("/timer " + args);
        assertThat(en.advance(Duration.ofHours(3))).containsExactly("test:1: " + reminder);
    }

    @Test
    void explainsATimerItCannotRead() {
        assertThat(text(en.send("/timer soon"))).startsWith("How long? For example: /timer 25m");
        assertThat(text(en.send("/timer 0s"))).startsWith("I can’t time “0s”: a timer runs from 1 s to 48 h.");
        assertThat(text(en.send("/timer 100h"))).startsWith("I can’t time “100h”: a timer runs from 1 s to 48 h.");
        assertThat(text(en.send("/timer 90s"))).startsWith("⏱ Timer set: 1 min 30 s, done at 18:01.");
    }
}
