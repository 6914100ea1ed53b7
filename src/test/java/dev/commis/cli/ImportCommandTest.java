package dev.commis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.commis.Commis;
import dev.commis.importer.RecipeSite;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code commis import}: its lines, its JSON and its exit codes, run in-process against a local site. */
class ImportCommandTest {

    @TempDir
    Path dir;

    private RecipeSite site;
    private Path vault;
    private Path config;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeEach
    void open() throws Exception {
        site = new RecipeSite();
        vault = Files.createDirectories(dir.resolve("vault"));
        config = dir.resolve("commis.yaml");
        Files.writeString(config, "vault: " + vault + "\nimport:\n  folder: Web/Imports\n  allow_private_addresses: true\n");
    }

    @AfterEach
    void close() {
        site.close();
    }

    private int run(String... args) {
        CommandLine commandLine = Commis.commandLine(Map.of());
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        List<String> all = new ArrayList<>(List.of("--config", config.toString(), "import"));
        all.addAll(List.of(args));
        return commandLine.execute(all.toArray(String[]::new));
    }

    @Test
    void printsOneLinePerLinkAndExitsZeroWhenAllWereSavedOrThere() {
        String soup = site.url("graph-yoast.html");

        int code = run(soup, soup + "?utm_medium=email");

        assertThat(code).isZero();
        assertThat(out.toString().lines()).containsExactly(
                soup + ": saved as Web/Imports/Weeknight Lentil Soup.md",
                soup + "?utm_medium=email: already in the vault as Web/Imports/Weeknight Lentil Soup.md");
        assertThat(vault.resolve("Web/Imports/Weeknight Lentil Soup.md")).exists();
    }

    @Test
    void seesWhatAnEarlierRunSavedAndExitsOneWhenALinkFails() throws Exception {
        String loaf = site.url("microdata-only.html");
        assertThat(run(loaf)).isZero();
        out.getBuffer().setLength(0);

        int code = run("--json", loaf, site.url("no-recipe.html"), site.url("sections-array.html"));

        assertThat(code).isEqualTo(1);
        JsonNode json = new ObjectMapper().readTree(out.toString());
        assertThat(out.toString().strip().lines()).as("exactly one object").hasSize(1);
        assertThat(json.fieldNames()).toIterable().containsExactly("saved", "skipped", "errors");
        assertThat(json.get("saved")).singleElement().satisfies(saved -> {
            assertThat(saved.get("url").asText()).isEqualTo(site.url("sections-array.html"));
            assertThat(saved.get("file").asText()).isEqualTo("Web/Imports/Big Batch Chili for a Crowd.md");
            assertThat(saved.get("title").asText()).isEqualTo("Big Batch Chili for a Crowd");
        });
        assertThat(json.get("skipped")).singleElement().satisfies(skipped -> {
            assertThat(skipped.get("url").asText()).isEqualTo(loaf);
            assertThat(skipped.get("file").asText()).isEqualTo("Web/Imports/Seeded Rye Loaf.md");
            assertThat(skipped.get("reason").asText()).isEqualTo("already in the vault");
        });
        assertThat(json.get("errors")).singleElement().satisfies(error -> {
            assertThat(error.get("url").asText()).isEqualTo(site.url("no-recipe.html"));
            assertThat(error.get("message").asText()).isEqualTo(site.url("no-recipe.html") + ": no recipe found on this page");
        });
    }

    @Test
    void readsTheVaultWithTheRecipeSizeLimitTheBotUses() throws Exception {
        String soup = site.url("graph-yoast.html");
        // A recipe over the default limit (1 MB) but under this vault's own (2 MB): the bot reads it,
        // so import must too, and find the link there rather than save the page a second time.
        Files.writeString(config, "max_recipe_size: 2 MB\n", java.nio.file.StandardOpenOption.APPEND);
        String notes = "Long notes, kept on purpose.\n".repeat(55_000);
        Files.writeString(vault.resolve("Big soup.md"), "---\nsource: " + soup + "\n---\n# Big soup\n\n"
                + "## Ingredients\n\n- 1 l stock\n\n## Steps\n\n1. Heat.\n\n## Notes\n\n" + notes);
        assertThat(Files.size(vault.resolve("Big soup.md"))).isBetween(1L << 20, 2L << 20);

        int code = run(soup);

        assertThat(code).isZero();
        assertThat(out.toString().lines()).containsExactly(soup + ": already in the vault as Big soup.md");
        assertThat(vault.resolve("Web/Imports")).doesNotExist();
    }

    @Test
    void exitsTwoOnAUsageError() {
        assertThat(run()).as("no link").isEqualTo(2);
        assertThat(run("--vault", dir.resolve("none").toString(), site.url("graph-yoast.html"))).isEqualTo(2);
        assertThat(err.toString()).contains("there is no vault folder at");
    }
}
