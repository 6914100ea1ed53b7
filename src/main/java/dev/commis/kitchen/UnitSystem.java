package dev.commis.kitchen;

/** How quantities are shown: as the recipe writes them, or converted to one system. */
public enum UnitSystem {
    /** Units as the recipe writes them; scaling may still move between g and kg, tsp and tbsp. */
    AS_WRITTEN,
    /** Grams and millilitres (kg, l, cl when the line uses them); spoons, pinches and counts stay. */
    METRIC,
    /** Ounces, pounds, cups, fluid ounces and quarts; spoons, pinches and counts stay. */
    IMPERIAL
}
