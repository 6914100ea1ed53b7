package dev.commis.vault;

/**
 * One numbered step of a recipe.
 *
 * @param number  from 1
 * @param title   the step's bold lead ("Cook the pork"), or "" when it has none
 * @param text    the step's instructions in plain text, without the title
 * @param section the name of the part of the method the step belongs to ("For the sauce", a
 *                schema.org {@code HowToSection}), or "" when the steps have no parts
 */
public record Step(int number, String title, String text, String section) {

    public Step {
        title = title == null ? "" : title;
        text = text == null ? "" : text;
        section = section == null ? "" : section;
    }

    /** A step outside any named part. */
    public Step(int number, String title, String text) {
        this(number, title, text, "");
    }

    /** The same step in part {@code name}. */
    Step inSection(String name) {
        return new Step(number, title, text, name);
    }
}
