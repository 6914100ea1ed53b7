package dev.commis.telegram;

import dev.commis.chat.reply.Block;
import dev.commis.chat.reply.Reply;
import dev.commis.chat.reply.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

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
    static final int MAX_HREF = 1024;

    private static final Pattern WEB_ADDRESS =
            Pattern.compile("(?i)https?://[^\\s\\p{Cntrl}/?#]+[^\\s\\p{Cntrl}]*");
    private static final String BLOCK_SEPARATOR = "\n\n";
    private static final String ITEM_SEPARATOR = "\n";
    private static final String HEADING_OPEN = "<b>";
    private static final String HEADING_CLOSE = "</b>";

    private TelegramHtml() {
    }

    /** The reply's text as one or more HTML messages, each within {@link #TEXT_LIMIT}; empty when it has no text. */
    public static List<String> messages(Reply reply) {
        List<Unit> units = blocks(reply).stream().flatMap(List::stream).toList();
        List<String> tight = pack(units, Budget.tight(TEXT_LIMIT));
        List<String> loose = pack(units, Budget.loose(TEXT_LIMIT));
        return loose.size() < tight.size() ? loose : tight;
    }

    /**
     * For a reply with an image: the caption (within {@link #CAPTION_LIMIT}, whole blocks only, may be
     * "") and the messages for the rest. A caption never ends with a heading whose block went on to the
     * messages.
     */
    public static Captioned captioned(Reply reply) {
        List<List<Unit>> blocks = blocks(reply);
        Captioned tight = captioned(blocks, Budget.tight(CAPTION_LIMIT), Budget.tight(TEXT_LIMIT));
        Captioned loose = captioned(blocks, Budget.loose(CAPTION_LIMIT), Budget.loose(TEXT_LIMIT));
        return loose.messages().size() < tight.messages().size() ? loose : tight;
    }

    /** A photo caption and the messages that follow it. */
    public record Captioned(String caption, List<String> messages) {
        public Captioned {
            Objects.requireNonNull(caption, "caption");
            messages = List.copyOf(messages);
        }
    }

    private static Captioned captioned(List<List<Unit>> blocks, Budget captionBudget, Budget textBudget) {
        Part caption = new Part(captionBudget);
        int taken = 0;
        while (taken < blocks.size() && caption.fitsAll(blocks.get(taken))) {
            blocks.get(taken).forEach(unit -> caption.append(unit.whole()));
            taken++;
        }
        if (taken > 0 && taken < blocks.size() && blocks.get(taken - 1).get(0).heading()) {
            taken--;
        }
        List<Unit> inCaption = blocks.subList(0, taken).stream().flatMap(List::stream).toList();
        List<Unit> rest = blocks.subList(taken, blocks.size()).stream().flatMap(List::stream).toList();
        Part shown = new Part(captionBudget);
        inCaption.forEach(unit -> shown.append(unit.whole()));
        return new Captioned(shown.html(), pack(rest, textBudget));
    }

    // ---- blocks into units: a unit is what is never cut unless it alone outgrows a part

    private static List<List<Unit>> blocks(Reply reply) {
        List<List<Unit>> blocks = new ArrayList<>();
        for (Block block : reply.blocks()) {
            List<Unit> units = new ArrayList<>();
            if (block instanceof Block.Heading heading) {
                units.add(new Unit(BLOCK_SEPARATOR, true, runs(List.of(), heading.spans(), true)));
            } else if (block instanceof Block.Paragraph paragraph) {
                units.add(new Unit(BLOCK_SEPARATOR, false, runs(List.of(), paragraph.spans(), false)));
            } else if (block instanceof Block.ItemList list) {
                for (int i = 0; i < list.items().size(); i++) {
                    Span marker = Span.plain(list.numbered() ? (list.start() + i) + ". " : "• ");
                    units.add(new Unit(i == 0 ? BLOCK_SEPARATOR : ITEM_SEPARATOR, false,
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
            if (span.style() == Span.Style.LINK && !isWebLink(span.url())
                    || span.style() == Span.Style.BOLD && inHeading) {
                run = Span.plain(span.text());
            }
            Span last = runs.isEmpty() ? null : runs.get(runs.size() - 1);
            if (last != null && last.style() == run.style() && last.url().equals(run.url())) {
                runs.set(runs.size() - 1, new Span(last.text() + run.text(), run.style(), run.url()));
            } else {
                runs.add(run);
            }
        }
        return runs;
    }

    private static boolean isWebLink(String url) {
        return WEB_ADDRESS.matcher(url).matches() && escapeHref(url).length() <= MAX_HREF;
    }

    // ---- packing units into parts

    /**
     * Fills parts greedily. A unit that does not fit the current part starts the next one, taking a
     * heading that ended the current part with it; a unit too long for any part is cut, starting in the
     * room left when that is at least half a part.
     */
    private static List<String> pack(List<Unit> units, Budget budget) {
        List<String> parts = new ArrayList<>();
        Part part = new Part(budget);
        for (Unit unit : units) {
            Fragment whole = unit.whole();
            if (part.fits(whole)) {
                part.append(whole);
                continue;
            }
            boolean tooLongForAnyPart = !new Part(budget).fits(whole);
            if (!tooLongForAnyPart || !part.room(whole).atLeastHalfOf(budget)) {
                Fragment heading = part.takeTrailingHeading();
                part = part.flushInto(parts);
                if (heading != null) {
                    part.append(heading);
                    boolean stillNoRoom = tooLongForAnyPart ? !part.room(whole).atLeastHalfOf(budget) : !part.fits(whole);
                    if (stillNoRoom) {
                        part = part.flushInto(parts);
                    }
                }
            }
            if (tooLongForAnyPart) {
                part = appendCut(unit, part.room(whole), part, parts);
            } else {
                part.append(whole);
            }
        }
        part.flushInto(parts);
        return List.copyOf(parts);
    }

    /** Cuts a unit longer than a part: its first piece fills {@code room}, the others fill parts of their own. */
    private static Part appendCut(Unit unit, Budget room, Part part, List<String> parts) {
        List<Fragment> pieces = unit.cut(room, part.budget());
        for (int i = 0; i < pieces.size(); i++) {
            Fragment piece = i == 0 ? pieces.get(i) : pieces.get(i).withSeparator("");
            if (!part.fits(piece)) {
                part = part.flushInto(parts);
            }
            part.append(piece);
        }
        return part;
    }

    /**
     * How much a part may hold: visible UTF-16 units and HTML source characters.
     * A tight budget keeps the source within the limit; a loose one lets it reach twice the limit.
     */
    private record Budget(int visible, int source) {
        static Budget tight(int limit) {
            return new Budget(limit, limit);
        }

        static Budget loose(int limit) {
            return new Budget(limit, 2 * limit);
        }

        boolean atLeastHalfOf(Budget whole) {
            return 2 * visible >= whole.visible && 2 * source >= whole.source;
        }
    }

    /** Rendered HTML with its visible length, and the separator that goes before it inside a part. */
    private record Fragment(String html, int visible, String separator, boolean heading) {
        Fragment withSeparator(String newSeparator) {
            return new Fragment(html, visible, newSeparator, heading);
        }
    }

    /** The message being filled. */
    private static final class Part {
        private final Budget budget;
        private final List<Fragment> fragments = new ArrayList<>();
        private int visible;
        private int source;

        Part(Budget budget) {
            this.budget = budget;
        }

        Budget budget() {
            return budget;
        }

        private int separatorLength(Fragment fragment) {
            return fragments.isEmpty() ? 0 : fragment.separator().length();
        }

        boolean fits(Fragment fragment) {
            int separator = separatorLength(fragment);
            return visible + separator + fragment.visible() <= budget.visible()
                    && source + separator + fragment.html().length() <= budget.source();
        }

        boolean fitsAll(List<Unit> units) {
            int v = visible;
            int s = source;
            boolean first = fragments.isEmpty();
            for (Unit unit : units) {
                Fragment fragment = unit.whole();
                int separator = first ? 0 : fragment.separator().length();
                v += separator + fragment.visible();
                s += separator + fragment.html().length();
                first = false;
            }
            return v <= budget.visible() && s <= budget.source();
        }

        /** What is left for a fragment with that separator. */
        Budget room(Fragment next) {
            int separator = separatorLength(next);
            return new Budget(budget.visible() - visible - separator, budget.source() - source - separator);
        }

        void append(Fragment fragment) {
            int separator = separatorLength(fragment);
            visible += separator + fragment.visible();
            source += separator + fragment.html().length();
            fragments.add(fragment);
        }

        /** Removes and returns a heading that ends this part after other blocks, so that it can go with its block. */
        Fragment takeTrailingHeading() {
            if (fragments.size() < 2 || !fragments.get(fragments.size() - 1).heading()) {
                return null;
            }
            Fragment heading = fragments.remove(fragments.size() - 1);
            visible -= heading.separator().length() + heading.visible();
            source -= heading.separator().length() + heading.html().length();
            return heading;
        }

        String html() {
            StringBuilder html = new StringBuilder(source);
            for (int i = 0; i < fragments.size(); i++) {
                html.append(i == 0 ? "" : fragments.get(i).separator()).append(fragments.get(i).html());
            }
            return html.toString();
        }

        /** Adds this part to {@code parts} unless it is empty, and returns a fresh part. */
        Part flushInto(List<String> parts) {
            if (!fragments.isEmpty()) {
                parts.add(html());
            }
            return new Part(budget);
        }
    }

    // ---- one unit: runs of text, rendered whole or cut into pieces

    /** A heading, a paragraph or one list item (its marker included), with the separator that precedes it. */
    private static final class Unit {
        private final String separator;
        private final boolean heading;
        private final List<Span> runs;
        private final String text;
        private final int[] starts;
        private Fragment whole;

        Unit(String separator, boolean heading, List<Span> runs) {
            this.separator = separator;
            this.heading = heading;
            this.runs = List.copyOf(runs);
            this.starts = new int[runs.size() + 1];
            StringBuilder text = new StringBuilder();
            for (int r = 0; r < runs.size(); r++) {
                starts[r] = text.length();
                text.append(runs.get(r).text());
            }
            starts[runs.size()] = text.length();
            this.text = text.toString();
        }

        boolean heading() {
            return heading;
        }

        String text() {
            return text;
        }

        Fragment whole() {
            if (whole == null) {
                whole = slice(0, text.length());
            }
            return whole;
        }

        /**
         * Pieces of at most {@code first}, then at most {@code rest}, cut at the last whitespace that fits
         * (dropped), else anywhere outside a surrogate pair. Blank pieces are left out.
         */
        List<Fragment> cut(Budget first, Budget rest) {
            List<Fragment> pieces = new ArrayList<>();
            Budget budget = first;
            int from = 0;
            while (from < text.length()) {
                int end = fittingEnd(from, budget);
                int next = end;
                if (end < text.length()) {
                    int space = lastWhitespace(from, end);
                    if (space > from) {
                        end = space;
                        next = space + 1;
                    } else if (end - 1 > from && Character.isHighSurrogate(text.charAt(end - 1))
                            && Character.isLowSurrogate(text.charAt(end))) {
                        end--;
                        next = end;
                    } else if (end == from) {
                        // Unreachable with parts of at least half a budget and addresses of at most MAX_HREF:
                        // take one character over the budget rather than loop forever.
                        end = from + Character.charCount(text.codePointAt(from));
                        next = end;
                    }
                }
                if (!text.substring(from, end).isBlank()) {
                    pieces.add(slice(from, end).withSeparator(pieces.isEmpty() ? separator : ""));
                }
                from = next;
                budget = rest;
            }
            return pieces;
        }

        /** The end of the longest slice from {@code from} whose visible text and source fit the budget. */
        private int fittingEnd(int from, Budget budget) {
            int visible = 0;
            int source = heading ? HEADING_OPEN.length() + HEADING_CLOSE.length() : 0;
            int run = 0;
            while (starts[run + 1] <= from) {
                run++;
            }
            int opened = -1;
            int end = from;
            while (end < text.length()) {
                while (starts[run + 1] <= end) {
                    run++;
                }
                int cost = escapedLength(text.charAt(end)) + (run == opened ? 0 : tagsLength(runs.get(run)));
                if (visible + 1 > budget.visible() || source + cost > budget.source()) {
                    break;
                }
                visible++;
                source += cost;
                opened = run;
                end++;
            }
            return end;
        }

        private int lastWhitespace(int from, int end) {
            for (int i = end; i > from; i--) {
                if (Character.isWhitespace(text.charAt(i))) {
                    return i;
                }
            }
            return -1;
        }

        private Fragment slice(int from, int to) {
            StringBuilder html = new StringBuilder();
            if (heading) {
                html.append(HEADING_OPEN);
            }
            for (int r = 0; r < runs.size(); r++) {
                int start = Math.max(from, starts[r]);
                int end = Math.min(to, starts[r + 1]);
                if (start < end) {
                    Span run = runs.get(r);
                    html.append(openTag(run));
                    escapeText(text, start, end, html);
                    html.append(closeTag(run));
                }
            }
            if (heading) {
                html.append(HEADING_CLOSE);
            }
            return new Fragment(html.toString(), to - from, separator, heading);
        }
    }

    // ---- HTML

    private static String openTag(Span run) {
        return switch (run.style()) {
            case PLAIN -> "";
            case BOLD -> "<b>";
            case ITALIC -> "<i>";
            case LINK -> "<a href=\"" + escapeHref(run.url()) + "\">";
        };
    }

    private static String closeTag(Span run) {
        return switch (run.style()) {
            case PLAIN -> "";
            case BOLD -> "</b>";
            case ITALIC -> "</i>";
            case LINK -> "</a>";
        };
    }

    private static int tagsLength(Span run) {
        return openTag(run).length() + closeTag(run).length();
    }

    private static int escapedLength(char c) {
        return switch (c) {
            case '<', '>' -> 4;
            case '&' -> 5;
            default -> 1;
        };
    }

    private static void escapeText(String text, int from, int to, StringBuilder out) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                default -> out.append(c);
            }
        }
    }

    private static String escapeHref(String url) {
        StringBuilder out = new StringBuilder(url.length() + 16);
        for (int i = 0; i < url.length(); i++) {
            if (url.charAt(i) == '"') {
                out.append("&quot;");
            } else {
                escapeText(url, i, i + 1, out);
            }
        }
        return out.toString();
    }
}
