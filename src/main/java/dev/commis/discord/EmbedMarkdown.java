package dev.commis.discord;

import java.util.BitSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Discord Markdown escaping for text that must show as written, and the link addresses Commis lets through.
 *
 * <p>Not {@code MarkdownSanitizer.escape}: JDA's escaper only escapes complete formatting pairs, so it leaves a
 * lone {@code *}, {@code |} or {@code ~}, a backslash, {@code [}, {@code ]}, {@code #} and {@code - } as they
 * are, and a lone {@code *} at the end of one piece of a cut paragraph could pair with the next piece's. This
 * escaper decides per character, so any slice of an escaped text is escaped on its own. Discord drops a
 * backslash before any ASCII punctuation, so an escape never shows.
 */
final class EmbedMarkdown {

    /** The longest link address (once encoded) written as a masked link; a longer one shows its label only. */
    static final int MAX_LINK_URL = 512;
    /** Put after an {@code @} so that a mention written in a recipe is never parsed as one. */
    static final char ZERO_WIDTH_SPACE = '\u200B';

    /** Always escaped: emphasis, code, spoilers, strikes, quotes, mentions, masked links, and the backslash itself. */
    private static final String ALWAYS = "\\*_~`|<>[]";
    /** Escaped where a line starts: headers ({@code #}, {@code -#}) and list markers. */
    private static final String AT_LINE_START = "#-+";
    private static final Pattern WEB_ADDRESS =
            Pattern.compile("(?i)https?://[^\\s\\p{Cntrl}/?#]+[^\\s\\p{Cntrl}]*");
    /** A bare address as Discord links it by itself (the same shape discord.py leaves unescaped). */
    private static final Pattern BARE_URL =
            Pattern.compile("(?i)(?<![\\p{L}\\p{N}\\\\])https?://[^\\s<]+[^<.,:;\"')\\]\\s]");

    private EmbedMarkdown() {
    }

    /** The text escaped as a whole (for a title). */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        escape(text, 0, text.length(), 0, new BitSet(), out);
        return out.toString();
    }

    /**
     * Appends {@code text[from, to)} escaped, as part of a slice of {@code text} that starts at {@code sliceStart}
     * (the start of a line once sent). Characters set in {@code raw} are written as they are.
     */
    static void escape(String text, int from, int to, int sliceStart, BitSet raw, StringBuilder out) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (raw.get(i)) {
                out.append(c);
            } else if (ALWAYS.indexOf(c) >= 0
                    || AT_LINE_START.indexOf(c) >= 0 && startsLine(text, i, sliceStart)
                    || c == '.' && endsListNumber(text, i, sliceStart)) {
                out.append('\\').append(c);
            } else if (c == '@' && isMention(text, i)) {
                out.append(c).append(ZERO_WIDTH_SPACE);
            } else {
                out.append(c);
            }
        }
    }

    /**
     * Marks the bare web addresses that lie wholly in {@code text[from, to)} to be written unescaped: Discord links
     * them before it reads any Markdown, so an escape would end up inside the address. An address that runs on
     * past {@code to} (into a bold run, whose {@code **} it would swallow) or is longer than {@link #MAX_LINK_URL}
     * is escaped like text.
     */
    static void markBareUrls(String text, int from, int to, BitSet raw) {
        Matcher matcher = BARE_URL.matcher(text).region(from, text.length());
        matcher.useTransparentBounds(true);
        while (matcher.find() && matcher.start() < to) {
            if (matcher.end() <= to && matcher.end() - matcher.start() <= MAX_LINK_URL) {
                raw.set(matcher.start(), matcher.end());
            }
        }
    }

    /**
     * The address to write in a masked link, or null when it may not be one: http(s) only and at most
     * {@link #MAX_LINK_URL} characters once the characters that would end the link are percent-encoded.
     */
    static String linkTarget(String url) {
        if (!WEB_ADDRESS.matcher(url).matches()) {
            return null;
        }
        StringBuilder out = new StringBuilder(url.length() + 8);
        for (int i = 0; i < url.length(); i++) {
            char c = url.charAt(i);
            switch (c) {
                case '(' -> out.append("%28");
                case ')' -> out.append("%29");
                case '<' -> out.append("%3C");
                case '>' -> out.append("%3E");
                case '\\' -> out.append("%5C");
                default -> out.append(c);
            }
        }
        return out.length() <= MAX_LINK_URL ? out.toString() : null;
    }

    /**
     * Whether only white space stands between the start of the line and {@code i}: where "# ", "- " or "2. "
     * would start a heading or a list. Elsewhere ("Burnt Ends - Miso") they are plain text and stay unescaped,
     * also in embed titles, which may not read Markdown at all.
     */
    private static boolean startsLine(String text, int i, int sliceStart) {
        for (int j = i - 1; j >= sliceStart; j--) {
            char c = text.charAt(j);
            if (c == '\n') {
                return true;
            }
            if (!Character.isWhitespace(c)) {
                return false;
            }
        }
        return true;
    }

    /** A dot after a number that starts a line and before a space: "2. " would start an ordered list. */
    private static boolean endsListNumber(String text, int i, int sliceStart) {
        int start = i;
        while (start > sliceStart && Character.isDigit(text.charAt(start - 1))) {
            start--;
        }
        return start < i && startsLine(text, start, sliceStart)
                && (i + 1 == text.length() || Character.isWhitespace(text.charAt(i + 1)));
    }

    /** {@code @everyone}, {@code @here} and the {@code @} of {@code <@id>}. */
    private static boolean isMention(String text, int i) {
        return i > 0 && text.charAt(i - 1) == '<'
                || text.regionMatches(true, i + 1, "everyone", 0, "everyone".length())
                || text.regionMatches(true, i + 1, "here", 0, "here".length());
    }
}
