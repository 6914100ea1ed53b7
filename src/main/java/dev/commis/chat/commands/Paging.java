package dev.commis.chat.commands;

/** Reads the page number that list buttons carry. */
final class Paging {

    private Paging() {
    }

    /** The page in {@code text}, or 0 when it is not a small whole number. */
    static int page(String text) {
        try {
            int page = Integer.parseInt(text);
            return page >= 0 && page < 10_000 ? page : 0;
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
