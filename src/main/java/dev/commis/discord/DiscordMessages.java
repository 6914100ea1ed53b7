package dev.commis.discord;

import dev.commis.chat.reply.Reply;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import net.dv8tion.jda.api.EmbedBuilder;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.MessageEmbed;
import net.dv8tion.jda.api.utils.messages.MessageCreateBuilder;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;

/**
 * Renders a Reply as Discord messages: embeds within Discord's limits, Markdown escaped, the reply's buttons as
 * components.
 *
 * <p><b>Shape.</b> When the reply opens with a heading, that heading is the first embed's title (cut with "…"
 * past {@value #TITLE_LIMIT}); a heading after other text stays where it is, as a {@code **bold**} line, so that
 * nothing is reordered. The other blocks are Discord Markdown in the embeds' descriptions, a blank line between
 * blocks: headings as {@code **bold**} lines, paragraphs, lists one line per item ("• item", or "N. item"
 * counted from the list's start), bold and italic spans as {@code **…**} and {@code *…*}, links as
 * {@code [label](url)} for http(s) addresses only (else the label alone). Blank blocks are left out. Embed fields
 * are not used.
 *
 * <p><b>Escaping.</b> Every text is escaped per character ({@link EmbedMarkdown}): {@code \ * _ ~ ` | < > [ ]}
 * always, {@code # - +} where a word starts, the dot of "2. " where a word starts; so a recipe's {@code *} shows
 * as written and every slice of the text is escaped on its own. {@code @everyone}, {@code @here} and
 * {@code <@…>} get a zero-width space after the {@code @}, and every message allows no mention at all (JDA's
 * default allows them all). Bare web addresses are left unescaped, since Discord links them before reading
 * Markdown.
 *
 * <p><b>Limits.</b> Lengths are Java lengths (UTF-16 units): JDA checks titles and descriptions that way, and
 * it is never less than Discord's count. Each description is within {@value #DESCRIPTION_LIMIT}; each message
 * has at most {@value #EMBEDS_PER_MESSAGE} embeds whose titles and descriptions total at most
 * {@value #EMBED_TOTAL_LIMIT}. A longer reply goes on in more embeds, then more messages; only the first embed
 * has a title.
 *
 * <p><b>Splitting.</b> Embeds are cut between blocks or list items, never inside an item, and a heading goes
 * on with the block after it. A block longer than a description is cut at the last space that fits, anywhere
 * in a longer word (never inside an escape or a surrogate pair); {@code **} and {@code *} are closed before the
 * cut and opened again after it. It starts in the room left when that is at least a quarter of a description, and
 * goes on in a new embed of the same message while the message's total leaves that much, else in a new message;
 * so no piece is a stub.
 *
 * <p><b>Buttons.</b> Each row of the reply's buttons becomes an action row of secondary buttons, custom id the
 * button's action, label cut with "…" past {@value #LABEL_LIMIT}; a row of more than {@value #BUTTONS_PER_ROW}
 * spills into further rows. When that makes more than {@value #ROWS_PER_MESSAGE} rows, one-button rows are put side
 * by side where that makes them fit ({@link ButtonRows#packed}). The first {@value #ROWS_PER_MESSAGE} rows go on the
 * last message; further rows are
 * not dropped but go on follow-up messages whose content is "…", five rows each, since a button left out would
 * be a command the user can no longer reach.
 *
 * <p><b>Not rendered.</b> The reply's image is the adapter's to attach (an attachment, or an embed image
 * pointing at it); {@code share} has no use on Discord; {@code replacing} is the adapter's to act on. An empty
 * reply, or one with buttons only, is one message whose content is "…".
 *
 * <p><b>Inside.</b> {@link EmbedBlocks} turns the blocks into a title and units, {@link EmbedUnit} writes one
 * unit (whole or cut), {@link EmbedPages} packs units into embeds and messages, {@link ButtonRows} makes the rows.
 */
public final class DiscordMessages {

    public static final int TITLE_LIMIT = 256;        // embed title
    public static final int DESCRIPTION_LIMIT = 4096; // embed description
    public static final int FIELDS_LIMIT = 25;        // fields per embed (Commis uses none)
    public static final int EMBED_TOTAL_LIMIT = 6000; // all embeds of one message together
    public static final int EMBEDS_PER_MESSAGE = 10;
    public static final int CONTENT_LIMIT = 2000;     // message content (Commis sends only "…" there)
    /** A button's label. */
    public static final int LABEL_LIMIT = 80;
    /** Buttons in one action row. */
    public static final int BUTTONS_PER_ROW = 5;
    /** Action rows on one message. */
    public static final int ROWS_PER_MESSAGE = 5;
    /** The content of a message that carries no text of its own: an empty reply, or buttons that spilled over. */
    static final String PLACEHOLDER = EmbedBlocks.ELLIPSIS;

    private DiscordMessages() {
    }

    /** The reply as one or more messages (JDA MessageCreateData), each within every limit; the buttons go on the last. */
    public static List<MessageCreateData> messages(Reply reply) {
        EmbedBlocks.Rendered rendered = EmbedBlocks.of(reply);
        List<List<EmbedPages.Embed>> pages = EmbedPages.pack(rendered.title(), rendered.units());
        List<List<ActionRow>> rowGroups = ButtonRows.groups(reply.buttons());
        List<MessageCreateData> messages = new ArrayList<>();
        for (int i = 0; i < pages.size(); i++) {
            MessageCreateBuilder message = newMessage().setEmbeds(pages.get(i).stream().map(DiscordMessages::embed).toList());
            if (i == pages.size() - 1 && !rowGroups.isEmpty()) {
                message.setComponents(rowGroups.get(0));
            }
            messages.add(message.build());
        }
        for (int g = pages.isEmpty() ? 0 : 1; g < rowGroups.size(); g++) {
            messages.add(newMessage().setContent(PLACEHOLDER).setComponents(rowGroups.get(g)).build());
        }
        if (messages.isEmpty()) {
            messages.add(newMessage().setContent(PLACEHOLDER).build());
        }
        return List.copyOf(messages);
    }

    private static MessageCreateBuilder newMessage() {
        return new MessageCreateBuilder()
                .setAllowedMentions(EnumSet.noneOf(Message.MentionType.class))
                .mentionRepliedUser(false);
    }

    private static MessageEmbed embed(EmbedPages.Embed embed) {
        return new EmbedBuilder().setTitle(embed.title()).setDescription(embed.description()).build();
    }
}
