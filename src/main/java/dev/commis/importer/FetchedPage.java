package dev.commis.importer;

import java.net.URI;

/**
 * An HTML page as it arrived: the address it was finally read from (after redirects), its
 * bytes, and the charset its headers named ("" when they named none).
 */
public record FetchedPage(URI uri, byte[] body, String charset) {
}
