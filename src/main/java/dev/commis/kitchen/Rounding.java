package dev.commis.kitchen;

/**
 * Rounds an amount to what a cook would measure in its unit: 5 g steps above 100 g and 1 g
 * below (½ g under 10 g, so a sachet of yeast survives halving); spoons in ⅛ and ⅓ below one,
 * then ¼ and ⅓ up to four, halves up to ten; cups in ¼ and ⅓ up to ten; whole numbers beyond
 * ten; counts in halves up to five (quarters and thirds below one), whole from five; whole
 * pinches. A positive amount never rounds to zero: it rounds up to the unit's smallest step.
 */
final class Rounding {

    private static final double[] EIGHTHS_AND_THIRDS = {0, 1 / 8.0, 1 / 4.0, 1 / 3.0, 3 / 8.0, 1 / 2.0, 5 / 8.0,
        2 / 3.0, 3 / 4.0, 7 / 8.0, 1};
    private static final double[] QUARTERS_AND_THIRDS = {0, 1 / 4.0, 1 / 3.0, 1 / 2.0, 2 / 3.0, 3 / 4.0, 1};

    private Rounding() {
    }

    static Measure round(Measure measure) {
        Unit unit = measure.unit();
        double low = round(measure.amount().low(), unit);
        double high = round(measure.amount().high(), unit);
        return new Measure(new Amount(low, Math.max(low, high)), unit);
    }

    static double round(double value, Unit unit) {
        return switch (unit) {
            case MG, G, ML -> step(value, value >= 100 ? 5 : value >= 10 ? 1 : value >= 1 ? 0.5 : 0.1);
            case KG, L -> step(value, value >= 10 ? 0.5 : 0.05);
            case CL, DL -> step(value, value >= 10 ? 1 : 0.5);
            // ⅛ tsp is a real measure; 5 ⅛ tbsp is not.
            case TSP, TBSP -> value >= 10 ? step(value, 1) : value >= 4 ? step(value, 0.5)
                    : value >= 1 ? nearest(value, QUARTERS_AND_THIRDS) : nearest(value, EIGHTHS_AND_THIRDS);
            // Measuring cups come in ¼, ⅓, ½, ⅔, ¾; below ¼ cup, Fitting turns to spoons.
            case CUP -> value >= 10 ? step(value, 1) : nearest(value, QUARTERS_AND_THIRDS);
            case OZ -> step(value, value >= 10 ? 1 : value >= 2 ? 0.5 : 0.25);
            case LB -> step(value, value >= 50 ? 1 : value >= 10 ? 0.5 : 0.25);
            case FL_OZ -> step(value, 0.5);
            case PINT, QUART -> step(value, 0.25);
            case PINCH, HANDFUL, BUNCH -> step(value, 1);
            case EACH -> value >= 5 ? step(value, 1) : value >= 1 ? step(value, 0.5)
                    : nearest(value, QUARTERS_AND_THIRDS);
        };
    }

    /** {@code value} to a multiple of {@code step}, at least one step. */
    private static double step(double value, double step) {
        double rounded = Math.round(value / step) * step;
        // Multiples of 0.05 and 0.1 are not exact in binary; keep them at two decimals.
        rounded = Math.round(rounded * 1000) / 1000.0;
        return Math.max(step, rounded);
    }

    /** {@code value}'s whole part plus the nearest of {@code fractions}, at least the smallest of them. */
    private static double nearest(double value, double[] fractions) {
        double whole = Math.floor(value);
        double rest = value - whole;
        double best = fractions[0];
        // Halfway between two fractions goes up, as Math.round does for the steps above.
        for (double fraction : fractions) {
            if (Math.abs(fraction - rest) <= Math.abs(best - rest) + 1e-9) {
                best = fraction;
            }
        }
        double rounded = whole + best;
        return rounded > 0 ? rounded : fractions[1];
    }
}
