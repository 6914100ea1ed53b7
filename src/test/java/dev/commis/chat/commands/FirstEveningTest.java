package dev.commis.chat.commands;

import static dev.commis.chat.TestChat.text;
import static org.assertj.core.api.Assertions.assertThat;

import dev.commis.chat.Incoming;
import dev.commis.chat.TestChat;
import dev.commis.chat.reply.Button;
import dev.commis.chat.reply.Reply;
import dev.commis.console.PlainTextRenderer;
import dev.commis.text.Language;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What a new cook tripped over on a first evening (issue 11): cooks, timers and stops. The clock starts at 18:00 in Paris. */
class FirstEveningTest {

    private final TestChat en = new TestChat(Language.EN);
    private final TestChat fr = new TestChat(Language.FR);

    private static Reply press(TestChat chat, Reply reply, String label) {
        Button button = reply.allButtons().stream().filter(b -> b.label().equals(label)).findFirst()
                .orElseThrow(() -> new AssertionError("no button '" + label + "' in " + reply.allButtons()));
        return chat.core.handle(Incoming.button("test:1", button.action()));
    }

    /** The label of the button typed as {@code number} in the console. */
    private static String typed(Reply reply, int number) {
        return PlainTextRenderer.numbers(reply).entrySet().stream().filter(entry -> entry.getValue() == number)
                .map(Map.Entry::getKey).map(Button::label).findFirst().orElse("(none)");
    }

    @Test
    void startingARunningTimerAgainSaysSoAndKeepsOneSetOfReminders() {
        Reply second = press(en, en.send("/cook burnt ends"), "Next ▶");
        press(en, second, "⏱ Start 3 h");
        en.advance(Duration.ofMinutes(5));
        Reply again = press(en, en.send("/cook"), "⏱ Start 3 h");
        assertThat(text(again)).contains("⏱ Cook the pork: already running, done at 21:00.");
        assertThat(en.reminders.pending("test:1")).hasSize(2);
    }

    @Test
    void theStepKeepsItsButtonsOnceItsTimerStarts() {
        Reply second = press(en, en.send("/cook burnt ends"), "Next ▶");
        Reply started = press(en, second, "⏱ Start 3 h");
        assertThat(started.allButtons()).extracting(Button::label)
                .containsExactly("◀ Previous", "Next ▶", "⏱ Start 3 h", "⏹ Stop");
        assertThat(typed(started, 2)).isEqualTo("Next ▶");
    }

    @Test
    void eachCookActionKeepsItsNumberFromStepToStep() {
        Reply first = en.send("/cook burnt ends");
        Reply second = press(en, first, "Next ▶");
        for (Reply step : new Reply[] {first, second}) {
            assertThat(typed(step, 2)).isEqualTo("Next ▶");
            assertThat(typed(step, 0)).isEqualTo("⏹ Stop");
        }
        assertThat(typed(second, 1)).isEqualTo("◀ Previous");
        assertThat(typed(second, 3)).isEqualTo("⏱ Start 3 h");
        assertThat(typed(first, 1)).isEqualTo("(none)");
    }

    @Test
    void theStopButtonAsksBeforeCancellingRunningTimers() {
        Reply second = press(en, en.send("/cook burnt ends"), "Next ▶");
        Reply started = press(en, second, "⏱ Start 3 h");
        Reply asked = press(en, started, "⏹ Stop");
        assertThat(text(asked)).startsWith("Stop the cook and cancel its 2 running reminders?");
        assertThat(en.reminders.pending("test:1")).hasSize(2);
        assertThat(text(press(en, asked, "👨‍🍳 Keep cooking"))).contains("Step 2 of 4");
        assertThat(text(press(en, asked, "⏹ Yes, stop"))).startsWith("Cook stopped; 2 reminders cancelled.");
        assertThat(en.reminders.pending("test:1")).isEmpty();
    }

