package dev.commis.importer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.commis.config.Settings;
import dev.commis.vault.Recipe;
import dev.commis.vault.RecipeParser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecipeImporterTest {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-06T10:00:00Z"), ZoneId.of("Europe/Paris"));

    @TempDir
    Path vault;

    private RecipeSite site;
    private final List<Recipe> recipes = new ArrayList<>();
    private RecipeImporter importer;

    @BeforeEach
    void open() throws Exception {
        site = new RecipeSite();
        Settings.Import settings = new Settings.Import("Imports", 5 * 1024 * 1024, Duration.ofSeconds(5), true, List.of());
        importer = RecipeImporter.of(vault, settings, () -> recipes, HostResolver.SYSTEM, CLOCK);
    }

    @AfterEach
    void close() {
        site.close();
    }

    @Test
    void savesThePageAsAVaultFileInTheSeedsFormat() throws Exception {
        ImportOutcome outcome = importer.save(site.url("graph-yoast.html"));

        assertThat(outcome.status()).isEqualTo(ImportOutcome.Status.SAVED);
        assertThat(outcome.file()).isEqualTo("Imports/Weeknight Lentil Soup.md");
        assertThat(outcome.title()).isEqualTo("Weeknight Lentil Soup");
        String text = Files.readString(vault.resolve(outcome.file()));
        assertThat(text).startsWith("---\ncuisine: Mediterranean\ntype: Soup\ntemps_prep: 15\ntemps_cuisson: 75\n"
                + "temps_total: 90\nportions: 4\nsource: Pantry Table\nurl: https://pantry.example/lentil-soup/\n"
                + "date_ajout: '2026-12-06'\n");
        assertThat(text).contains("tags:\n  - '#cuisine/mediterranean'\n  - '#type/soup'\n  - '#lentils'\n  - '#easy-soup'\n")
                .contains("\n---\n\n# Weeknight Lentil Soup\n\n## Ingrédients\n\n- 1 cup brown lentils, rinsed\n")
                .contains("\n## Étapes\n\n1. Warm the oil")
                .endsWith("## Source\n\nPantry Table : <https://pantry.example/lentil-soup/>\n");
        Recipe back = RecipeParser.parse(outcome.file(), Files.readAllBytes(vault.resolve(outcome.file()))).recipe();
        assertThat(back).isEqualTo(outcome.recipe());
        assertThat(back.steps()).hasSize(3);
    }

    @Test
    void writesSectionsAsSubHeadingsWithTheStepsNumberedOnAndGroupsInBold() throws Exception {
        ImportOutcome outcome = importer.save(site.url("sections-array.html"));

        String text = Files.readString(vault.resolve(outcome.file()));
        assertThat(text).contains("**For the beans**\n\n- 1 kg dried kidney beans\n")
                .contains("### The day before\n\n1. Soak the beans")
                .contains("### On the day\n\n2. Drain the beans")
                .contains("portions: 10\n");
        assertThat(outcome.recipe().steps()).hasSize(4);
        assertThat(outcome.recipe().ingredients()).hasSize(2);
    }

    @Test
    void keepsAFrenchPageInFrench() throws Exception {
        ImportOutcome outcome = importer.save(site.url("tarte-francaise.html"));

        assertThat(outcome.file()).isEqualTo("Imports/Tarte fine aux pommes.md");
        assertThat(outcome.recipe().ingredients().get(1).items()).contains("l’écorce d’un demi-citron");
        assertThat(outcome.recipe().facts().servings()).hasValue(6);
        assertThat(outcome.recipe().facts().cuisine()).isEqualTo("française");
        assertThat(Files.readString(vault.resolve(outcome.file()))).contains("langue: fr\n");
    }

    @Test
    void neverSavesTheSameLinkTwiceAndSaysWhereItIs() {
        String link = site.url("microdata-only.html");
        ImportOutcome first = importer.save(link);

        ImportOutcome again = importer.save(link + "?utm_source=newsletter");
        ImportOutcome viaRedirect = importer.save(site.url("redirect/microdata-only.html"));

        assertThat(again.status()).isEqualTo(ImportOutcome.Status.ALREADY_THERE);
        assertThat(again.file()).isEqualTo(first.file()).isEqualTo("Imports/Seeded Rye Loaf.md");
        assertThat(viaRedirect.status()).as("the address it redirects to is known").isEqualTo(ImportOutcome.Status.ALREADY_THERE);
        assertThat(site.asked()).containsExactly("/microdata-only.html", "/redirect/microdata-only.html", "/microdata-only.html");
    }

    @Test
    void findsALinkAlreadyInTheVaultWithoutFetchingIt() throws Exception {
        Path existing = Path.of("src/test/resources/fixtures/seed-recipe.md");
        recipes.add(RecipeParser.parse("Plats/Pork.md", Files.readAllBytes(existing)).recipe());

        ImportOutcome outcome = importer.save("https://instagram.com/reel/DQDuWQZAaoP");

        assertThat(outcome.status()).isEqualTo(ImportOutcome.Status.ALREADY_THERE);
        assertThat(outcome.file()).isEqualTo("Plats/Pork.md");
        assertThat(site.asked()).isEmpty();
    }

    @Test
    void reportsAPageWithoutARecipeAndWritesNothing() throws Exception {
        ImportOutcome outcome = importer.save(site.url("no-recipe.html"));

        assertThat(outcome.status()).isEqualTo(ImportOutcome.Status.FAILED);
        assertThat(outcome.error().getMessage()).isEqualTo(site.url("no-recipe.html") + ": no recipe found on this page");
        assertThat(Files.exists(vault.resolve("Imports"))).isFalse();
    }

    @Test
    void reportsWhatIsNotHtmlAndAMissingPage() {
        assertThat(importer.save(site.url("file.pdf")).error().reason()).isEqualTo(ImportException.Reason.NOT_HTML);
        assertThat(importer.save(site.url("missing.html")).error().getMessage())
                .isEqualTo(site.url("missing.html") + ": the site answered HTTP 404");
    }

    @Test
    void refusesTheLocalSiteWithoutTheSetting() {
        Settings.Import strict = new Settings.Import("Imports", 5 * 1024 * 1024, Duration.ofSeconds(5), false, List.of());
        RecipeImporter careful = RecipeImporter.of(vault, strict, List::of, HostResolver.SYSTEM, CLOCK);

        ImportOutcome outcome = careful.save(site.url("graph-yoast.html").replace("127.0.0.1", "localhost"));

        assertThat(outcome.error().reason()).isEqualTo(ImportException.Reason.REFUSED_ADDRESS);
        assertThat(site.asked()).isEmpty();
    }
}
