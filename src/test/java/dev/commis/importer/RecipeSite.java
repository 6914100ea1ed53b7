package dev.commis.importer;

import java.io.IOException;
import java.net.InetAddress;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.jetbrains.annotations.NotNull;

/**
 * A recipe site on 127.0.0.1 for tests: {@code /<fixture>} serves {@code pages/<fixture>} as
 * HTML, {@code /redirect/<fixture>} redirects to it, {@code /file.pdf} is not HTML; anything
 * else is a 404. It records the paths asked for.
 */
public final class RecipeSite implements AutoCloseable {

    private final MockWebServer server = new MockWebServer();
    private final List<String> asked = new CopyOnWriteArrayList<>();

    public RecipeSite() throws IOException {
        server.setDispatcher(new Dispatcher() {
            @Override
            public @NotNull MockResponse dispatch(@NotNull RecordedRequest request) {
                String path = request.getUrl().encodedPath();
                asked.add(path);
                return answer(path.substring(1));
            }
        });
        server.start(InetAddress.getByName("127.0.0.1"), 0);
    }

    private static MockResponse answer(String path) {
        if (path.startsWith("redirect/")) {
            return new MockResponse.Builder().code(301).addHeader("Location", "/" + path.substring("redirect/".length())).build();
        }
        if (path.equals("file.pdf")) {
            return new MockResponse.Builder().code(200).addHeader("Content-Type", "application/pdf").body("%PDF-1.7").build();
        }
        try {
            return new MockResponse.Builder().code(200).addHeader("Content-Type", "text/html; charset=UTF-8")
                    .body(Pages.text(path)).build();
        } catch (IllegalArgumentException e) {
            return new MockResponse.Builder().code(404).body("not found").build();
        }
    }

    /** The address of {@code path} on this site ({@code graph-yoast.html}). */
    public String url(String path) {
        return "http://127.0.0.1:" + server.getPort() + "/" + path;
    }

    /** The paths asked for so far, in order. */
    public List<String> asked() {
        return List.copyOf(asked);
    }

    @Override
    public void close() {
        server.close();
    }
}
