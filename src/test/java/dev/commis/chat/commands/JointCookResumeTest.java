package dev.commis.chat.commands;

import static dev.commis.chat.TestChat.text;
import static org.assertj.core.api.Assertions.assertThat;

import dev.commis.chat.TestChat;
import dev.commis.text.Language;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** {@code /cook} alone shows where the joint cook in progress is; the clock starts at 18:00 in Paris. */
class JointCookResumeTest {

    private static final String PORK = "Pork Belly Burnt Ends - Miso Butterscotch Glaze";
    private static final String RISOTTO = "Risotto aux champignons";
    private static final String JOINT = "/cook burnt ends + risotto ready at 23:30";

    private final TestChat en = new TestChat(Language.EN);

    @Test
    void beforeItBeginsSaysWhenToStartAndShowsTheTimeline() {
        en.send(JOINT);
        assertThat(text(en.send("/cook"))).startsWith("👨‍🍳 " + PORK + " + " + RISOTTO + "\n")
                .contains("Everything ready at 23:30: start at 19:51, in 1 h 51 min.")
                .contains("• 19:51 — " + PORK + " · 1. Prep the pork (5 min, hands-on)")
                .contains("• 23:10 — " + RISOTTO + " · 5. Cuire (18 min, hands-on)")
                .contains("/timers lists its reminders, /stop ends the whole cook.")
                .doesNotContain("✓").doesNotContain("▶ ");
    }

    @Test
    void underWayMarksWhatIsDoneAndWhatIsUnderWay() {
        en.send(JOINT);
        en.advance(Duration.ofHours(2));
        assertThat(text(en.send("/cook"))).contains("Everything ready at 23:30, in 3 h 30 min.")
                .contains("• ✓ 19:51 — " + PORK + " · 1. Prep the pork (5 min, hands-on)")
                .contains("• ▶ 19:56 — " + PORK + " · 2. Cook the pork (3 h, unattended)")
                .contains("• 23:10 — " + RISOTTO + " · 5. Cuire (18 min, hands-on)");
        en.advance(Duration.ofHours(4));
        assertThat(text(en.send("/cook"))).contains("Everything was ready at 23:30.")
                .contains("• ✓ 23:28 — " + RISOTTO + " · 6. Mantecatura (2 min, unattended)");
    }

    @Test
    void theLatestCookIsTheOneResumed() {
        en.send("/cook risotto");
        en.send(JOINT);
        assertThat(text(en.send("/cook"))).startsWith("👨‍🍳 " + PORK + " + " + RISOTTO + "\n");
        en.send("/cook risotto");
        assertThat(text(en.send("/cook"))).contains("Step 1 of 6").doesNotContain(PORK);
    }

    @Test
    void survivesARestartAndEndsWithStop() {
        en.send(JOINT);
        TestChat restarted = new TestChat(Language.EN, en.database, "test:1");
        assertThat(text(restarted.send("/cook"))).contains("Everything ready at 23:30: start at 19:51");
        assertThat(text(restarted.send("/stop"))).startsWith("Cook stopped; 20 reminders cancelled.");
        assertThat(text(restarted.send("/cook"))).startsWith("Which recipe shall we cook?");
    }

    @Test
    void reprendLaCuisineEnFrancais() {
        TestChat fr = new TestChat(Language.FR);
        fr.send("/cuisiner poulet rôti + risotto pour 4 prête à 21h30");
        assertThat(text(fr.send("/cuisiner"))).contains("Tout sera prêt à 21:30 : commencez à 18:43, dans 43 min.")
                .contains("Poulet rôti du dimanche · 3. Enfourner (1 h 30, sans surveillance)")
                .contains("/minuteurs liste ses rappels, /arreter termine toute la cuisine.");
        fr.advance(Duration.ofHours(1));
        assertThat(text(fr.send("/cuisiner"))).contains("Tout sera prêt à 21:30, dans 2 h 30. ✓ fait, ▶ en cours :")
                .contains("• ▶ 18:43 — Poulet rôti du dimanche · 1. Tempérer (1 h, sans surveillance)");
    }
}
