package dev.commis.telegram;

import dev.commis.chat.reply.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * One heading, paragraph or list item (its marker included) written as escaped Telegram HTML with its
 * visible length, either whole or cut into pieces that each fit a budget with their tags closed.
 */
final class HtmlUnit {

    private static final String HEADING_OPEN = "<b>";
    private static final String HEADING_CLOSE = "</b>";

    /**
     * How much a part may hold: visible UTF-16 units and HTML source characters.
     * A tight budget keeps the source within the limit; a loose one lets it reach twice the limit.
     */
    record Budget(int visible, int source) {
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
    record Fragment(String html, int visible, String separator, boolean heading) {
        Fragment withSeparator(String newSeparator) {
            return new Fragment(html, visible, newSeparator, heading);
        }
    }

    private final String separator;
    private final boolean heading;
    private final List<Span> runs;
    private final String text;
    /** Where each run starts in {@link #text}, plus the text's length, so a slice finds its runs directly. */
    private final int[] starts;
    /** Cached: packing asks for the whole unit several times while trying parts. */
    private Fragment whole;

    HtmlUnit(String separator, boolean heading, List<Span> runs) {
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
                // Only the first piece follows the previous unit; the others start parts of their own.
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
        // A run's tags are paid once, on its first character in the slice.
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

    /** The text from {@code from} to {@code to} as HTML, each run's tags opened and closed within it. */
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

    // ---- HTML: the only tags and entities Telegram is ever sent

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

    /** Must agree with {@link #escapeText}: cutting measures a slice's source before writing it. */
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

    /** The address as an attribute value: text escapes plus {@code "}, which would end the attribute. */
    static String escapeHref(String url) {
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
