package dev.commis.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import dev.commis.chat.ChatCore;
import dev.commis.chat.Incoming;
import dev.commis.chat.ScreenTokens;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The kitchen screen's addresses. {@code /} is a page that shows no chat's data; {@code /static/…} the
 * page's script and style; {@code /k/<token>} the page, {@code …/state} the screen as JSON, {@code …/events}
 * its live stream, and {@code POST …/press} presses one of its buttons. A token that is not a chat's,
 * and any other address, is 404. A press must come from the page itself: a JSON body, and the browser's
 * {@code Origin} (and {@code Sec-Fetch-Site}, when sent) naming this server; anything else is 403.
 */
final class ScreenRoutes implements HttpHandler {

    private static final Logger LOG = LoggerFactory.getLogger(ScreenRoutes.class);
    private static final Pattern SCREEN = Pattern.compile("/k/([A-Za-z0-9_-]{1,64})(/state|/events|/press)?");
    private static final int MAX_BODY = 1024;
    private static final String HTML = "text/html; charset=utf-8";
    private static final String JSON = "application/json; charset=utf-8";

    private final ChatCore core;
    private final ScreenTokens tokens;
    private final EventStreams streams;
    private final Presses presses;
    private final URI publicUrl;
    private final byte[] home = Http.resource("home.html");
    private final byte[] page = Http.resource("screen.html");
    private final byte[] script = Http.resource("screen.js");
    private final byte[] style = Http.resource("screen.css");

    ScreenRoutes(ChatCore core, ScreenTokens tokens, EventStreams streams, Presses presses, URI publicUrl) {
        this.core = core;
        this.tokens = tokens;
        this.streams = streams;
        this.presses = presses;
        this.publicUrl = publicUrl;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try {
            route(exchange);
        } catch (IOException e) {
            exchange.close(); // the browser went away
        } catch (RuntimeException e) {
            LOG.error("Kitchen screen: could not answer {} {}", exchange.getRequestMethod(), exchange.getRequestURI().getPath(), e);
            Http.send(exchange, 500, "text/plain; charset=utf-8", "Something went wrong; the page will try again.");
        }
    }

    private void route(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        String prefix = publicUrl.getPath() == null ? "" : publicUrl.getPath();
        if (!prefix.isEmpty() && path.startsWith(prefix + "/")) {
            path = path.substring(prefix.length()); // a proxy that passes the public address's path along
        }
        String method = exchange.getRequestMethod();
        boolean get = method.equals("GET") || method.equals("HEAD");
        switch (path) {
            case "/" -> send(exchange, get, HTML, home);
            case "/static/screen.js" -> send(exchange, get, "text/javascript; charset=utf-8", script);
            case "/static/screen.css" -> send(exchange, get, "text/css; charset=utf-8", style);
            default -> screen(exchange, path, method);
        }
    }

    private void screen(HttpExchange exchange, String path, String method) throws IOException {
        Matcher match = SCREEN.matcher(path);
        Optional<String> chat = match.matches() ? tokens.chatOf(match.group(1)) : Optional.empty();
        if (chat.isEmpty()) {
            Http.send(exchange, 404, "text/plain; charset=utf-8", "No kitchen screen here: ask /screen in your chat for its link.");
            return;
        }
        String part = match.group(2) == null ? "" : match.group(2);
        boolean get = method.equals("GET") || method.equals("HEAD");
        switch (part) {
            case "" -> send(exchange, get, HTML, page);
            case "/state" -> {
                if (get) {
                    Http.send(exchange, 200, JSON, state(chat.get()));
                } else {
                    notAllowed(exchange, "GET");
                }
            }
            case "/events" -> {
                if (method.equals("GET")) { // not HEAD: a stream has no end to send headers for
                    streams.serve(exchange, match.group(1), chat.get());
                } else {
                    notAllowed(exchange, "GET");
                }
            }
            default -> press(exchange, method, chat.get());
        }
    }

    private void press(HttpExchange exchange, String method, String chat) throws IOException {
        if (!method.equals("POST")) {
            notAllowed(exchange, "POST");
            return;
        }
        if (!Origins.sameOrigin(exchange.getRequestHeaders(), publicUrl)) {
            Http.send(exchange, 403, "text/plain; charset=utf-8", "Presses come from the kitchen screen's own page only.");
            return;
        }
        String type = exchange.getRequestHeaders().getFirst("Content-Type");
        if (type == null || !type.toLowerCase(java.util.Locale.ROOT).startsWith("application/json")) {
            Http.send(exchange, 415, "text/plain; charset=utf-8", "A press is a JSON body such as {\"press\":\"next\"}.");
            return;
        }
        byte[] body;
        try (InputStream in = exchange.getRequestBody()) {
            body = in.readNBytes(MAX_BODY + 1);
        }
        JsonNode read;
        try {
            read = body.length > MAX_BODY ? null : ScreenJson.MAPPER.readTree(body);
        } catch (IOException e) {
            read = null;
        }
        String name = read == null ? "" : read.path("press").asText("");
        if (name.isEmpty()) {
            Http.send(exchange, 400, "text/plain; charset=utf-8", "A press is a JSON body such as {\"press\":\"next\"}.");
            return;
        }
        if (!presses.press(chat, name)) {
            Http.send(exchange, 409, JSON, state(chat)); // the cook moved on meanwhile: here is what it is now
            return;
        }
        Http.send(exchange, 200, JSON, state(chat));
    }

    private String state(String chat) {
        return ScreenJson.of(core.request(Incoming.message(chat, "")), core.services().clock().instant());
    }

    private static void send(HttpExchange exchange, boolean get, String type, byte[] body) throws IOException {
        if (get) {
            Http.send(exchange, 200, type, body);
        } else {
            notAllowed(exchange, "GET");
        }
    }

    private static void notAllowed(HttpExchange exchange, String allowed) throws IOException {
        exchange.getResponseHeaders().set("Allow", allowed);
        Http.send(exchange, 405, "text/plain; charset=utf-8", "Method not allowed here.");
    }
}
