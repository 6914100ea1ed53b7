package dev.commis.discord;

import dev.commis.chat.reply.Span;
import java.util.BitSet;
import java.util.List;

/**
 * One heading, paragraph or list item (its marker included) written as escaped Discord Markdown, either whole
 * or cut into pieces that each fit a budget with their {@code **} and {@code *} pairs closed.
 */
final class EmbedUnit {

    private static final String HEADING_MARK = "**";

    /** Rendered Markdown and the separator that goes before it inside a description. */
    record Fragment(String text, String separator, boolean heading) {
        int length() {
            return text.length();
        }
    }

    /** A piece cut from the unit, and where the next piece starts. */
    record Piece(Fragment fragment, int next) {
    }

    private final String separator;
    private final boolean heading;
    private final List<Span> runs;
    private final String text;
    /** Where each run starts in {@link #text}, plus the text's length. */
    private final int[] starts;
    /** Characters written as they are: the list marker and bare web addresses. */
    private final BitSet raw = new BitSet();
    private Fragment whole;

    /**
     * @param runs         runs of one look each, a styled run never starting or ending with whitespace; links
     *                     carry their encoded address
     * @param markerLength how many leading characters are a list marker, written unescaped
     */
    EmbedUnit(String separator, boolean heading, int markerLength, List<Span> runs) {
        this.separator = separator;
        this.heading = heading;
        this.runs = List.copyOf(runs);
        this.starts = new int[runs.size() + 1];
        StringBuilder all = new StringBuilder();
        for (int r = 0; r < runs.size(); r++) {
            starts[r] = all.length();
            all.append(runs.get(r).text());
        }
        starts[runs.size()] = all.length();
        this.text = all.toString();
        raw.set(0, markerLength);
        // Inside ** or a link label an address would swallow the closing mark; there it is escaped like text.
        for (int r = 0; r < runs.size() && !heading; r++) {
            if (runs.get(r).style() == Span.Style.PLAIN) {
                EmbedMarkdown.markBareUrls(text, Math.max(starts[r], markerLength), starts[r + 1], raw);
            }
        }
    }

    String separator() {
        return separator;
    }

    int textLength() {
        return text.length();
    }

    Fragment whole() {
        if (whole == null) {
            whole = new Fragment(slice(0, text.length()), separator, heading);
        }
        return whole;
    }

    /**
     * The longest piece from {@code from} that fits {@code budget}: cut at the last whitespace that fits (the
     * whitespace dropped), else anywhere outside a surrogate pair. Each character is escaped whole, so a cut
     * never splits an escape; each piece opens and closes its own marks.
     */
    Piece cut(int from, int budget) {
        int low = from;
        int high = text.length();
        while (low < high) {
            int mid = (low + high + 1) >>> 1;
            if (slice(from, mid).length() <= budget) {
                low = mid;
            } else {
                high = mid - 1;
            }
        }
        int end = low;
        int next = end;
        if (end < text.length()) {
            int space = lastWhitespace(from, end);
            if (space > from) {
                next = space;
                end = space;
                while (Character.isWhitespace(text.charAt(end - 1))) {
                    end--;
                }
            } else if (end > from + 1 && Character.isHighSurrogate(text.charAt(end - 1))
                    && Character.isLowSurrogate(text.charAt(end))) {
                end--;
                next = end;
            } else if (end == from) {
                // Unreachable: budgets are at least EmbedPages.MIN_CUT_ROOM, far more than one character with
                // its marks and the longest link address. Taking one character anyway ends the loop.
                end = from + Character.charCount(text.codePointAt(from));
                next = end;
            }
        }
        while (next < text.length() && Character.isWhitespace(text.charAt(next))) {
            next++;
        }
        return new Piece(new Fragment(slice(from, end), from == 0 ? separator : "", heading), next);
    }

    private int lastWhitespace(int from, int end) {
        for (int i = end; i > from; i--) {
            if (Character.isWhitespace(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    /** The text from {@code from} to {@code to} as Markdown, each run's marks opened and closed within it. */
    private String slice(int from, int to) {
        StringBuilder out = new StringBuilder(to - from + 16);
        if (heading) {
            out.append(HEADING_MARK);
        }
        boolean afterMark = false;
        for (int r = 0; r < runs.size(); r++) {
            int start = Math.max(from, starts[r]);
            int end = Math.min(to, starts[r + 1]);
            if (start >= end) {
                continue;
            }
            Span run = runs.get(r);
            boolean marked = run.style() == Span.Style.BOLD || run.style() == Span.Style.ITALIC;
            if (marked && afterMark) {
                // "**a***b*" would be read as other pairs: an invisible space keeps the two marks apart.
                out.append(EmbedMarkdown.ZERO_WIDTH_SPACE);
            }
            out.append(open(run));
            EmbedMarkdown.escape(text, start, end, from, raw, out);
            out.append(close(run));
            afterMark = marked;
        }
        if (heading) {
            out.append(HEADING_MARK);
        }
        return out.toString();
    }

    private static String open(Span run) {
        return switch (run.style()) {
            case PLAIN -> "";
            case BOLD -> "**";
            case ITALIC -> "*";
            case LINK -> "[";
        };
    }

    private static String close(Span run) {
        return switch (run.style()) {
            case PLAIN -> "";
            case BOLD -> "**";
            case ITALIC -> "*";
            case LINK -> "](" + run.url() + ")";
        };
    }
}
