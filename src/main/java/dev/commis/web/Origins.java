package dev.commis.web;

import com.sun.net.httpserver.Headers;
import java.net.URI;
import java.util.Locale;

/**
 * Whether a request comes from the kitchen screen's own page, as the browser tells: its {@code Origin}
 * must be this server's (as the link names it, or as the browser reached it through {@code Host}), and
 * {@code Sec-Fetch-Site}, when the browser sends it, must be {@code same-origin}. A request without an
 * {@code Origin} is refused: every browser sends one with a POST.
 */
final class Origins {

    private Origins() {
    }

    static boolean sameOrigin(Headers headers, URI publicUrl) {
        String site = headers.getFirst("Sec-Fetch-Site");
        if (site != null && !site.equalsIgnoreCase("same-origin")) {
            return false;
        }
        String origin = headers.getFirst("Origin");
        if (origin == null || origin.isBlank() || origin.equals("null")) {
            return false;
        }
        String asked = origin.strip().toLowerCase(Locale.ROOT);
        String host = headers.getFirst("Host");
        return asked.equals(origin(publicUrl))
                || host != null && (asked.equals("http://" + host.toLowerCase(Locale.ROOT))
                        || asked.equals("https://" + host.toLowerCase(Locale.ROOT)));
    }

    /** scheme://host[:port], the port only when it is not the scheme's own. */
    static String origin(URI url) {
        String scheme = url.getScheme().toLowerCase(Locale.ROOT);
        int port = url.getPort();
        boolean usual = port < 0 || scheme.equals("http") && port == 80 || scheme.equals("https") && port == 443;
        return scheme + "://" + url.getHost().toLowerCase(Locale.ROOT) + (usual ? "" : ":" + port);
    }
}
