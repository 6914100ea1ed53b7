package dev.commis.vault;

import dev.commis.text.Folding;
import java.util.Map;

/** The body sections Commis understands, recognised by heading text in French or English. */
enum Section {
    INGREDIENTS, STEPS, SOURCE, NOTES, OTHER;

    private static final Map<String, Section> BY_HEADING = Map.ofEntries(
            Map.entry("ingredients", INGREDIENTS),
            Map.entry("ingredient", INGREDIENTS),
            Map.entry("etapes", STEPS),
            Map.entry("etape", STEPS),
            Map.entry("steps", STEPS),
            Map.entry("instructions", STEPS),
            Map.entry("method", STEPS),
            Map.entry("directions", STEPS),
            Map.entry("preparation", STEPS),
            Map.entry("recette", STEPS),
            Map.entry("source", SOURCE),
            Map.entry("sources", SOURCE),
            Map.entry("notes", NOTES),
            Map.entry("note", NOTES),
            Map.entry("remarques", NOTES),
            Map.entry("astuces", NOTES),
            Map.entry("tips", NOTES));

    /** The section a heading opens; trailing punctuation and emoji are ignored ("🥕 Ingrédients :"). */
    static Section ofHeading(String heading) {
        return BY_HEADING.getOrDefault(Folding.key(heading), OTHER);
    }
}
