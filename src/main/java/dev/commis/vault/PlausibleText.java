package dev.commis.vault;

/**
 * Which characters a mended run of French or English text may hold: Latin letters (with their
 * accents, œ, æ, combining accents of decomposed text), typographic punctuation and spaces,
 * currency, fractions, arrows, math and other symbols, and emoji. Greek, Cyrillic, Armenian,
 * Hebrew, the rarer Latin blocks, CJK, private use and control characters are not: a "repair"
 * that yields them was valid text read the wrong way.
 */
final class PlausibleText {

    private PlausibleText() {
    }

    /** Whether every character of {@code mended} is one French or English text uses. */
    static boolean isPlausible(String mended) {
        return mended.codePoints().allMatch(PlausibleText::isPlausible);
    }

    static boolean isPlausible(int cp) {
        if (cp < 0x80) {
            return cp >= 0x20 || cp == '\t' || cp == '\n' || cp == '\r';
        }
        return cp >= 0xA0 && cp <= 0x17F // Latin-1 letters and signs, Latin Extended-A (œ, Œ, ł, š ...)
                || cp >= 0x2B0 && cp <= 0x2FF // modifier letters and accents: ʼ ˆ ˚, the ʳ of "1ʳᵉ"
                || cp >= 0x300 && cp <= 0x30C || cp == 0x327 || cp == 0x328 // accents of decomposed (NFD) text
                || cp >= 0x1D2C && cp <= 0x1D6A // superscript letters: the ᵉ of "XIXᵉ"
                || cp >= 0x2000 && cp <= 0x206F && cp != 0x2028 && cp != 0x2029 // ’ “ ” – — … narrow no-break space
                || cp >= 0x20A0 && cp <= 0x20CF // currency
                || cp >= 0x2100 && cp <= 0x27BF // letterlike, ⅓, arrows, math, technical (⏲), shapes, symbols, dingbats
                || cp >= 0x2B00 && cp <= 0x2BFF // arrows and stars (⭐)
                || cp >= 0xFE00 && cp <= 0xFE0F // emoji presentation selectors
                || cp >= 0x1F000 && cp <= 0x1FAFF; // emoji
    }
}
