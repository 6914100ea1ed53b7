package dev.commis.kitchen;

import dev.commis.text.Folding;
import dev.commis.text.Language;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One way of writing a unit, with the forms Commis writes back ("cup"/"cups", "c. à soupe").
 * The first spelling of a unit in each language is the one conversions write. Spoons come in
 * families (tsp/tbsp, cc/cs, c. à café/c. à soupe ...) so that half a tablespoon becomes
 * teaspoons in the same hand.
 */
enum Spelling {
    G(Unit.G, null, "g", "g", "g|gr\\.?|grams?|grammes?", ""),
    KG(Unit.KG, null, "kg", "kg", "kgs?|kilos?|kilograms?|kilogrammes?", ""),
    MG(Unit.MG, null, "mg", "mg", "mg|milligrams?|milligrammes?", ""),
    ML(Unit.ML, null, "ml", "ml", "ml|millilit(?:re|er)s?", ""),
    CL(Unit.CL, null, "cl", "cl", "cl|centilit(?:re|er)s?", ""),
    DL(Unit.DL, null, "dl", "dl", "dl|d[eé]cilit(?:re|er)s?", ""),
    L(Unit.L, null, "l", "l", "l|lt|lit(?:re|er)s?", ""),
    FL_OZ(Unit.FL_OZ, null, "fl oz", "fl oz", "fl\\.?\\s?oz\\.?|fluid\\s+ounces?", ""),
    OZ(Unit.OZ, null, "oz", "oz", "oz\\.?|ounces?", ""),
    LB(Unit.LB, null, "lb", "lb", "lbs?\\.?|pounds?", ""),
    CUP(Unit.CUP, Language.EN, "cup", "cups", "cups?", ""),
    TASSE(Unit.CUP, Language.FR, "tasse", "tasses", "tasses?", ""),
    PINT(Unit.PINT, null, "pint", "pints", "pints?", ""),
    QUART(Unit.QUART, null, "quart", "quarts", "quarts?|qts?\\.?", ""),
    TSP(Unit.TSP, Language.EN, "tsp", "tsp", "tsps?\\.?|tspn\\.?", "tsp"),
    TBSP(Unit.TBSP, Language.EN, "tbsp", "tbsp", "tbsps?\\.?|tbs\\.?|tbl\\.?|tbls\\.?", "tsp"),
    TEASPOON(Unit.TSP, Language.EN, "teaspoon", "teaspoons", "teaspoons?|teaspoonfuls?", "spoon"),
    TABLESPOON(Unit.TBSP, Language.EN, "tablespoon", "tablespoons", "tablespoons?|tablespoonfuls?", "spoon"),
    C_A_CAFE(Unit.TSP, Language.FR, "c. à café", "c. à café",
            "(?:c|cuil)\\.?\\s?[àa]\\s?(?:caf[eé]|th[eé])", "c."),
    C_A_SOUPE(Unit.TBSP, Language.FR, "c. à soupe", "c. à soupe", "(?:c|cuil)\\.?\\s?[àa]\\s?soupe", "c."),
    C_A_C(Unit.TSP, Language.FR, "c. à c.", "c. à c.", "c\\.?\\s?[àa]\\.?\\s?c\\.?", "c.c."),
    C_A_S(Unit.TBSP, Language.FR, "c. à s.", "c. à s.", "c\\.?\\s?[àa]\\.?\\s?s\\.?", "c.c."),
    CC(Unit.TSP, Language.FR, "cc", "cc", "cc", "cc"),
    CS(Unit.TBSP, Language.FR, "cs", "cs", "cs", "cc"),
    CUILLERE_A_CAFE(Unit.TSP, Language.FR, "cuillère à café", "cuillères à café",
            "cuill[eè]r[eé]e?s?\\s+[àa]\\s+(?:caf[eé]|th[eé])", "cuillère"),
    CUILLERE_A_SOUPE(Unit.TBSP, Language.FR, "cuillère à soupe", "cuillères à soupe",
            "cuill[eè]r[eé]e?s?\\s+[àa]\\s+soupe", "cuillère"),
    PINCH(Unit.PINCH, Language.EN, "pinch", "pinches", "pinch(?:es)?", ""),
    PINCEE(Unit.PINCH, Language.FR, "pincée", "pincées", "pinc[eé]es?", ""),
    HANDFUL(Unit.HANDFUL, Language.EN, "handful", "handfuls", "handfuls?", ""),
    POIGNEE(Unit.HANDFUL, Language.FR, "poignée", "poignées", "poign[eé]es?", ""),
    BUNCH(Unit.BUNCH, Language.EN, "bunch", "bunches", "bunch(?:es)?", ""),
    BOTTE(Unit.BUNCH, Language.FR, "botte", "bottes", "bottes?", "");

    /** A unit as it was found in a line: which spelling, and the exact text. */
    record Written(Spelling spelling, String text) {
    }

    private final Unit unit;
    private final Language language;
    private final String singular;
    private final String plural;
    private final Pattern pattern;
    private final String family;

    Spelling(Unit unit, Language language, String singular, String plural, String regex, String family) {
        this.unit = unit;
        this.language = language;
        this.singular = singular;
        this.plural = plural;
        // A unit ends where the word ends: "1 large onion" holds no litre, "3cm" no c.
        this.pattern = Pattern.compile("(?:" + regex + ")(?![\\p{L}\\p{N}])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        this.family = family;
    }

    Unit unit() {
        return unit;
    }

    /** The language this spelling belongs to, or {@code null} for symbols every language uses. */
    Language language() {
        return language;
    }

    /** The longest unit written at {@code from} in {@code text}, with where it ends. */
    static Optional<Match> read(String text, int from) {
        Match best = null;
        for (Spelling spelling : values()) {
            Matcher m = spelling.pattern.matcher(text).region(from, text.length());
            if (m.lookingAt() && (best == null || m.end() > best.end())) {
                best = new Match(new Written(spelling, m.group()), m.end());
            }
        }
        return Optional.ofNullable(best);
    }

    /** A unit found by {@link #read}, and the index just after it. */
    record Match(Written written, int end) {
    }

    /** How this spelling writes one ({@code plural} false) or several of its unit. */
    String form(boolean plural) {
        return plural ? this.plural : singular;
    }

    /**
     * The spelling Commis writes for {@code other} where this one was written: this one, its spoon
     * sibling, or the unit's first in this spelling's language (else in {@code lineLanguage}).
     */
    Spelling toward(Unit other, Language lineLanguage) {
        if (other == unit) {
            return this;
        }
        if (!family.isEmpty() && other.isSpoon()) {
            for (Spelling s : values()) {
                if (s.family.equals(family) && s.unit == other) {
                    return s;
                }
            }
        }
        return canonical(other, language == null ? lineLanguage : language);
    }

    /** The first spelling of {@code unit} in {@code language}, else the first in any language. */
    static Spelling canonical(Unit unit, Language language) {
        Spelling any = null;
        for (Spelling s : values()) {
            if (s.unit == unit && (s.language == null || s.language == language)) {
                return s;
            }
            if (s.unit == unit && any == null) {
                any = s;
            }
        }
        if (any == null) {
            throw new IllegalArgumentException("no spelling for " + unit);
        }
        return any;
    }

    /** Whether {@code written} already is the form wanted, so the cook's own spelling ("Tbsp") can stay. */
    boolean isForm(String written, boolean plural) {
        return Folding.fold(written).equals(Folding.fold(form(plural)));
    }
}
