package dev.commis.kitchen;

/**
 * One quantity found in an ingredient line, with where it is written.
 *
 * @param role       what the quantity means for the line
 * @param start      index of its first character
 * @param end        index just after its unit (after its number for a count)
 * @param measure    what it says
 * @param unit       the unit as written, or {@code null} for a count
 * @param rangeMark  what separates the ends of a range as written ("-", " à "), "" for one number
 * @param outerStart where its surroundings start: the bracket's space for an equivalent, the
 *                   connector ("or", "+") for an alternative, the bracket for a total
 * @param outerEnd   where its surroundings end (after the closing bracket)
 */
record Span(Role role, int start, int end, Measure measure, Spelling.Written unit, String rangeMark,
        int outerStart, int outerEnd) {

    /** What a quantity means for its line, which decides whether and how it scales. */
    enum Role {
        /** The line's own quantity: "2kg" in "2kg pork belly"; the count in "2 × 400 g". */
        LEAD,
        /** The same amount in other words, in a bracket right after the lead: "(½ cup)". */
        EQUIVALENT,
        /** The size of each package in "2 × 400 g": converted, never scaled. */
        PACK_SIZE,
        /** Another amount after "or", "plus", "+", "mixed with": "or 1 ½ tbsp brown sugar". */
        ALTERNATIVE,
        /** A bracketed approximate total: "2 chicken thighs (about 400g)". */
        TOTAL
    }

    Span withRole(Role newRole, int newOuterStart, int newOuterEnd) {
        return new Span(newRole, start, end, measure, unit, rangeMark, newOuterStart, newOuterEnd);
    }
}
