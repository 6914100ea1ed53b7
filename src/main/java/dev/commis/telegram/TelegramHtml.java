package dev.commis.telegram;

import dev.commis.chat.reply.Reply;
import java.util.List;
import java.util.Objects;

/**
 * Renders a {@link Reply} in Telegram's HTML parse mode: every text escaped; split within Telegram's
 * limits on block boundaries.
 *
 * <p><b>Shape.</b> A heading is {@code <b>…</b>} on its own line, a paragraph its own lines, a list
 * one line per item ("• item", or "N. item" counted from the list's start), with a blank line between
 * blocks. Spans become {@code <b>}, {@code <i>} or {@code <a href="…">}; nothing else is emitted. Text
 * escapes {@code <}, {@code >} and {@code &}; an address also escapes {@code "}. Markdown characters
 * ({@code *}, {@code _}, backquotes) are not special in HTML mode and stay as written. A link is a link
 * only for an http(s) address of at most {@value #MAX_HREF} characters (once escaped), so that its tag
 * always leaves room for text; otherwise its label is shown as plain text. Bold inside a heading is
 * not doubled. Blank headings and paragraphs and empty lists are left out.
 *
 * <p><b>Limits.</b> Telegram counts a text after entity parsing: the visible text, tags removed and
 * entities decoded, in UTF-16 code units (the Java length of the unescaped text), so emoji outside the
 * BMP count 2 and a decomposed accent counts its combining mark. Every part keeps its visible length
 * within the limit and its HTML source within twice the limit. The source is also kept within the
 * limit itself whenever that costs no extra message: both packings are made, and the one with the
 * larger source is used only when it sends fewer messages. Escapes and tags rarely add more than a
 * few percent, so in practice the source stays within the limit; a text dense with {@code &} or long
 * link addresses still goes out in as few messages as Telegram accepts.
 *
 * <p><b>Splitting.</b> Parts are cut between blocks or between list items, never inside a tag, an
 * entity or a list item, and the separator at a cut is dropped. A heading travels with the block after
 * it rather than ending a part. Only a paragraph or list item longer than a whole part is cut inside:
 * at the last space or line break that fits (the break is dropped), anywhere when a single word is too
 * long but never between the two halves of a surrogate pair; a tag open at the cut is closed before it
 * and opened again after it. Such a block starts in the room left in the current part when that is at
 * least half a part, else in a new part.
 *
 * <p><b>Not text.</b> Only the blocks are rendered: the image, the buttons and the share words are the
 * adapter's to send. A reply with no text (empty, or buttons only) renders as no message at all: the
 * adapter then supplies its own words to carry the buttons, or sends nothing.
 *
 * <p><b>Inside.</b> {@link HtmlBlocks} turns the blocks into units, {@link HtmlUnit} writes one unit as
 * HTML (whole or cut), {@link HtmlParts} packs units into messages and captions.
 */
public final class TelegramHtml {

    /**
     * Telegram's limit on a message's text, in UTF-16 code units after entity parsing (tags removed,
     * entities decoded).
     */
    public static final int TEXT_LIMIT = 4096;
    /** Telegram's limit on a photo caption, counted like {@link #TEXT_LIMIT}. */
    public static final int CAPTION_LIMIT = 1024;
    /** The longest link address (escaped) rendered as a link; a longer one shows its label only. */
    static final int MAX_HREF = HtmlBlocks.MAX_HREF;

    private TelegramHtml() {
    }

    /** The reply's text as one or more HTML messages, each within {@link #TEXT_LIMIT}; empty when it has no text. */
    public static List<String> messages(Reply reply) {
        return HtmlParts.messages(HtmlBlocks.of(reply), TEXT_LIMIT);
    }

    /**
     * For a reply with an image: the caption (within {@link #CAPTION_LIMIT}, whole blocks only, may be
     * "") and the messages for the rest. A caption never ends with a heading whose block went on to the
     * messages.
     */
    public static Captioned captioned(Reply reply) {
        return HtmlParts.captioned(HtmlBlocks.of(reply), CAPTION_LIMIT, TEXT_LIMIT);
    }

    /** A photo caption and the messages that follow it. */
    public record Captioned(String caption, List<String> messages) {
        public Captioned {
            Objects.requireNonNull(caption, "caption");
            messages = List.copyOf(messages);
        }
    }
}
