package dev.commis.kitchen;

/** An amount of one unit: "2 kg", "½ cup", "2-3" (of something counted). */
record Measure(Amount amount, Unit unit) {

    static Measure of(double value, Unit unit) {
        return new Measure(Amount.of(value), unit);
    }

    Measure times(double factor) {
        return new Measure(amount.times(factor), unit);
    }

    /** The same quantity in another unit of the same dimension. */
    Measure in(Unit other) {
        return new Measure(amount.times(unit.base() / other.base()), other);
    }

    boolean sameAs(Measure other) {
        return unit == other.unit && amount.sameAs(other.amount);
    }
}
