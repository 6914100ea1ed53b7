package dev.commis.kitchen;

import dev.commis.text.Language;

/**
 * Chooses the unit a scaled or converted amount is shown in, then rounds it there: 1.5 kg rather
 * than 1500 g, 500 g rather than 0.5 kg, 1 ½ tsp rather than ½ tbsp, 2 tbsp rather than 6 tsp,
 * 1 lb rather than 16 oz. Spoons, pinches and counts stay what they are in every system.
 */
final class Fitting {

    /** Below this, a mass in ounces would be a crumb: it stays in grams. */
    private static final double SMALLEST_OUNCE_GRAMS = 3.5;
    /** A cup fraction may be this far off before fluid ounces say it better. */
    private static final double CUP_TOLERANCE = 0.08;
    private static final double[] NICE_CUPS = {0, 1 / 4.0, 1 / 3.0, 1 / 2.0, 2 / 3.0, 3 / 4.0, 1};

    private Fitting() {
    }

    /** {@code measure} shown in {@code system} (its own when AS_WRITTEN), in a fitting unit, rounded. */
    static Measure fit(Measure measure, UnitSystem system, Language language) {
        UnitSystem own = measure.unit().system();
        if (system == UnitSystem.AS_WRITTEN || own == null || own == system) {
            return keep(measure, language);
        }
        return system == UnitSystem.METRIC ? toMetric(measure, language) : toImperial(measure, language);
    }

    /**
     * The size of one package in {@code system}, unscaled: cans and packets are labelled in ounces
     * and fluid ounces, never in cups.
     */
    static Measure packSize(Measure size, UnitSystem system, Language language) {
        if (system != UnitSystem.IMPERIAL || size.unit().system() == UnitSystem.IMPERIAL) {
            return fit(size, system, language);
        }
        Unit unit = size.unit().dimension() == Unit.Dimension.MASS ? Unit.OZ : Unit.FL_OZ;
        return Rounding.round(size.in(unit));
    }

    /** The amount in its own system, moved to the neighbouring unit when it outgrows its own. */
    static Measure keep(Measure m, Language language) {
        return switch (m.unit()) {
            case MG, G, KG -> metricMass(m);
            case ML, CL, DL, L -> metricVolume(m, language);
            case TSP -> {
                Measure tsp = Rounding.round(m);
                // 6 tsp is 2 tbsp, and past 4 tbsp nobody counts teaspoons; 4 tsp stays 4 tsp.
                boolean promote = tsp.amount().low() >= 12
                        || tsp.amount().low() >= 3 && halves(tsp.amount().low() / 3) && halves(tsp.amount().high() / 3);
                yield promote ? Rounding.round(tsp.in(Unit.TBSP)) : tsp;
            }
            case TBSP -> m.amount().high() < 1 ? keep(m.in(Unit.TSP), language) : Rounding.round(m);
            case CUP -> m.amount().high() < 0.25 ? keep(m.in(Unit.TBSP), language) : Rounding.round(m);
            case OZ -> {
                Measure oz = Rounding.round(m);
                yield oz.amount().high() >= 16 && oz.amount().low() % 4 == 0 && oz.amount().high() % 4 == 0
                        ? Rounding.round(oz.in(Unit.LB)) : oz;
            }
            case LB -> m.amount().high() < 0.25 ? Rounding.round(m.in(Unit.OZ)) : Rounding.round(m);
            default -> Rounding.round(m);
        };
    }

    private static Measure metricMass(Measure m) {
        Measure grams = Rounding.round(m.in(Unit.G));
        if (grams.amount().high() >= 1000) {
            return Rounding.round(m.in(Unit.KG));
        }
        return m.unit() == Unit.MG && m.in(Unit.G).amount().high() < 1 ? Rounding.round(m) : grams;
    }

    private static Measure metricVolume(Measure m, Language language) {
        Measure ml = Rounding.round(m.in(Unit.ML));
        double high = ml.amount().high();
        if (high >= 1000) {
            return Rounding.round(m.in(Unit.L));
        }
        // A line that writes dl, cl or l keeps to the units it knows; French cooks count in cl.
        Unit unit = switch (m.unit()) {
            case DL -> high >= 100 ? Unit.DL : high >= 10 && language == Language.FR ? Unit.CL : Unit.ML;
            case CL -> high >= 10 ? Unit.CL : Unit.ML;
            case L -> high >= 10 && language == Language.FR ? Unit.CL : Unit.ML;
            default -> Unit.ML;
        };
        return unit == Unit.ML ? ml : Rounding.round(m.in(unit));
    }

    private static Measure toMetric(Measure m, Language language) {
        return keep(m.in(m.unit().dimension() == Unit.Dimension.MASS ? Unit.G : Unit.ML), language);
    }

    private static Measure toImperial(Measure m, Language language) {
        if (m.unit().dimension() == Unit.Dimension.MASS) {
            if (m.in(Unit.G).amount().high() < SMALLEST_OUNCE_GRAMS) {
                return keep(m, language);
            }
            Measure oz = Rounding.round(m.in(Unit.OZ));
            return oz.amount().high() >= 16 ? Rounding.round(m.in(Unit.LB)) : oz;
        }
        double ml = m.in(Unit.ML).amount().high();
        if (ml < Unit.TBSP.base()) {
            return keep(m.in(Unit.TSP), language);
        }
        if (ml < Unit.CUP.base() / 4) {
            return Rounding.round(m.in(Unit.TBSP));
        }
        // In French a "quart" is a quarter: French lines count large volumes in tasses.
        if (ml >= Unit.QUART.base() && language != Language.FR) {
            return Rounding.round(m.in(Unit.QUART));
        }
        Measure cups = m.in(Unit.CUP);
        double low = niceCups(cups.amount().low());
        double high = niceCups(cups.amount().high());
        if (Double.isNaN(low) || Double.isNaN(high)) {
            return Rounding.round(m.in(Unit.FL_OZ));
        }
        return Rounding.round(new Measure(new Amount(low, Math.max(low, high)), Unit.CUP));
    }

    /** {@code cups} as a whole and a quarter or third, or NaN when none is close enough. */
    private static double niceCups(double cups) {
        double whole = Math.floor(cups);
        double best = Double.NaN;
        for (double fraction : NICE_CUPS) {
            double candidate = whole + fraction;
            if (candidate > 0 && Math.abs(candidate - cups) <= CUP_TOLERANCE * cups
                    && (Double.isNaN(best) || Math.abs(candidate - cups) < Math.abs(best - cups))) {
                best = candidate;
            }
        }
        return best;
    }

    private static boolean halves(double value) {
        return Math.abs(value * 2 - Math.rint(value * 2)) < 1e-9;
    }
}
