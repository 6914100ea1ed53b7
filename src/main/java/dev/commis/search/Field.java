package dev.commis.search;

/**
 * The parts of a recipe the index reads, each a bit of a posting's field mask, with the weight a
 * word found there carries in search ranking: a word of the title says far more about a recipe
 * than the same word in one of its steps.
 */
enum Field {
    TITLE(10f),
    TAG(4f),
    FACT(4f),
    INGREDIENT(3f),
    STEP(1f);

    /** Share of the weight of the other fields a word is also found in: a small tie-breaker. */
    private static final float ALSO_FOUND_IN = 0.25f;

    private static final float[] WEIGHT_OF_MASK = new float[1 << values().length];

    static {
        for (int mask = 0; mask < WEIGHT_OF_MASK.length; mask++) {
            float best = 0;
            float sum = 0;
            for (Field field : values()) {
                if ((mask & field.bit) != 0) {
                    best = Math.max(best, field.weight);
                    sum += field.weight;
                }
            }
            WEIGHT_OF_MASK[mask] = best + ALSO_FOUND_IN * (sum - best);
        }
    }

    final int bit;
    final float weight;

    Field(float weight) {
        this.bit = 1 << ordinal();
        this.weight = weight;
    }

    /** The weight of a word found in the fields of {@code mask}: the best field's, plus a little for the others. */
    static float weight(int mask) {
        return WEIGHT_OF_MASK[mask & (WEIGHT_OF_MASK.length - 1)];
    }

    /** Every field's bit. */
    static int all() {
        return WEIGHT_OF_MASK.length - 1;
    }
}
