package dev.commis.kitchen;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads one number as cooks write it: {@code 2}, {@code 1,5}, {@code 0.5}, {@code ½}, {@code 1½},
 * {@code 1 ½}, {@code 1/2}, {@code 1 1/2}, and small numbers in words ({@code une}, {@code two}).
 */
final class Numbers {

    /** A number found in a line: its value, where it ends, and the decimal mark it used (0 for none). */
    record Read(double value, int end, char decimalMark) {
    }

    static final String GLYPHS = "½¼¾⅓⅔⅛⅜⅝⅞⅕⅖⅗⅘⅙⅚";
    private static final double[] GLYPH_VALUES = {1 / 2.0, 1 / 4.0, 3 / 4.0, 1 / 3.0, 2 / 3.0, 1 / 8.0, 3 / 8.0,
        5 / 8.0, 7 / 8.0, 1 / 5.0, 2 / 5.0, 3 / 5.0, 4 / 5.0, 1 / 6.0, 5 / 6.0};

    // Order matters: a whole number followed by a fraction is one number ("1 ½", "1 1/2"), not two.
    private static final Pattern NUMBER = Pattern.compile(
            "(\\d{1,6}) ?([" + GLYPHS + "])"
                    + "|(\\d{1,6}) (\\d{1,6})[/⁄](\\d{1,6})"
                    + "|(\\d{1,6})[/⁄](\\d{1,6})"
                    + "|([" + GLYPHS + "])"
                    + "|(\\d{1,6})(?:([.,])(\\d{1,6}))?");

    private static final Map<String, Integer> WORDS = Map.ofEntries(
            Map.entry("un", 1), Map.entry("une", 1), Map.entry("deux", 2), Map.entry("trois", 3),
            Map.entry("quatre", 4), Map.entry("cinq", 5), Map.entry("six", 6), Map.entry("sept", 7),
            Map.entry("huit", 8), Map.entry("neuf", 9), Map.entry("dix", 10), Map.entry("douze", 12),
            Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4),
            Map.entry("five", 5), Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9),
            Map.entry("ten", 10), Map.entry("twelve", 12));
    private static final Pattern WORD = Pattern.compile("\\p{L}+");

    private Numbers() {
    }

    /** The number written in digits or fraction glyphs at {@code from}, if any. */
    static Optional<Read> digits(String text, int from) {
        Matcher m = NUMBER.matcher(text).region(from, text.length());
        if (!m.lookingAt()) {
            return Optional.empty();
        }
        double value;
        char mark = 0;
        if (m.group(1) != null) {
            value = Integer.parseInt(m.group(1)) + glyph(m.group(2));
        } else if (m.group(3) != null) {
            value = Integer.parseInt(m.group(3)) + fraction(m.group(4), m.group(5));
        } else if (m.group(6) != null) {
            value = fraction(m.group(6), m.group(7));
        } else if (m.group(8) != null) {
            value = glyph(m.group(8));
        } else {
            mark = m.group(10) == null ? 0 : m.group(10).charAt(0);
            value = Double.parseDouble(m.group(9) + (mark == 0 ? "" : "." + m.group(11)));
        }
        if (!(value > 0) || Double.isInfinite(value)) {
            return Optional.empty();
        }
        return Optional.of(new Read(value, m.end(), mark));
    }

    /** The small number written as a word at {@code from} ("une", "two"), if any. */
    static Optional<Read> word(String text, int from) {
        Matcher m = WORD.matcher(text).region(from, text.length());
        if (!m.lookingAt()) {
            return Optional.empty();
        }
        Integer value = WORDS.get(m.group().toLowerCase(Locale.ROOT));
        return value == null ? Optional.empty() : Optional.of(new Read(value, m.end(), (char) 0));
    }

    /** A number in digits, else in words. */
    static Optional<Read> any(String text, int from) {
        Optional<Read> read = digits(text, from);
        return read.isPresent() ? read : word(text, from);
    }

    private static double glyph(String glyph) {
        return GLYPH_VALUES[GLYPHS.indexOf(glyph.charAt(0))];
    }

    private static double fraction(String numerator, String denominator) {
        int den = Integer.parseInt(denominator);
        return den == 0 ? Double.NaN : Integer.parseInt(numerator) / (double) den;
    }
}
