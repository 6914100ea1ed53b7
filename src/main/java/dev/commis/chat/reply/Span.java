package dev.commis.chat.reply;

import java.util.Objects;

/**
 * A run of text with one style. Text is plain: never escaped or marked up for any platform;
 * each renderer does that for its own format.
 *
 * @param text  the words
 * @param style how they are shown
 * @param url   the target of a {@link Style#LINK}, else ""
 */
public record Span(String text, Style style, String url) {

    /** How a span is shown. */
    public enum Style { PLAIN, BOLD, ITALIC, LINK }

    public Span {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(style, "style");
        url = url == null ? "" : url;
    }

    public static Span plain(String text) {
        return new Span(text, Style.PLAIN, "");
    }

    public static Span bold(String text) {
        return new Span(text, Style.BOLD, "");
    }

    public static Span italic(String text) {
        return new Span(text, Style.ITALIC, "");
    }

    public static Span link(String text, String url) {
        return new Span(text, Style.LINK, url);
    }
}
