package dev.commis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Scripts of messages piped through the real {@code console} subcommand, as a person would. */
class ConsoleIT {

    @TempDir
    Path data;

    private CommisJar.Run console(String script, String... options) throws Exception {
        String[] args = new String[options.length + 5];
        args[0] = "console";
        args[1] = "--vault";
        args[2] = "recipes";
        args[3] = "--data";
        args[4] = data.toString();
        System.arraycopy(options, 0, args, 5, options.length);
        CommisJar.Run run = CommisJar.runWithInput(script, Map.of(), args);
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).doesNotContain("Exception").doesNotContain("\tat ");
        return run;
    }

    @Test
    void answersTheReadmeScript() throws Exception {
        String out = console("/random porc\n/quick\n/recipe burnt ends for 12\n").out();
        String[] replies = out.split("\n\n(?=\\S[^\\n]*\\n─)");
        assertThat(replies).hasSize(3);
        java.util.List<String> porkTitles = new dev.commis.vault.VaultLoader(new dev.commis.vault.VaultScanner("Templates"),
                java.time.Clock.systemUTC(), dev.commis.vault.LoadProgress.NONE).load(Path.of("recipes")).recipes().stream()
                .filter(recipe -> recipe.facts().protein().equals("porc")).map(dev.commis.vault.Recipe::title).toList();
        assertThat(porkTitles).as("a pork recipe").contains(replies[0].lines().findFirst().orElseThrow());
        assertThat(replies[1]).startsWith("Prêt en 30 minutes ou moins").contains("1. ").contains("[1] ");
        assertThat(replies[2]).startsWith("Pork Belly Burnt Ends - Miso Butterscotch Glaze")
                .contains("• 4 kg pork belly, skin removed")
                .contains("• 250 g unsalted butter")
                .contains("• ½ tsp chilli powder");
        assertThat(out).doesNotContain("&amp;").doesNotContain("<b>").doesNotContain("**").doesNotContain("\\_");
    }

    @Test
    void pressesAButtonWhenItsNumberIsTypedAlone() throws Exception {
        String out = console("/recipe chicken\n1\n/quick\n9\n", "--lang", "en").out();
        assertThat(out).contains("Several recipes are close to “chicken”. Which one?\n\n[1] Chicken")
                .contains("Page 2 of");
        String afterChoice = out.substring(out.indexOf("Which one?"));
        assertThat(afterChoice).contains("Ingredients").contains("Steps");
    }

    @Test
    void ticksTheShoppingListByNumberAndKeepsItForTheNextRun() throws Exception {
        String out = console("/shop crêpes\n1\n2\n/add 2 lemons\n", "--lang", "en").out();
        String[] replies = out.split("\n\n(?=\\S[^\n]*\n─)");
        assertThat(replies).hasSize(4);
        assertThat(replies[0]).contains("0 of 7 ticked").contains("[1] ☐ 50 g beurre fondu").doesNotContain("✅");
        assertThat(replies[1]).contains("1 of 7 ticked").contains("[1] ✅ 50 g beurre fondu").contains("[2] ☐ ")
                .contains("[8] 🧹 Clear ticked");
        assertThat(replies[2]).contains("2 of 7 ticked").contains("[1] ✅ 50 g beurre fondu").contains("[2] ✅ ");
        assertThat(replies[3]).contains("➕ Added: 2 lemons").contains("2 of 8 ticked").contains("[8] ☐ 2 lemons");
        String later = console("/shop\n", "--lang", "en").out();
        assertThat(later).contains("2 of 8 ticked").contains("[1] ✅ 50 g beurre fondu").contains("[8] ☐ 2 lemons");
    }

    @Test
    void answersBadInputAndGoesOn() throws Exception {
        String script = "/recipe\n" + "x".repeat(10_000) + "\n/recipe \u0007\u001b[31mcrêpes\n/frobnicate\n/quick abc\n"
                + "/recipe x for -3\n42\n/help\n";
        String out = console(script, "--lang", "en").out();
        assertThat(out).contains("Which recipe? Write its name after /recipe")
                .contains("That message is too long for me")
                .contains("I don’t know /frobnicate.")
                .contains("No quick recipe matches “abc”.")
                .contains("“-3” is not a number of servings")
                .contains("Commis, your recipe assistant");
    }

    @Test
    void keepsTheChosenLanguageInTheDataFolder() throws Exception {
        console("/lang en\n");
        assertThat(console("/recette\n").out()).startsWith("Which recipe?");
    }

    @Test
    void refusesABadLanguageOption() throws Exception {
        CommisJar.Run run = CommisJar.run("console", "--vault", "recipes", "--lang", "de");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--lang must be fr or en, not 'de'");
    }
}
