package dev.commis.vault;

/** A recipe file that cannot be read, with the 1-based line where it went wrong (0 when unknown). */
final class RecipeFormatException extends Exception {

    private static final long serialVersionUID = 1L;

    private final int line;

    RecipeFormatException(int line, String message) {
        super(message, null, false, false);
        this.line = line;
    }

    int line() {
        return line;
    }
}
