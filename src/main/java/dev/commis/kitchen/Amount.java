package dev.commis.kitchen;

/**
 * A number of units, or a range of them ("2-3"): {@code low == high} for a single number. Plain
 * doubles are enough: every amount is rounded to a cook's value before it is shown.
 */
record Amount(double low, double high) {

    Amount {
        if (!(low > 0) || !(high >= low) || Double.isInfinite(high)) {
            throw new IllegalArgumentException("not an amount: " + low + " to " + high);
        }
    }

    static Amount of(double value) {
        return new Amount(value, value);
    }

    boolean isRange() {
        return high != low;
    }

    Amount times(double factor) {
        return new Amount(low * factor, high * factor);
    }

    Amount plus(Amount other) {
        return new Amount(low + other.low, high + other.high);
    }

    /** Same amount once both are rounded to a millionth, so that 0.1 + 0.2 equals 0.3. */
    boolean sameAs(Amount other) {
        return close(low, other.low) && close(high, other.high);
    }

    private static boolean close(double a, double b) {
        return Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(a));
    }
}
