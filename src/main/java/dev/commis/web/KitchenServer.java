package dev.commis.web;

import com.sun.net.httpserver.HttpServer;
import dev.commis.chat.ChatCore;
import dev.commis.chat.ChatPush;
import dev.commis.chat.ScreenTokens;
import dev.commis.config.Settings;
import dev.commis.events.ChatEvents;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The kitchen screen's web server: bound first ({@link #bind}), so that its address is known when the
 * chat core is built, then serving ({@link #serve}) once the core is ready. {@link #close()} ends the
 * open pages' streams (they reconnect by themselves to the next run) and stops listening.
 */
public final class KitchenServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(KitchenServer.class);

    private final HttpServer server;
    private final ExecutorService threads;
    private final URI publicUrl;
    private EventStreams streams;
    private Runnable unsubscribe = () -> { };

    private KitchenServer(HttpServer server, ExecutorService threads, URI publicUrl) {
        this.server = server;
        this.threads = threads;
        this.publicUrl = publicUrl;
    }

    /**
     * Listens where {@code settings} say (not serving yet).
     *
     * @throws WebBindException when the address cannot be listened on, with the settings to change in its message
     */
    public static KitchenServer bind(Settings.Web settings) throws WebBindException {
        HttpServer server;
        try {
            server = HttpServer.create(new InetSocketAddress(settings.bind(), settings.port()), 50);
        } catch (IOException e) {
            throw new WebBindException("the kitchen screen cannot listen on " + settings.bind() + ":" + settings.port() + " ("
                    + e.getMessage() + "); change web.port (or COMMIS_WEB_PORT) or web.bind, or set web.port to 0", e);
        }
        int port = server.getAddress().getPort();
        URI publicUrl = settings.publicUrl().orElseGet(() -> URI.create("http://" + LanAddress.forLinks(settings.bind()) + ":" + port));
        ExecutorService threads = Executors.newCachedThreadPool(runnable -> {
            Thread thread = new Thread(runnable, "kitchen-screen");
            thread.setDaemon(true);
            return thread;
        });
        server.setExecutor(threads);
        return new KitchenServer(server, threads, publicUrl);
    }

    /** The port it listens on. */
    public int port() {
        return server.getAddress().getPort();
    }

    /** The address put in links, without a trailing slash. */
    public URI publicUrl() {
        return publicUrl;
    }

    /**
     * Starts answering: pages of the chats whose token {@code tokens} knows, their buttons pressed through
     * {@code core} and the replies sent to the chat through {@code push}; open pages hear of {@code events}.
     */
    public void serve(ChatCore core, ScreenTokens tokens, ChatEvents events, ChatPush push) {
        streams = new EventStreams(core, tokens);
        unsubscribe = events.subscribe(streams::changed);
        server.createContext("/", new ScreenRoutes(core, tokens, streams, new Presses(core, push), publicUrl));
        server.start();
        LOG.info("Kitchen screen at {} (listening on {}:{})", publicUrl, server.getAddress().getHostString(), port());
    }

    @Override
    public void close() {
        unsubscribe.run();
        if (streams != null) {
            streams.close();
        }
        server.stop(0);
        threads.shutdownNow();
        try {
            threads.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
