package dev.commis.telegram;

import dev.commis.chat.reply.Block;
import dev.commis.chat.reply.Reply;
import dev.commis.chat.reply.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Turns a reply's blocks into the units {@link TelegramHtml} packs: one per heading or paragraph, one
 * per list item (marker included), blank blocks left out, each unit's spans already reduced to what
 * Telegram will be sent.
 */
final class HtmlBlocks {

    /** The longest link address (escaped) rendered as a link; a longer one shows its label only. */
    static final int MAX_HREF = 1024;

    private static final Pattern WEB_ADDRESS =
            Pattern.compile("(?i)https?://[^\\s\\p{Cntrl}/?#]+[^\\s\\p{Cntrl}]*");
    private static final String BLOCK_SEPARATOR = "\n\n";
    private static final String ITEM_SEPARATOR = "\n";

    private HtmlBlocks() {
    }

    /**
     * The reply's text blocks, each as its units in order. A block stays a list of its own because a
     * caption takes whole blocks only, and a heading must be told apart from the block it introduces.
     */
    static List<List<HtmlUnit>> of(Reply reply) {
        List<List<HtmlUnit>> blocks = new ArrayList<>();
        for (Block block : reply.blocks()) {
            List<HtmlUnit> units = new ArrayList<>();
            if (block instanceof Block.Heading heading) {
                units.add(new HtmlUnit(BLOCK_SEPARATOR, true, runs(List.of(), heading.spans(), true)));
            } else if (block instanceof Block.Paragraph paragraph) {
                units.add(new HtmlUnit(BLOCK_SEPARATOR, false, runs(List.of(), paragraph.spans(), false)));
            } else if (block instanceof Block.ItemList list) {
                for (int i = 0; i < list.items().size(); i++) {
                    Span marker = Span.plain(list.numbered() ? (list.start() + i) + ". " : "• ");
                    // Only the first item is a block boundary; the others sit one line apart.
                    units.add(new HtmlUnit(i == 0 ? BLOCK_SEPARATOR : ITEM_SEPARATOR, false,
                            runs(List.of(marker), list.items().get(i), false)));
                }
            }
            if (!units.isEmpty() && !units.get(0).text().isBlank()) {
                blocks.add(units);
            }
        }
        return blocks;
    }

    /** The spans as runs of one look each: empty spans dropped, unsafe links made plain, neighbours of one look merged. */
    private static List<Span> runs(List<Span> marker, List<Span> spans, boolean inHeading) {
        List<Span> runs = new ArrayList<>(marker);
        for (Span span : spans) {
            if (span.text().isEmpty()) {
                continue;
            }
            Span run = span;
            // A heading is bold already: bold inside it would only nest <b> in <b>.
            if (span.style() == Span.Style.LINK && !isWebLink(span.url())
                    || span.style() == Span.Style.BOLD && inHeading) {
                run = Span.plain(span.text());
            }
            // Merging keeps one tag pair per look, so a cut closes and reopens as few tags as possible.
            Span last = runs.isEmpty() ? null : runs.get(runs.size() - 1);
            if (last != null && last.style() == run.style() && last.url().equals(run.url())) {
                runs.set(runs.size() - 1, new Span(last.text() + run.text(), run.style(), run.url()));
            } else {
                runs.add(run);
            }
        }
        return runs;
    }

    /**
     * Whether an address may become a link: http(s) only, and short enough that its tag always leaves
     * room for text in a part (cutting relies on that to make progress).
     */
    private static boolean isWebLink(String url) {
        return WEB_ADDRESS.matcher(url).matches() && HtmlUnit.escapeHref(url).length() <= MAX_HREF;
    }
}
