package dev.commis.text;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Folds text for comparison: lower case, accents removed, ligatures spelled out, so that
 * "Étapes", "etapes" and "ÉTAPES" compare equal and "Bœuf" matches "boeuf".
 */
public final class Folding {

    private Folding() {
    }

    /** Returns {@code text} in lower case without diacritics; {@code null} folds to "". */
    public static String fold(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        if (isPlainAscii(text)) {
            return text.toLowerCase(Locale.ROOT);
        }
        String spelled = text.replace("œ", "oe").replace("Œ", "OE").replace("æ", "ae").replace("Æ", "AE")
                .replace("ß", "ss");
        String decomposed = Normalizer.normalize(spelled, Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (Character.getType(c) != Character.NON_SPACING_MARK) {
                out.append(c);
            }
        }
        return out.toString().toLowerCase(Locale.ROOT);
    }

    /**
     * Folds {@code text} into a key: folded, with every run of characters other than letters and
     * digits turned into one {@code _}, trimmed of {@code _} at both ends ("Temps de préparation"
     * becomes {@code temps_de_preparation}).
     */
    public static String key(String text) {
        String folded = fold(text);
        StringBuilder out = new StringBuilder(folded.length());
        boolean pendingSeparator = false;
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                if (pendingSeparator && out.length() > 0) {
                    out.append('_');
                }
                out.append(c);
                pendingSeparator = false;
            } else {
                pendingSeparator = true;
            }
        }
        return out.toString();
    }

    private static boolean isPlainAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }
}