    @Test
    void theStopButtonStopsAtOnceWhenNoTimerRuns() {
        Reply first = en.send("/cook burnt ends");
        assertThat(text(press(en, first, "⏹ Stop"))).isEqualTo("Cook stopped; no reminder cancelled.\n");
    }

    @Test
    void aNewCookSaysThePreviousCooksRemindersStayAndOffersToCancelThem() {
        press(en, press(en, en.send("/cook burnt ends"), "Next ▶"), "⏱ Start 3 h");
        Reply next = en.send("/cook pancakes");
        assertThat(text(next)).contains("2 reminders of the previous cook stay set; /timers lists them.");
        assertThat(text(press(en, next, "✖ Cancel the previous cook’s reminders")))
                .isEqualTo("2 reminders of the previous cook cancelled.\n");
        assertThat(en.reminders.pending("test:1")).isEmpty();
    }

    @Test
    void stopSaysThatFreeTimersStay() {
        en.send("/timer 10m pasta");
        assertThat(text(en.send("/stop")))
                .isEqualTo("No cook to stop here. Your timer stays: /timers lists it and can cancel it.\n");
        assertThat(text(fr.send("/minuteur 10m pâtes"))).startsWith("⏱ Minuteur lancé");
        assertThat(text(fr.send("/arreter"))).startsWith("Aucune cuisson à arrêter ici. Votre minuteur reste lancé");
    }

    @Test
    void timersDoesNotListAReminderThatIsAlreadyGoingOut() {
        en.send("/timer 10m pasta");
        en.send("/timer 20m sauce");
        en.clock.advance(Duration.ofMinutes(11)); // due, its delivery under way
        assertThat(text(en.send("/timers"))).startsWith("⏱ 1 reminder pending").doesNotContain("pasta");
    }

    @Test
    void aPlannedCookRemindsAtTheEndOfALongTimedStep() {
        en.send("/cook burnt ends ready at 23:30");
        en.advance(Duration.ofMinutes(110 + 180));
        assertThat(en.delivered).last().isEqualTo("test:1: ⏰ Cook the pork: 3 h should be done now — next: Make the glaze");
        en.advance(Duration.ofMinutes(40));
        assertThat(en.delivered).contains("test:1: ▶ Time for step 4: Finish and serve (30 min)").last()
                .isEqualTo("test:1: ⏰ Finish and serve: 30 min should be done now — that was the last step. Enjoy!");
    }

    @Test
    void aPlannedCookUnderstandsTheUsualWaysOfSayingAnHourAndSaysWhenItIsTomorrow() {
        assertThat(text(en.send("/cook burnt ends ready at 11pm"))).contains("To be ready at 23:00, start at 19:10");
        assertThat(text(fr.send("/cuisiner burnt ends à 23 h 30"))).contains("Pour être prêt à 23:30, commencez à 19:40");
        assertThat(text(fr.send("/cuisiner burnt ends pour 23h"))).contains("Pour être prêt à 23:00");
        assertThat(text(en.send("/cook burnt ends ready at 8:00"))).contains("To be ready tomorrow at 08:00, start at 04:10");
        assertThat(text(en.send("/cook burnt ends for 4"))).contains("Step 1 of 4");
    }

    @Test
    void aReminderSpeaksTheChatsLanguageWhenItGoesOff() {
        en.send("/timer 10m pasta");
        en.send("/lang fr");
        assertThat(en.advance(Duration.ofMinutes(10))).containsExactly("test:1: ⏰ pasta (10 min)");
        en.send("/timer 5m");
        press(en, press(en, en.send("/cuisiner burnt ends"), "Suivante ▶"), "⏱ Lancer 3 h");
        en.send("/lang en");
        assertThat(en.advance(Duration.ofMinutes(5))).last().isEqualTo("test:1: ⏰ Timer done: 5 min");
        assertThat(en.advance(Duration.ofHours(3))).last().isEqualTo("test:1: ⏰ Cook the pork: 3 h done — next: Make the glaze");
    }

