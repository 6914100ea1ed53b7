package dev.commis.discord;

import static dev.commis.discord.DiscordMessages.BUTTONS_PER_ROW;
import static dev.commis.discord.DiscordMessages.LABEL_LIMIT;
import static dev.commis.discord.DiscordMessages.ROWS_PER_MESSAGE;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.components.buttons.Button;

/**
 * A reply's rows of buttons as Discord action rows of secondary buttons, in groups of at most
 * {@link DiscordMessages#ROWS_PER_MESSAGE} rows, one group per message.
 */
final class ButtonRows {

    private ButtonRows() {
    }

    /**
     * Each reply row becomes one action row, or several when it has more than five buttons
     * ({@link ActionRow#partitionOf} splits by Discord's maximum for buttons). A button whose action repeats an
     * earlier one's is left out: Discord refuses a message with two equal custom ids, and the two would do the
     * same anyway.
     */
    static List<List<ActionRow>> groups(List<List<dev.commis.chat.reply.Button>> rows) {
        Set<String> actions = new HashSet<>();
        List<List<Button>> kept = new ArrayList<>();
        for (List<dev.commis.chat.reply.Button> row : rows) {
            List<Button> buttons = new ArrayList<>();
            for (dev.commis.chat.reply.Button button : row) {
                if (button.isLink()) {
                    // A link button opens its page (the kitchen screen); it has no custom id.
                    buttons.add(Button.link(button.url(), label(button.label())));
                } else if (actions.add(button.action())) {
                    // An action is at most 64 bytes, within Discord's 100-character custom id.
                    buttons.add(Button.secondary(button.action(), label(button.label())));
                }
            }
            if (!buttons.isEmpty()) {
                kept.add(buttons);
            }
        }
        List<ActionRow> actionRows = new ArrayList<>();
        for (List<Button> row : packed(kept)) {
            actionRows.addAll(ActionRow.partitionOf(row));
        }
        List<List<ActionRow>> groups = new ArrayList<>();
        for (int i = 0; i < actionRows.size(); i += ROWS_PER_MESSAGE) {
            groups.add(List.copyOf(actionRows.subList(i, Math.min(i + ROWS_PER_MESSAGE, actionRows.size()))));
        }
        return groups;
    }

    /**
     * The rows as they are when they fit one message; else, when side by side they would (a list of
     * one-button rows, such as a shopping list's items), each run of one-button rows packed
     * {@link DiscordMessages#BUTTONS_PER_ROW} to a row, so that the whole keyboard stays on the message
     * it belongs to (a button on a follow-up is not edited with it). Rows of several buttons stay as they are.
     */
    static List<List<Button>> packed(List<List<Button>> rows) {
        if (actionRows(rows) <= ROWS_PER_MESSAGE) {
            return rows;
        }
        List<List<Button>> packed = new ArrayList<>();
        List<Button> run = new ArrayList<>();
        for (List<Button> row : rows) {
            if (row.size() == 1) {
                run.add(row.get(0));
                if (run.size() == BUTTONS_PER_ROW) {
                    packed.add(run);
                    run = new ArrayList<>();
                }
                continue;
            }
            if (!run.isEmpty()) {
                packed.add(run);
                run = new ArrayList<>();
            }
            packed.add(row);
        }
        if (!run.isEmpty()) {
            packed.add(run);
        }
        return actionRows(packed) <= ROWS_PER_MESSAGE ? packed : rows;
    }

    private static int actionRows(List<List<Button>> rows) {
        return rows.stream().mapToInt(row -> (row.size() + BUTTONS_PER_ROW - 1) / BUTTONS_PER_ROW).sum();
    }

    /**
     * The label within {@link DiscordMessages#LABEL_LIMIT} UTF-16 units (never fewer than Discord counts), cut
     * with "…" outside a surrogate pair; a blank label, which Discord refuses, becomes "…". Labels are plain text
     * on Discord: nothing to escape.
     */
    static String label(String label) {
        String text = label.strip();
        if (text.isEmpty()) {
            return EmbedBlocks.ELLIPSIS;
        }
        if (text.length() <= LABEL_LIMIT) {
            return text;
        }
        int end = LABEL_LIMIT - EmbedBlocks.ELLIPSIS.length();
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end).stripTrailing() + EmbedBlocks.ELLIPSIS;
    }
}
