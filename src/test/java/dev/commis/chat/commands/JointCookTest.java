package dev.commis.chat.commands;

import static dev.commis.chat.TestChat.text;
import static org.assertj.core.api.Assertions.assertThat;

import dev.commis.chat.TestChat;
import dev.commis.text.Language;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Cooking several recipes together on one timeline; the clock starts at 18:00 in Paris. */
class JointCookTest {

    private static final String PORK = "Pork Belly Burnt Ends - Miso Butterscotch Glaze";
    private static final String RISOTTO = "Risotto aux champignons";

    private final TestChat en = new TestChat(Language.EN);

    @Test
    void saysWhenToStartAndListsTheMergedTimeline() {
        String reply = text(en.send("/cook burnt ends + risotto ready at 23:30"));
        assertThat(reply).startsWith("👨‍🍳 " + PORK + " + " + RISOTTO)
                .contains("To have everything ready at 23:30, start at 19:51 (3 h 39 min in all):")
                .contains("• 19:56 — " + PORK + " · 2. Cook the pork (3 h, unattended)")
                .contains("• 23:10 — " + RISOTTO + " · 5. Cuire (18 min, hands-on)")
                .contains("• 23:28 — " + RISOTTO + " · 6. Mantecatura (2 min, unattended)")
                .contains("20 reminders set, each naming its dish; /timers lists them, /stop ends the whole cook.");
        assertThat(reply.indexOf("22:56 — " + PORK + " · 3. Make the glaze"))
                .as("merged in time order").isLessThan(reply.indexOf("23:00 — " + RISOTTO + " · 2. Champignons"));
    }

    @Test
    void remindsOfEachStartAndEachTimersEndNamingTheRecipe() {
        en.send("/cook burnt ends + risotto ready at 23:30");
        assertThat(text(en.send("/timers"))).contains("1. 19:51 — ▶ " + PORK + " — step 1: Prep the pork (5 min, hands-on)")
                .contains("7. 23:00 — " + RISOTTO + " · ⏰ Réhydrater: 20 min done — next: Champignons");
        assertThat(en.advance(Duration.ofMinutes(111))).containsExactly(
                "test:1: ▶ " + PORK + " — step 1: Prep the pork (5 min, hands-on)");
        en.advance(Duration.ofHours(4));
        assertThat(en.delivered).hasSize(20).contains(
                "test:1: " + PORK + " · 🥄 Stir pork — 10 min of 30 min",
                "test:1: " + RISOTTO + " · ⏰ Mantecatura: 2 min done — that was the last step. Enjoy!");
    }

    @Test
    void stopEndsTheWholeJointCook() {
        en.send("/cook burnt ends + risotto ready at 23:30");
        en.send("/timer 25m bread");
        assertThat(text(en.send("/stop"))).isEqualTo("Cook stopped; 20 reminders cancelled. Your timer stays: /timers lists it and can cancel it.\n");
        assertThat(en.advance(Duration.ofHours(6))).containsExactly("test:1: ⏰ bread (25 min)");
    }

    @Test
    void withoutATimePlansForAsSoonAsPossible() {
        assertThat(text(en.send("/cook burnt ends + risotto"))).contains("start at 18:00 (3 h 39 min in all)")
                .contains("ready at 21:39");
    }

    @Test
    void aServingTimeTooCloseSaysWhenItCanBeReadyAndPlansForThat() {
        assertThat(text(en.send("/cook burnt ends + risotto ready at 19:00")))
                .contains("Too late for everything to be ready at 19:00: it takes 3 h 39 min. It can all be ready at 21:39,"
                        + " so that is the plan.")
                .contains("To have everything ready at 21:39, start at 18:00");
    }

    @Test
    void saysWhenThePlanBeginsTheDayBefore() {
        assertThat(text(en.send("/cook burnt ends + risotto ready at 1:30")))
                .contains("The plan begins the day before, at 21:51.")
                .contains("To have everything ready at 01:30, start at 21:51");
    }

    @Test
    void namesTheRecipeItCannotFindAndPlansNothing() {
        assertThat(text(en.send("/cook burnt ends + zzqxw ready at 23:30")))
                .isEqualTo("I can’t find a recipe called “zzqxw”, so I planned nothing. Check its name with /search,"
                        + " then send the whole /cook again.\n");
        assertThat(text(en.send("/timers"))).isEqualTo("No reminder pending here.\n");
    }

    @Test
    void plansTheSameRecipeNamedTwiceOnce() {
        String reply = text(en.send("/cook risotto + burnt ends + risotto aux champignons"));
        assertThat(reply).contains(RISOTTO + " is named twice: planned once (double the quantities if you need more).")
                .startsWith("👨‍🍳 " + RISOTTO + " + " + PORK + "\n");
        assertThat(reply.split("· 5\\. Cuire", -1)).hasSize(2);
    }

    @Test
    void refusesMoreThanSixRecipesPolitely() {
        assertThat(text(en.send("/cook risotto + crêpes + guacamole + tiramisu + moussaka + pad thai + tzatziki")))
                .isEqualTo("That’s 7 recipes: I can plan at most 6 together. Could you drop a few and ask again?\n");
        assertThat(text(en.send("/cook risotto + ready at 19:30"))).startsWith("A recipe’s name is missing around a “+”.");
        assertThat(text(en.send("/cook risotto + crêpes ready at 25:00"))).startsWith("“25:00” is not a time of day");
    }

    @Test
    void speaksFrench() {
        TestChat fr = new TestChat(Language.FR);
        String reply = text(fr.send("/cuisiner poulet rôti + risotto pour 4 prête à 21h30"));
        assertThat(reply).contains("Pour que tout soit prêt à 21:30, commencez à 18:43 (2 h 47 en tout) :")
                .contains("Poulet rôti du dimanche · 3. Enfourner (1 h 30, sans surveillance)")
                .contains(RISOTTO + " · 5. Cuire (18 min, à faire)");
        assertThat(text(fr.send("/minuteurs"))).contains("▶ Poulet rôti du dimanche — étape 1 : Tempérer (1 h, sans surveillance)");
    }
}