    @Test
    void refusesTimersBeyondItsLimitsWithoutOverflowing() {
        for (String asked : new String[] {"99999999999999999999999", "4294967297", "99999999999m", "400h", "0s"}) {
            assertThat(text(en.send("/timer " + asked))).as(asked)
                    .startsWith("I can’t time “" + asked + "”: a timer runs from 1 s to 48 h.");
        }
        assertThat(text(fr.send("/minuteur 400h"))).startsWith("Je ne peux pas minuter « 400h » : un minuteur dure de 1 s à 48 h.");
        assertThat(en.reminders.pending("test:1")).isEmpty();
    }

    @Test
    void pagesALongListOfTimers() {
        for (int i = 1; i <= 25; i++) {
            en.send("/timer " + i + "m tea " + i);
        }
        Reply first = en.send("/timers");
        assertThat(text(first)).startsWith("⏱ 25 reminders pending").contains("1. 18:01 — ⏰ tea 1 (1 min)")
                .contains("Page 1 of 3").doesNotContain("tea 11 ");
        assertThat(first.allButtons()).hasSize(11);
        Reply second = press(en, first, "Next ▶");
        assertThat(text(second)).contains("11. 18:11 — ⏰ tea 11 (11 min)").contains("Page 2 of 3");
        assertThat(typed(second, 11)).startsWith("✖ 18:11");
        assertThat(second.replacing()).isTrue();
    }

    @Test
    void quickSaysWhichConditionLeftNoRecipe() {
        assertThat(text(en.send("/quick 20 pork")))
                .isEqualTo("7 recipes match “pork”, but none is ready in 20 minutes or less. The fastest takes 25 min.\n");
        assertThat(text(fr.send("/rapide 20 porc")))
                .isEqualTo("7 recettes correspondent à « porc », mais aucune n’est prête en 20 minutes ou moins. La plus rapide prend 25 min.\n");
        assertThat(text(en.send("/quick 1"))).isEqualTo("No recipe takes 1 minutes or less.\n");
    }

    @Test
    void aMissingRecipeIsSaidMissingWithTheClosestOnesNeverAChoiceOfOne() {
        Reply reply = en.send("/recipe cheese toast");
        assertThat(text(reply)).startsWith("I have no recipe called “cheese toast”. The closest:").doesNotContain("Several");
        assertThat(reply.allButtons()).isNotEmpty();
        assertThat(text(fr.send("/recette cheese toast"))).startsWith("Je n’ai pas de recette nommée « cheese toast ». Les plus proches :");
    }

    @Test
    void shopKeepsATitleWithACommaWhole() {
        Reply list = fr.send("/courses Pavé de saumon à l'unilatérale, sauce vierge");
        assertThat(text(list)).contains("Pour Pavé de saumon à l'unilatérale, sauce vierge (2)\n")
                .contains("☐ 2 pavés de saumon avec la peau");
        assertThat(text(fr.send("/courses Pavé de saumon à l'unilatérale, sauce vierge pour 4, guacamole")))
                .contains("Pour Pavé de saumon à l'unilatérale, sauce vierge (4), Guacamole");
    }

    @Test
    void saysTypesAndDifficultiesInTheChatsLanguage() {
        assertThat(text(en.send("/quick 10"))).contains("Omelette aux fines herbes — 10 min · main course")
                .doesNotContain("plat-principal");
        assertThat(text(fr.send("/rapide 10"))).contains("Omelette aux fines herbes — 10 min · plat principal");
    }

    @Test
    void quotesWhatWasAskedWithoutItsPunctuationAndShortened() {
        assertThat(text(fr.send("merci !"))).isEqualTo("Je ne trouve aucune recette nommée « merci ». Essayez /cherche merci.\n");
        String pasted = "a very long question pasted by mistake about what to cook tonight with the leftovers";
        assertThat(text(en.send("/search " + pasted)).lines().findFirst().orElseThrow()).hasSizeLessThan(60);
    }
}
