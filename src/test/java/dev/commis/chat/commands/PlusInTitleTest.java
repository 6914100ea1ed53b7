package dev.commis.chat.commands;

import static dev.commis.chat.TestChat.text;
import static org.assertj.core.api.Assertions.assertThat;

import dev.commis.chat.TestChat;
import dev.commis.text.Language;
import org.junit.jupiter.api.Test;

/**
 * A recipe whose title holds a "+" ("Mac + Cheese") is one recipe, alone or cooked with others;
 * over a small vault of our own (src/test/resources/plus-titles). The clock starts at 18:00 in Paris.
 */
class PlusInTitleTest {

    private static final String VAULT = "src/test/resources/plus-titles";

    private final TestChat en = new TestChat(Language.EN, () -> TestChat.vault(VAULT));
    private final TestChat fr = new TestChat(Language.FR, () -> TestChat.vault(VAULT));

    @Test
    void cooksATitleWithAPlusTogetherWithAnotherRecipe() {
        String reply = text(en.send("/cook mac + cheese + salade verte ready at 20:00"));
        assertThat(reply).startsWith("👨‍🍳 Mac + Cheese + Salade verte\n")
                .contains("To have everything ready at 20:00")
                .contains(" — Mac + Cheese · 4. Bake (15 min, unattended)")
                .contains(" — Salade verte · 1. Laver")
                .as("read as two recipes, not as mac, cheese and salade verte").doesNotContain("twice");
    }

    @Test
    void cooksATitleWithAPlusAloneAsOneRecipe() {
        assertThat(text(en.send("/cook mac + cheese"))).contains("Mac + Cheese").contains("Step 1 of 4")
                .doesNotContain("To have everything ready");
        assertThat(text(en.send("/cook Mac + Cheese for 2 ready at 20:00"))).contains("To be ready at 20:00, start at");
    }

    @Test
    void cuisineUnTitreAvecUnPlusAvecUneAutreRecette() {
        String reply = text(fr.send("/cuisiner salade verte + riz + lentilles à la libanaise pour 4 prête à 20h30"));
        assertThat(reply).startsWith("👨‍🍳 Salade verte + Riz + lentilles à la libanaise\n")
                .contains("Pour que tout soit prêt à 20:30")
                .contains(" — Riz + lentilles à la libanaise · 3. Riz (20 min, sans surveillance)");
        assertThat(text(fr.send("/cuisiner riz + lentilles à la libanaise"))).contains("Étape 1 sur 4");
    }

    @Test
    void aShoppingListKeepsATitleWithAPlusWholeToo() {
        assertThat(text(fr.send("/courses riz + lentilles à la libanaise pour 2, salade verte")))
                .contains("Pour Riz + lentilles à la libanaise (2), Salade verte (4)");
    }
}
