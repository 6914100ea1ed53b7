package dev.commis.importer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;

/** The HTML fixtures of src/test/resources/pages, written in the shapes real recipe sites use. */
final class Pages {

    private Pages() {
    }

    static byte[] bytes(String name) {
        try (InputStream in = Pages.class.getResourceAsStream("/pages/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture pages/" + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String text(String name) {
        return new String(bytes(name), java.nio.charset.StandardCharsets.UTF_8);
    }

    /** The fixture as if fetched from {@code url}. */
    static FetchedPage page(String name, String url) {
        return new FetchedPage(URI.create(url), bytes(name), "");
    }
}
