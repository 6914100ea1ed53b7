package dev.commis.kitchen;

import java.util.Objects;

/**
 * Scales and converts the quantities of ingredient lines, French or English, and writes them as a
 * cook would. The front door of the kitchen package for recipe cards; {@link ShoppingList} is the
 * other one.
 */
public final class Quantities {

    private Quantities() {
    }

    /**
     * The ingredient line with every quantity it can read multiplied by factor and, unless
     * system is AS_WRITTEN, converted to that system; written as a cook writes (½ rather than 0.5,
     * 1.5 kg rather than 1500 g, "4 kg pork belly" with a space between number and unit).
     * Text it cannot read is returned unchanged. factor 1 with AS_WRITTEN returns the line unchanged.
     *
     * @throws IllegalArgumentException when factor is not a positive finite number
     */
    public static String scale(String line, double factor, UnitSystem system) {
        Objects.requireNonNull(line, "line");
        Objects.requireNonNull(system, "system");
        checkFactor(factor);
        if (factor == 1 && system == UnitSystem.AS_WRITTEN) {
            return line;
        }
        return LineScaler.scale(line, factor, system);
    }

    static void checkFactor(double factor) {
        if (!(factor > 0) || Double.isInfinite(factor)) {
            throw new IllegalArgumentException("a scaling factor must be positive and finite, not " + factor);
        }
    }
}
