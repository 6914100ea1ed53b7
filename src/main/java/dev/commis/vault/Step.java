package dev.commis.vault;

/**
 * One numbered step of a recipe.
 *
 * @param number from 1
 * @param title  the step's bold lead ("Cook the pork"), or "" when it has none
 * @param text   the step's instructions in plain text, without the title
 */
public record Step(int number, String title, String text) {

    public Step {
        title = title == null ? "" : title;
        text = text == null ? "" : text;
    }
}
