package dev.commis.discord;

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
        List<ActionRow> actionRows = new ArrayList<>();
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
                actionRows.addAll(ActionRow.partitionOf(buttons));
            }
        }
        List<List<ActionRow>> groups = new ArrayList<>();
        for (int i = 0; i < actionRows.size(); i += ROWS_PER_MESSAGE) {
            groups.add(List.copyOf(actionRows.subList(i, Math.min(i + ROWS_PER_MESSAGE, actionRows.size()))));
        }
        return groups;
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
