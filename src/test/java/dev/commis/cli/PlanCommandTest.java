package dev.commis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.commis.Commis;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code commis plan}, run in-process over a small vault of our own whose titles hold a "+". */
class PlanCommandTest {

    private static final String VAULT = "src/test/resources/plus-titles";

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        picocli.CommandLine commandLine = Commis.commandLine(Map.of());
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(args);
    }

    @Test
    void aTitleWithAPlusIsOneRecipeOfAJointPlan() {
        assertThat(run("plan", "--vault", VAULT, "--json", "--ready-at", "20:00", "mac + cheese + salade verte")).isZero();
        assertThat(out.toString()).contains("\"recipe\":\"Mac + Cheese\"").contains("\"recipe\":\"Salade verte\"");
        assertThat(err.toString()).as("not read as mac, cheese and salade verte").doesNotContain("again");
    }

    @Test
    void unTitreAvecUnPlusSeulEstUneRecette() {
        assertThat(run("plan", "--vault", VAULT, "riz", "+", "lentilles", "à", "la", "libanaise")).isZero();
        assertThat(out.toString()).startsWith("Riz + lentilles à la libanaise\nStep 1 — Lentilles: 15 min");
        assertThat(err.toString()).isEmpty();
    }
}
