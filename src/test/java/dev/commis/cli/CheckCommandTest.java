package dev.commis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.commis.Commis;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code commis check}: its exit codes, its text and its JSON, run in-process. */
class CheckCommandTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine commandLine = Commis.commandLine(Map.of());
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(args);
    }

    private void write(String path, String content) throws IOException {
        Path file = dir.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }

    private void copyFixture(String name, String path) throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/fixtures/" + name)) {
            Path file = dir.resolve(path);
            Files.createDirectories(file.getParent());
            Files.write(file, in.readAllBytes());
        }
    }

    @Test
    void exitsZeroWhenEveryRecipeLoads() throws IOException {
        copyFixture("seed-recipe.md", "plats/seed.md");
        write("notes.txt", "not a recipe");
        assertThat(run("check", "--vault", dir.toString())).isZero();
        assertThat(out.toString()).startsWith(dir + ": 1 recipe loaded from 1 file; 1 other file skipped, 1 repaired, 0 errors, 1 warning (")
                .contains("warning plats/seed.md: repaired text");
    }

    @Test
    void exitsOneWhenAFileFailsAndNamesItsLine() throws IOException {
        copyFixture("seed-recipe.md", "plats/seed.md");
        copyFixture("broken-yaml.md", "desserts/tarte.md");
        assertThat(run("check", "--vault", dir.toString())).isEqualTo(1);
        // Issue 9: a front matter that cannot be read no longer loses the recipe, but is still an error.
        assertThat(out.toString()).contains("2 recipes loaded from 2 files").contains("1 error")
                .containsPattern("error   desserts/tarte\\.md:5: loaded without its front matter: the front matter is not valid YAML");
    }

    @Test
    void exitsTwoOnAMissingFolder() {
        assertThat(run("check", "--vault", dir.resolve("nope").toString())).isEqualTo(2);
        assertThat(err.toString()).contains("there is no vault folder at '" + dir.resolve("nope") + "'");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void exitsTwoOnAnUnknownOption() {
        assertThat(run("check", "--vualt", "x")).isEqualTo(2);
        assertThat(err.toString()).containsPattern("Unknown options?: '--vualt'").contains("Usage: commis check");
    }

    @Test
    void exitsTwoOnBadSettings() throws IOException {
        write("bad.yaml", "lang: de\n");
        assertThat(run("--config", dir.resolve("bad.yaml").toString(), "check")).isEqualTo(2);
        assertThat(err.toString()).contains("key 'lang' has value 'de'");
    }

    @Test
    void printsOneJsonObjectOfTheDocumentedShape() throws IOException {
        copyFixture("seed-recipe.md", "plats/seed.md");
        copyFixture("broken-yaml.md", "desserts/tarte.md");
        copyFixture("bad-values.md", "bad.md");
        assertThat(run("check", "--vault", dir.toString(), "--json")).isEqualTo(1);
        JsonNode report = new ObjectMapper().readTree(out.toString());
        assertThat(report.fieldNames()).toIterable().containsExactly("recipes", "files", "errors", "warnings", "repaired");
        assertThat(report.get("recipes").asInt()).as("the broken file loads from its body").isEqualTo(3);
        assertThat(report.get("files").asInt()).isEqualTo(3);
        assertThat(report.get("errors")).hasSize(1);
        JsonNode error = report.get("errors").get(0);
        assertThat(error.fieldNames()).toIterable().containsExactly("file", "line", "message");
        assertThat(error.get("file").asText()).isEqualTo("desserts/tarte.md");
        assertThat(error.get("line").isInt()).isTrue();
        assertThat(report.get("warnings")).as("the broken file, now loaded, has no steps").hasSize(5);
        assertThat(report.get("warnings").get(0).get("line").isNull()).isTrue();
        assertThat(report.get("repaired")).extracting(JsonNode::asText).isEqualTo(List.of("plats/seed.md"));
    }

    @Test
    void escapesControlCharactersInFileNamesSoNoLineIsForged() throws IOException {
        write("plats/ok.md", "# Ok\n\n## Ingrédients\n\n- eau\n\n## Étapes\n\n1. Bouillir.\n");
        write("plats/x\nerror   plats/forged.md: \u001b[31mfake\u202e.md", "---\ntitle: [broken\n---\n# X\n");
        assertThat(run("check", "--vault", dir.toString())).isEqualTo(1);
        List<String> lines = out.toString().lines().toList();
        String escaped = "plats/x\\nerror   plats/forged.md: \\u001b[31mfake\\u202e.md:";
        // The summary, then one line per problem of the strange file (it loads from its body, a page without
        // ingredients or steps), each naming it escaped.
        assertThat(lines).hasSize(3);
        assertThat(lines.get(1)).startsWith("error   " + escaped);
        assertThat(lines.get(2)).startsWith("warning " + escaped);
        assertThat(out.toString()).doesNotContain("\u001b").doesNotContain("\u202e");
    }

    @Test
    void warnsOfAFileOverTheConfiguredSizeLimit() throws IOException {
        write("vault/ok.md", "# Ok\n\n## Ingrédients\n\n- eau\n\n## Étapes\n\n1. Bouillir.\n");
        write("vault/huge.md", "# Huge\n\n" + "- sel\n".repeat(1000));
        Path config = dir.resolve("commis.yaml");
        Files.writeString(config, "max_recipe_size: 2 KB\n");
        assertThat(run("--config", config.toString(), "check", "--vault", dir.resolve("vault").toString())).isZero();
        assertThat(out.toString()).contains("1 recipe loaded from 2 files")
                .contains("warning huge.md: is 5 KB, larger than a recipe file may be (2 KB, setting max_recipe_size);"
                        + " it was skipped: split it, or raise the limit");
    }
}
