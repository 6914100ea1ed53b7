package dev.commis.discord;

import dev.commis.chat.reply.Block;
import dev.commis.chat.reply.Reply;
import dev.commis.chat.reply.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Turns a reply's blocks into an embed title and the units {@link EmbedPages} packs: one per heading or
 * paragraph, one per list item (marker included), blank blocks left out, each unit's spans reduced to what
 * Discord will be sent.
 */
final class EmbedBlocks {

    static final String ELLIPSIS = "…";
    private static final String BLOCK_SEPARATOR = "\n\n";
    private static final String ITEM_SEPARATOR = "\n";

    /** The title of the first embed (escaped and within the limit), if the reply opens with a heading, and the units. */
    record Rendered(Optional<String> title, List<EmbedUnit> units) {
    }

    private EmbedBlocks() {
    }

    static Rendered of(Reply reply) {
        Optional<String> title = Optional.empty();
        List<EmbedUnit> units = new ArrayList<>();
        for (Block block : reply.blocks()) {
            if (block instanceof Block.Heading heading) {
                List<Span> runs = runs(oneLine(heading.spans()), true);
                if (runs.isEmpty()) {
                    continue;
                }
                if (units.isEmpty() && title.isEmpty()) {
                    title = Optional.of(title(runs));
                } else {
                    units.add(new EmbedUnit(BLOCK_SEPARATOR, true, 0, runs));
                }
            } else if (block instanceof Block.Paragraph paragraph) {
                List<Span> runs = runs(paragraph.spans(), false);
                if (!runs.isEmpty()) {
                    units.add(new EmbedUnit(BLOCK_SEPARATOR, false, 0, runs));
                }
            } else if (block instanceof Block.ItemList list) {
                addItems(list, units);
            }
        }
        return new Rendered(title, units);
    }

    private static void addItems(Block.ItemList list, List<EmbedUnit> units) {
        boolean first = true;
        for (int i = 0; i < list.items().size(); i++) {
            List<Span> runs = runs(list.items().get(i), false);
            if (runs.isEmpty()) {
                continue;
            }
            String marker = list.numbered() ? (list.start() + i) + ". " : "• ";
            List<Span> withMarker = new ArrayList<>(List.of(Span.plain(marker)));
            withMarker.addAll(runs);
            // Only the first item is a block boundary; the others sit one line apart.
            units.add(new EmbedUnit(first ? BLOCK_SEPARATOR : ITEM_SEPARATOR, false, marker.length(), merged(withMarker)));
            first = false;
        }
    }

    /** The heading's text escaped, cut to {@link DiscordMessages#TITLE_LIMIT} with "…" between whole escapes. */
    private static String title(List<Span> runs) {
        String text = String.join("", runs.stream().map(Span::text).toList());
        String escaped = EmbedMarkdown.escape(text);
        if (escaped.length() <= DiscordMessages.TITLE_LIMIT) {
            return escaped;
        }
        int room = DiscordMessages.TITLE_LIMIT - ELLIPSIS.length();
        int end = 0;
        while (end < text.length()) {
            int next = end + Character.charCount(text.codePointAt(end));
            if (EmbedMarkdown.escape(text.substring(0, next)).length() > room) {
                break;
            }
            end = next;
        }
        return EmbedMarkdown.escape(text.substring(0, end).stripTrailing()) + ELLIPSIS;
    }

    /** A heading is one line: its line breaks become spaces. */
    private static List<Span> oneLine(List<Span> spans) {
        return spans.stream().map(s -> new Span(s.text().replaceAll("\\s*\\R\\s*", " "), s.style(), s.url())).toList();
    }

    /**
     * The spans as runs of one look each: unsafe links made plain, bold and italic plain inside a heading (which
     * is bold already), whitespace at the edges of a styled run moved outside its marks (Discord does not read
     * "* a*" as italic), the whole trimmed, neighbours of one look merged.
     */
    private static List<Span> runs(List<Span> spans, boolean inHeading) {
        List<Span> runs = new ArrayList<>();
        for (Span span : spans) {
            Span run = span;
            if (span.style() == Span.Style.LINK) {
                String target = EmbedMarkdown.linkTarget(span.url());
                run = target == null ? Span.plain(span.text()) : new Span(span.text(), Span.Style.LINK, target);
            } else if (inHeading) {
                run = Span.plain(span.text());
            }
            String core = run.text().strip();
            if (run.style() == Span.Style.PLAIN || core.isEmpty()) {
                runs.add(Span.plain(run.text()));
                continue;
            }
            int lead = run.text().indexOf(core);
            runs.add(Span.plain(run.text().substring(0, lead)));
            runs.add(new Span(core, run.style(), run.url()));
            runs.add(Span.plain(run.text().substring(lead + core.length())));
        }
        return trimmed(merged(runs));
    }

    private static List<Span> merged(List<Span> spans) {
        List<Span> runs = new ArrayList<>();
        for (Span run : spans) {
            if (run.text().isEmpty()) {
                continue;
            }
            Span last = runs.isEmpty() ? null : runs.get(runs.size() - 1);
            // Two links are merged only with one address: each keeps its own target otherwise.
            if (last != null && last.style() == run.style() && last.url().equals(run.url())) {
                runs.set(runs.size() - 1, new Span(last.text() + run.text(), run.style(), run.url()));
            } else {
                runs.add(run);
            }
        }
        return runs;
    }

    /** Leading and trailing whitespace removed; styled runs have none at their edges, so only plain runs change. */
    private static List<Span> trimmed(List<Span> runs) {
        List<Span> out = new ArrayList<>(runs);
        while (!out.isEmpty() && out.get(0).text().isBlank()) {
            out.remove(0);
        }
        while (!out.isEmpty() && out.get(out.size() - 1).text().isBlank()) {
            out.remove(out.size() - 1);
        }
        if (!out.isEmpty()) {
            out.set(0, withText(out.get(0), out.get(0).text().stripLeading()));
            int last = out.size() - 1;
            out.set(last, withText(out.get(last), out.get(last).text().stripTrailing()));
        }
        return out;
    }

    private static Span withText(Span span, String text) {
        return new Span(text, span.style(), span.url());
    }
}
