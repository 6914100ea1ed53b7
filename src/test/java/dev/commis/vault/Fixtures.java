package dev.commis.vault;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Reads the recipe files kept under {@code src/test/resources/fixtures}, byte for byte. */
final class Fixtures {

    private Fixtures() {
    }

    static byte[] bytes(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/fixtures/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static RecipeParser.Result parse(String name) {
        return RecipeParser.parse(name, bytes(name));
    }

    static Recipe recipe(String name) {
        RecipeParser.Result result = parse(name);
        if (!result.loaded()) {
            throw new AssertionError(name + " did not load: " + result.problems());
        }
        return result.recipe();
    }
}
