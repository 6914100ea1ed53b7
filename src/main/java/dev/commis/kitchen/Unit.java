package dev.commis.kitchen;

/**
 * A unit Commis can read, with what it measures, its size in the dimension's base unit (grams,
 * millilitres, or one of itself) and the system it belongs to ({@code null} for spoons, pinches
 * and counts, which every system keeps).
 */
enum Unit {
    MG(Dimension.MASS, 0.001, UnitSystem.METRIC, false),
    G(Dimension.MASS, 1, UnitSystem.METRIC, false),
    KG(Dimension.MASS, 1000, UnitSystem.METRIC, false),
    // 1 lb = 454 g and 16 oz to the pound, so 1 oz = 28.375 g: shown as 28 g once rounded.
    OZ(Dimension.MASS, 454 / 16.0, UnitSystem.IMPERIAL, true),
    LB(Dimension.MASS, 454, UnitSystem.IMPERIAL, true),
    ML(Dimension.VOLUME, 1, UnitSystem.METRIC, false),
    CL(Dimension.VOLUME, 10, UnitSystem.METRIC, false),
    DL(Dimension.VOLUME, 100, UnitSystem.METRIC, false),
    L(Dimension.VOLUME, 1000, UnitSystem.METRIC, false),
    TSP(Dimension.VOLUME, 5, null, true),
    TBSP(Dimension.VOLUME, 15, null, true),
    // US kitchen measures, rounded so that 1 cup = 240 ml and everything else follows from it.
    FL_OZ(Dimension.VOLUME, 30, UnitSystem.IMPERIAL, true),
    CUP(Dimension.VOLUME, 240, UnitSystem.IMPERIAL, true),
    PINT(Dimension.VOLUME, 480, UnitSystem.IMPERIAL, true),
    QUART(Dimension.VOLUME, 960, UnitSystem.IMPERIAL, true),
    PINCH(Dimension.COUNT, 1, null, true),
    HANDFUL(Dimension.COUNT, 1, null, true),
    BUNCH(Dimension.COUNT, 1, null, true),
    /** No unit: "2 eggs", "4 tomates". */
    EACH(Dimension.COUNT, 1, null, true);

    /** What a unit measures; only units of one dimension add up (and, for counts, only the same unit). */
    enum Dimension { MASS, VOLUME, COUNT }

    private final Dimension dimension;
    private final double base;
    private final UnitSystem system;
    private final boolean fractions;

    Unit(Dimension dimension, double base, UnitSystem system, boolean fractions) {
        this.dimension = dimension;
        this.base = base;
        this.system = system;
        this.fractions = fractions;
    }

    Dimension dimension() {
        return dimension;
    }

    /** Size of one of this unit in grams (mass), millilitres (volume) or itself (count). */
    double base() {
        return base;
    }

    /** METRIC or IMPERIAL, or {@code null} when every system keeps this unit as it is. */
    UnitSystem system() {
        return system;
    }

    /** Whether a cook writes this unit's amounts as fractions (½ cup) rather than decimals (1.5 kg). */
    boolean fractions() {
        return fractions;
    }

    boolean isSpoon() {
        return this == TSP || this == TBSP;
    }

    /** A measure of mass or volume, as opposed to a count of things or pinches. */
    boolean isMeasure() {
        return dimension != Dimension.COUNT;
    }
}
