package dev.commis.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okio.Buffer;
import org.assertj.core.api.ThrowableAssert;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PageFetcherTest {

    private final MockWebServer server = new MockWebServer();
    private String base;

    @BeforeEach
    void start() throws IOException {
        server.start(InetAddress.getByName("127.0.0.1"), 0);
        base = "http://127.0.0.1:" + server.getPort();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private static PageFetcher open(long maxBytes, Duration timeout) {
        return new PageFetcher(new AddressGuard(HostResolver.SYSTEM, true), maxBytes, timeout);
    }

    private static MockResponse html(String body) {
        return new MockResponse.Builder().code(200).addHeader("Content-Type", "text/html; charset=utf-8").body(body).build();
    }

    private static MockResponse redirect(int code, String location) {
        return new MockResponse.Builder().code(code).addHeader("Location", location).build();
    }

    private static void assertFails(ThrowableAssert.ThrowingCallable call, ImportException.Reason reason, String message) {
        assertThatThrownBy(call).isInstanceOfSatisfying(ImportException.class, e -> {
            assertThat(e.reason()).isEqualTo(reason);
            assertThat(e.getMessage()).startsWith(message);
        });
    }

    @Test
    void followsRedirectsOneHopAtATimeWithABrowserLikeAcceptHeader() throws Exception {
        server.enqueue(redirect(301, "/moved"));
        server.enqueue(redirect(302, base + "/final?x=1"));
        server.enqueue(html("<html><body>soup</body></html>"));

        FetchedPage page = open(5_000_000, Duration.ofSeconds(5)).fetch(base + "/start");

        assertThat(page.uri().toString()).isEqualTo(base + "/final?x=1");
        assertThat(new String(page.body(), StandardCharsets.UTF_8)).contains("soup");
        assertThat(page.charset()).isEqualTo("utf-8");
        RecordedRequest first = server.takeRequest();
        assertThat(first.getTarget()).isEqualTo("/start");
        assertThat(first.getHeaders().get("Accept")).startsWith("text/html,application/xhtml+xml");
        assertThat(server.takeRequest().getTarget()).isEqualTo("/moved");
        assertThat(server.takeRequest().getTarget()).isEqualTo("/final?x=1");
    }

    @Test
    void refusesARedirectToAPrivateAddressBeforeContactingIt() {
        // The first host passes for public; "localhost", where the page redirects, resolves to 127.0.0.1.
        HostResolver resolver = host -> host.equals("127.0.0.1")
                ? List.of(InetAddress.getByName("93.184.216.34")) : HostResolver.SYSTEM.resolve(host);
        PageFetcher fetcher = new PageFetcher(new AddressGuard(resolver, false), 5_000_000, Duration.ofSeconds(5));
        server.enqueue(redirect(302, "http://localhost:" + server.getPort() + "/admin"));
        server.enqueue(html("<html>secret</html>"));

        assertFails(() -> fetcher.fetch(base + "/recipe"), ImportException.Reason.REFUSED_ADDRESS, base + "/recipe: refused");
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void refusesLocalhostWithoutTheSetting() {
        PageFetcher fetcher = new PageFetcher(new AddressGuard(HostResolver.SYSTEM, false), 5_000_000, Duration.ofSeconds(5));
        String link = "http://localhost:" + server.getPort() + "/";

        assertFails(() -> fetcher.fetch(link), ImportException.Reason.REFUSED_ADDRESS, link + ": refused");
        assertThat(server.getRequestCount()).isZero();
    }

    @Test
    void refusesWhatIsNotHtml() {
        server.enqueue(new MockResponse.Builder().code(200).addHeader("Content-Type", "application/pdf").body("%PDF").build());

        assertFails(() -> open(5_000_000, Duration.ofSeconds(5)).fetch(base + "/menu.pdf"), ImportException.Reason.NOT_HTML,
                base + "/menu.pdf: not a web page (content type application/pdf)");
    }

    @Test
    void refusesAPageOverTheLimitWhetherItsLengthIsAnnouncedOrNot() {
        String big = "<html>" + "x".repeat(5_000) + "</html>";
        server.enqueue(html(big));
        server.enqueue(new MockResponse.Builder().code(200).addHeader("Content-Type", "text/html").chunkedBody(big, 500).build());
        PageFetcher fetcher = open(1_024, Duration.ofSeconds(5));

        assertFails(() -> fetcher.fetch(base + "/a"), ImportException.Reason.TOO_BIG, base + "/a: the page is too big (more than 1 KB");
        assertFails(() -> fetcher.fetch(base + "/b"), ImportException.Reason.TOO_BIG, base + "/b: the page is too big");
    }

    @Test
    void givesUpOnASlowSite() {
        server.enqueue(html("<html>late</html>").newBuilder().headersDelay(3, TimeUnit.SECONDS).build());
        server.enqueue(new MockResponse.Builder().code(200).addHeader("Content-Type", "text/html")
                .body(new Buffer().writeUtf8("<html>" + "y".repeat(2_000) + "</html>")).throttleBody(100, 1, TimeUnit.SECONDS).build());
        PageFetcher fetcher = open(5_000_000, Duration.ofSeconds(1));

        long start = System.nanoTime();
        assertFails(() -> fetcher.fetch(base + "/slow-headers"), ImportException.Reason.TIMED_OUT, base + "/slow-headers: timed out after 1 s");
        assertFails(() -> fetcher.fetch(base + "/slow-body"), ImportException.Reason.TIMED_OUT, base + "/slow-body: timed out");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void reportsTheHttpStatus() {
        server.enqueue(new MockResponse.Builder().code(404).body("gone").build());

        assertFails(() -> open(5_000_000, Duration.ofSeconds(5)).fetch(base + "/gone"), ImportException.Reason.HTTP_STATUS,
                base + "/gone: the site answered HTTP 404");
    }

    @Test
    void stopsARedirectLoop() {
        for (int i = 0; i <= PageFetcher.MAX_REDIRECTS; i++) {
            server.enqueue(redirect(302, "/again"));
        }

        assertFails(() -> open(5_000_000, Duration.ofSeconds(5)).fetch(base + "/loop"), ImportException.Reason.TOO_MANY_REDIRECTS,
                base + "/loop: too many redirects");
    }

    @Test
    void refusesWhatIsNotALink() {
        assertFails(() -> open(5_000_000, Duration.ofSeconds(5)).fetch("lentil soup"), ImportException.Reason.BAD_URL,
                "lentil soup: not a web page address");
    }
}
