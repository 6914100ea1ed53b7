package dev.commis.kitchen;

import dev.commis.text.Language;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Writes a measure as a cook does: "4 kg", "1,5 kg" in a line that writes commas, "1 ½ cups",
 * "¾ tsp", "2-3", "2 pincées"; a number, one space, the unit. The cook's own spelling of a unit
 * ("Tbsp", "c. à s.") is kept when it still fits the amount.
 */
final class Writer {

    private static final String GLYPHS = "⅛¼⅓⅜½⅝⅔¾⅞";
    private static final double[] GLYPH_VALUES = {1 / 8.0, 1 / 4.0, 1 / 3.0, 3 / 8.0, 1 / 2.0, 5 / 8.0, 2 / 3.0,
        3 / 4.0, 7 / 8.0};

    private final Language language;
    private final char decimalMark;

    Writer(Language language, char decimalMark) {
        this.language = language;
        this.decimalMark = decimalMark;
    }

    /**
     * {@code measure} as text.
     *
     * @param written   the unit as the line wrote it, or {@code null}
     * @param rangeMark what separates a range's ends as the line wrote it, or "" for the default "-"
     */
    String write(Measure measure, Spelling.Written written, String rangeMark) {
        Amount amount = measure.amount();
        boolean fractions = measure.unit().fractions();
        String mark = rangeMark.isEmpty() ? "-" : rangeMark;
        String number = amount.isRange()
                ? number(amount.low(), fractions) + mark + number(amount.high(), fractions)
                : number(amount.high(), fractions);
        if (measure.unit() == Unit.EACH) {
            return number;
        }
        return number + " " + unit(measure, written);
    }

    private String unit(Measure measure, Spelling.Written written) {
        double high = measure.amount().high();
        // French counts from two ("1,5 kilo"), English from anything above one ("1 ½ cups").
        boolean plural = language == Language.FR ? high >= 2 : high > 1;
        Spelling spelling = written == null
                ? Spelling.canonical(measure.unit(), language)
                : written.spelling().toward(measure.unit(), language);
        if (written != null && spelling == written.spelling() && spelling.isForm(written.text(), plural)) {
            return written.text();
        }
        return spelling.form(plural);
    }

    private String number(double value, boolean fractions) {
        if (fractions) {
            double whole = Math.floor(value + 1e-9);
            double rest = value - whole;
            if (rest < 0.01) {
                return decimal(whole);
            }
            for (int i = 0; i < GLYPH_VALUES.length; i++) {
                if (Math.abs(rest - GLYPH_VALUES[i]) < 0.01) {
                    String glyph = String.valueOf(GLYPHS.charAt(i));
                    return whole == 0 ? glyph : decimal(whole) + " " + glyph;
                }
            }
        }
        return decimal(value);
    }

    private String decimal(double value) {
        String text = BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
        return decimalMark == '.' ? text : text.replace('.', decimalMark);
    }
}
