package dev.commis.importer;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Finds the recipe on a fetched page: its JSON-LD first, then its microdata. The page's
 * language comes from {@code <html lang>} unless the recipe names its own; its title and site
 * name fill what the recipe leaves out.
 */
public final class RecipePageReader {

    private RecipePageReader() {
    }

    /** The page's recipe, or empty when it has none with ingredients or steps. */
    public static Optional<PageRecipe> read(FetchedPage page) {
        Document document = parse(page);
        String url = page.uri().toString();
        String lang = SchemaText.language(document.select("html").attr("lang"));
        String site = SchemaText.clean(document.select("meta[property=og:site_name]").attr("content"));
        if (site.isEmpty()) {
            site = page.uri().getHost() == null ? "" : page.uri().getHost().replaceFirst("^www\\.", "");
        }
        String title = SchemaText.clean(document.select("meta[property=og:title]").attr("content"));
        if (title.isEmpty()) {
            title = SchemaText.clean(document.title());
        }
        for (Optional<JsonNode> node : java.util.List.of(JsonLdFinder.find(document), Microdata.find(document))) {
            if (node.isPresent()) {
                PageRecipe recipe = RecipeFields.read(node.get(), url, lang, site, title);
                if (recipe.hasContent() && !recipe.title().isEmpty()) {
                    return Optional.of(recipe);
                }
            }
        }
        return Optional.empty();
    }

    private static boolean supported(String charset) {
        try {
            return !charset.isEmpty() && Charset.isSupported(charset);
        } catch (IllegalArgumentException e) {
            return false; // a name no charset has: let the page's own <meta charset> decide
        }
    }

    private static Document parse(FetchedPage page) {
        String charset = supported(page.charset()) ? page.charset() : null;
        try {
            // With no charset, jsoup reads the byte-order mark and <meta charset>, else UTF-8.
            return Jsoup.parse(new ByteArrayInputStream(page.body()), charset, page.uri().toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
