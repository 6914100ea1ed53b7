package dev.commis.importer;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Fetches a web page for import: redirects are followed here, one hop at a time, so that
 * {@link AddressGuard} checks every address before it is contacted; only HTML is read, up to a
 * size limit, and the whole fetch (every hop and the body) must finish within the time-out.
 */
public final class PageFetcher {

    /** Redirects followed before giving up. */
    static final int MAX_REDIRECTS = 10;

    private static final String ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";
    private static final String USER_AGENT = "Mozilla/5.0 (compatible; Commis recipe import)";

    private final HttpClient client;
    private final AddressGuard guard;
    private final long maxBytes;
    private final Duration timeout;

    public PageFetcher(AddressGuard guard, long maxBytes, Duration timeout) {
        this.guard = guard;
        this.maxBytes = maxBytes;
        this.timeout = timeout;
        this.client = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(timeout)
                .version(HttpClient.Version.HTTP_1_1)
                .build();
    }

    /** The page at {@code link}, after its redirects. */
    public FetchedPage fetch(String link) throws ImportException {
        URI uri = parse(link);
        long deadline = System.nanoTime() + timeout.toNanos();
        for (int hop = 0; hop <= MAX_REDIRECTS; hop++) {
            guard.check(uri, link);
            HttpResponse<byte[]> response = send(uri, link, deadline);
            int status = response.statusCode();
            Optional<String> location = response.headers().firstValue("Location");
            if (status >= 300 && status < 400 && location.isPresent()) {
                uri = redirect(uri, location.get(), link);
                continue;
            }
            if (status < 200 || status >= 300) {
                throw new ImportException(ImportException.Reason.HTTP_STATUS, link, String.valueOf(status));
            }
            String type = response.headers().firstValue("Content-Type").orElse("");
            if (!isHtml(type)) {
                throw new ImportException(ImportException.Reason.NOT_HTML, link, type.isEmpty() ? "none" : type);
            }
            return new FetchedPage(uri, response.body(), charset(type));
        }
        throw new ImportException(ImportException.Reason.TOO_MANY_REDIRECTS, link, String.valueOf(MAX_REDIRECTS));
    }

    /** A link as an absolute http(s) address. */
    static URI parse(String link) throws ImportException {
        try {
            URI uri = new URI(link.strip());
            if (!uri.isAbsolute()) {
                throw new ImportException(ImportException.Reason.BAD_URL, link, "no scheme");
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new ImportException(ImportException.Reason.BAD_URL, link, e.getReason());
        }
    }

    private HttpResponse<byte[]> send(URI uri, String link, long deadline) throws ImportException {
        long left = deadline - System.nanoTime();
        if (left <= 0) {
            throw timedOut(link);
        }
        HttpRequest request = HttpRequest.newBuilder(uri)
                .timeout(Duration.ofNanos(left))
                .header("Accept", ACCEPT)
                .header("Accept-Language", "fr,en;q=0.8,*;q=0.5")
                .header("User-Agent", USER_AGENT)
                .GET()
                .build();
        CompletableFuture<HttpResponse<byte[]>> future = client.sendAsync(request, this::body);
        try {
            return future.get(left, TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            throw timedOut(link);
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw new ImportException(ImportException.Reason.NETWORK, link, "interrupted");
        } catch (ExecutionException e) {
            throw failure(e.getCause(), link, uri);
        }
    }

    /** Reads the body only of a successful HTML answer no longer than the limit. */
    private HttpResponse.BodySubscriber<byte[]> body(HttpResponse.ResponseInfo info) {
        boolean wanted = info.statusCode() >= 200 && info.statusCode() < 300
                && isHtml(info.headers().firstValue("Content-Type").orElse(""));
        if (!wanted) {
            return HttpResponse.BodySubscribers.replacing(new byte[0]);
        }
        long length = info.headers().firstValueAsLong("Content-Length").orElse(-1);
        if (length > maxBytes) {
            throw new LimitedBody.TooBig();
        }
        return new LimitedBody(maxBytes);
    }

    private ImportException failure(Throwable cause, String link, URI uri) {
        Throwable root = cause;
        while (root.getCause() != null && !(root instanceof LimitedBody.TooBig)) {
            root = root.getCause();
        }
        if (cause instanceof LimitedBody.TooBig || root instanceof LimitedBody.TooBig) {
            return new ImportException(ImportException.Reason.TOO_BIG, link, megabytes(maxBytes));
        }
        if (cause instanceof HttpTimeoutException || root instanceof HttpTimeoutException) {
            return timedOut(link);
        }
        if (root instanceof ConnectException) {
            return new ImportException(ImportException.Reason.NETWORK, link, "could not connect to " + uri.getHost());
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return new ImportException(ImportException.Reason.NETWORK, link,
                root instanceof IOException ? message : root.getClass().getSimpleName() + ": " + message);
    }

    private ImportException timedOut(String link) {
        return new ImportException(ImportException.Reason.TIMED_OUT, link, timeout.toSeconds() + " s");
    }

    private static URI redirect(URI from, String location, String link) throws ImportException {
        try {
            return from.resolve(new URI(location.strip().replace(" ", "%20")));
        } catch (URISyntaxException | IllegalArgumentException e) {
            throw new ImportException(ImportException.Reason.BAD_URL, link, "it redirects to a bad address: " + location);
        }
    }

    static boolean isHtml(String contentType) {
        String type = contentType.toLowerCase(Locale.ROOT);
        int semicolon = type.indexOf(';');
        type = (semicolon < 0 ? type : type.substring(0, semicolon)).strip();
        return type.equals("text/html") || type.equals("application/xhtml+xml");
    }

    private static String charset(String contentType) {
        for (String part : contentType.split(";")) {
            String p = part.strip();
            if (p.toLowerCase(Locale.ROOT).startsWith("charset=")) {
                return p.substring("charset=".length()).replace("\"", "").strip();
            }
        }
        return "";
    }

    static String megabytes(long bytes) {
        long mb = bytes / (1024 * 1024);
        return mb >= 1 ? mb + " MB" : bytes / 1024 + " KB";
    }
}
