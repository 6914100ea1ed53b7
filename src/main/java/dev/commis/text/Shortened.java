package dev.commis.text;

/**
 * Text cut to a platform's limit for a poll's question or option: whole when it fits, else cut at
 * the last space past half the limit (or at the limit), never between the two halves of an emoji,
 * with "…" that keeps the result within the limit.
 */
public final class Shortened {

    private Shortened() {
    }

    /** {@code text} within {@code limit} characters (UTF-16 units, as the platforms count), cut at a word with "…" when longer. */
    public static String atWord(String text, int limit) {
        if (limit < 2) {
            throw new IllegalArgumentException("a limit leaves room for a character and \"…\": at least 2, got " + limit);
        }
        if (text.length() <= limit) {
            return text;
        }
        int space = text.lastIndexOf(' ', limit - 1);
        int end = space > limit / 2 ? space : limit - 1;
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end).stripTrailing() + "…";
    }
}
