package dev.commis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.commis.importer.RecipeSite;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code java -jar target/commis.jar import} against a recipe site on 127.0.0.1. */
class ImportIT {

    @TempDir
    Path dir;

    @Test
    void importsLinksIntoTheVaultAndReportsEachAsJson() throws Exception {
        Path vault = Files.createDirectories(dir.resolve("vault"));
        Path config = dir.resolve("commis.yaml");
        Files.writeString(config, "import:\n  allow_private_addresses: true\n");
        try (RecipeSite site = new RecipeSite()) {
            String tarte = site.url("tarte-francaise.html");

            CommisJar.Run first = CommisJar.run("--config", config.toString(), "import", "--vault", vault.toString(), tarte);
            CommisJar.Run second = CommisJar.run("--config", config.toString(), "import", "--vault", vault.toString(),
                    "--json", tarte + "/", site.url("file.pdf"));

            assertThat(first.exitCode()).as(first.err()).isZero();
            assertThat(first.out()).isEqualTo(tarte + ": saved as Imports/Tarte fine aux pommes.md" + System.lineSeparator());
            assertThat(Files.readString(vault.resolve("Imports/Tarte fine aux pommes.md")))
                    .contains("portions: 6\n", "# Tarte fine aux pommes\n", "**Pour la pâte**\n", "1. Sablez la farine");
            assertThat(second.exitCode()).isEqualTo(1);
            JsonNode json = new ObjectMapper().readTree(second.out());
            assertThat(json.get("saved")).isEmpty();
            assertThat(json.get("skipped").get(0).get("file").asText()).isEqualTo("Imports/Tarte fine aux pommes.md");
            assertThat(json.get("errors").get(0).get("message").asText())
                    .isEqualTo(site.url("file.pdf") + ": not a web page (content type application/pdf)");
        }
    }

    @Test
    void refusesALocalAddressByDefault() throws Exception {
        Path vault = Files.createDirectories(dir.resolve("vault"));
        try (RecipeSite site = new RecipeSite()) {
            String local = site.url("graph-yoast.html").replace("127.0.0.1", "localhost");

            CommisJar.Run run = CommisJar.run("import", "--vault", vault.toString(), local);

            assertThat(run.exitCode()).isEqualTo(1);
            assertThat(run.out()).startsWith("error: " + local + ": refused: localhost (loopback address");
            assertThat(site.asked()).isEmpty();
        }
    }
}
