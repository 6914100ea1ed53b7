package dev.commis.vault;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Valid French and English typography is never changed, and the same text damaged by the usual
 * wrong decodings (once or twice) is given back exactly.
 */
class MojibakeTest {

    private static final Charset MAC_ROMAN = Charset.forName("x-MacRoman");
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /** The corpus, and each line again with the no-break and narrow no-break spaces French typography puts before ;:!?». */
    static List<String> typography() throws IOException {
        List<String> lines = new ArrayList<>();
        for (String line : corpus()) {
            lines.add(line);
            lines.add(frenchSpaces(line, '\u00A0'));
            lines.add(frenchSpaces(line, '\u202F'));
            lines.add(line.toUpperCase(Locale.FRENCH));
        }
        return lines;
    }

    private static List<String> corpus() throws IOException {
        try (InputStream in = MojibakeTest.class.getResourceAsStream("/typography/french-english.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }
    }

    private static String frenchSpaces(String line, char space) {
        return line.replaceAll(" ([;:!?»])", space + "$1").replace("« ", "«" + space);
    }

    @Test
    void neverChangesValidFrenchOrEnglishTypography() throws IOException {
        List<String> lines = typography();
        assertThat(lines).hasSizeGreaterThan(800);
        for (String line : lines) {
            RecipeText.Decoded decoded = decode(line);
            assertThat(decoded.text()).as("valid text changed").isEqualTo(line);
            assertThat(decoded.repairs()).as("repair advised for %s", line).isEmpty();
        }
        String whole = String.join("\n", lines);
        assertThat(decode(whole).text()).isEqualTo(whole);
    }

    @ParameterizedTest
    @ValueSource(strings = {"jusqu’à", "l’été", "Faites chauffer jusqu’à frémissement, puis c’est l’été.",
        "« à » et «à»", "é »", "Il m’a dit : « Ôte ça ! »", "d’œufs — …à", "qu’ŒUF"})
    void keepsApostrophesAndQuotesNextToAccentsAsWritten(String text) {
        // Before: "jusqu’à" became "jusquՈ" and "l’été" "lՎté" (Mac Roman bytes of Armenian letters).
        assertThat(Mojibake.repair(text)).isEmpty();
    }

    @Test
    void repairsTextDamagedOnceOrTwiceByEveryUsualWrongDecoding() throws IOException {
        List<UnaryOperator<String>> damages = List.of(
                text -> misread(text, WINDOWS_1252), text -> misread(text, MAC_ROMAN),
                text -> misread(text, StandardCharsets.ISO_8859_1));
        int checked = 0;
        for (String line : corpus()) {
            if (line.chars().allMatch(c -> c < 0x80)) {
                continue;
            }
            for (UnaryOperator<String> damage : damages) {
                String once = damage.apply(line);
                assertThat(decode(once).text()).as("once: %s", once).isEqualTo(line);
                String twice = damage.apply(once);
                assertThat(decode(twice).text()).as("twice: %s", twice).isEqualTo(line);
                checked += 2;
            }
        }
        assertThat(checked).isGreaterThan(1000);
    }

    @Test
    void advisesSavingOnlyWhenEveryDamagedPlaceWasRepaired() throws RecipeFormatException {
        String damaged = misread("Crème brûlée à l’orange, façon « grand-mère ».", WINDOWS_1252);
        assertThat(decode(damaged).repairs()).singleElement().asString()
                .contains("Windows-1252").contains("save the file to keep the repair");

        // One place mended, one that looks damaged but does not reverse: the user checks by hand.
        RecipeText.Decoded partly = decode(damaged + " â€ x");
        assertThat(partly.text()).startsWith("Crème brûlée à l’orange");
        assertThat(partly.repairs()).singleElement().asString().contains("check the file")
                .doesNotContain("save the file");
    }

    @Test
    void passesCleanTextWithoutLookingFurther() {
        assertThat(Mojibake.mayBeDamaged("Crème brûlée à l'orange : préchauffer le four à 180 °C.")).isFalse();
        assertThat(Mojibake.mayBeDamaged("Bake 25–30 minutes at 350°F; cool for ½ hour.")).isFalse();
        assertThat(Mojibake.mayBeDamaged("CrÃ¨me")).isTrue();
        assertThat(Mojibake.mayBeDamaged("Cr√®me")).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"UTF-16LE", "UTF-16BE"})
    void readsUtf16WithAByteOrderMark(String charset) throws RecipeFormatException {
        String text = "---\ntitle: Crème brûlée 🍮\n---\n# Crème brûlée\r\n\r\nL’été, « à point ».\n";
        byte[] body = text.getBytes(Charset.forName(charset));
        byte[] bytes = new byte[body.length + 2];
        bytes[0] = (byte) (charset.endsWith("LE") ? 0xFF : 0xFE);
        bytes[1] = (byte) (charset.endsWith("LE") ? 0xFE : 0xFF);
        System.arraycopy(body, 0, bytes, 2, body.length);

        RecipeText.Decoded decoded = RecipeText.decode(bytes);

        assertThat(decoded.text()).isEqualTo(text.replace("\r\n", "\n"));
        assertThat(decoded.repairs()).isEmpty();
    }

    private static RecipeText.Decoded decode(String text) {
        try {
            return RecipeText.decode(text.getBytes(StandardCharsets.UTF_8));
        } catch (RecipeFormatException e) {
            throw new AssertionError(e);
        }
    }

    /** The UTF-8 bytes of {@code text} decoded as {@code charset}; bytes it leaves undefined pass through as C1 controls, as sloppy decoders do. */
    private static String misread(String text, Charset charset) {
        StringBuilder out = new StringBuilder();
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            String c = new String(new byte[] {b}, charset);
            out.append(c.equals("\uFFFD") ? String.valueOf((char) (b & 0xFF)) : c);
        }
        return out.toString();
    }
}
