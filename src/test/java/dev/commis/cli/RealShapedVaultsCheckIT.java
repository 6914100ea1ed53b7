package dev.commis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** {@code commis check}, run from the jar, on vaults shaped like real collections (src/test/resources/vaults). */
class RealShapedVaultsCheckIT {

    private static final String VAULTS = "src/test/resources/vaults/";

    @ParameterizedTest(name = "{0}")
    @CsvSource({"hugo, 11", "jekyll, 12", "webclipper, 9", "mkdocs, 9", "exports, 5"})
    void loadsEveryRecipeWithoutAnError(String kind, int recipes) throws Exception {
        CommisJar.Run run = CommisJar.run("check", "--vault", VAULTS + kind);
        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
        assertThat(run.out().lines().findFirst().orElseThrow())
                .contains(recipes + " recipes loaded from " + recipes + " files").contains("0 errors");
    }

    @Test
    void loadsAVaultWithBrokenFrontMatterAndStillExitsOne() throws Exception {
        CommisJar.Run run = CommisJar.run("check", "--vault", VAULTS + "obsidian");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("16 recipes loaded from 16 files").contains("1 error")
                .contains("error   Broken beyond repair.md:3: loaded without its front matter: "
                        + "the front matter is not valid YAML: a list opened with '[' is not closed")
                .contains("warning Broken tabs.md:2: the front matter was read despite a tab after 'title:'")
                .contains("warning Pancakes.md:7: the front matter has the key 'servings' twice");
    }

    @Test
    void reportsTheSameInJson() throws Exception {
        CommisJar.Run run = CommisJar.run("check", "--vault", VAULTS + "obsidian", "--json");
        assertThat(run.exitCode()).isEqualTo(1);
        JsonNode report = new ObjectMapper().readTree(run.out());
        assertThat(report.get("recipes").asInt()).isEqualTo(16);
        assertThat(report.get("errors")).singleElement().satisfies(error -> {
            assertThat(error.get("file").asText()).isEqualTo("Broken beyond repair.md");
            assertThat(error.get("line").asInt()).isEqualTo(3);
            assertThat(error.get("message").asText()).startsWith("loaded without its front matter: ");
        });
    }
}
