package dev.commis.web;

import com.sun.net.httpserver.HttpExchange;
import dev.commis.chat.ChatCore;
import dev.commis.chat.Incoming;
import dev.commis.chat.ScreenTokens;
import dev.commis.events.ChatEvents;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * The open pages' Server-Sent Event streams, by chat: each gets the chat's screen at once and again after
 * every change of that chat (changes that come together are sent once), a comment every
 * {@value #HEARTBEAT_SECONDS} s so that a page gone away is noticed, and {@code revoked} when its link
 * is revoked. At most {@value #MAX_STREAMS} streams at once; a page refused reconnects later by itself.
 */
final class EventStreams {

    static final int MAX_STREAMS = 64;
    static final int HEARTBEAT_SECONDS = 15;
    /** How long a page waits before reconnecting after the stream broke (a restart of Commis). */
    static final int RETRY_MILLIS = 2000;
    private static final Object STOP = new Object();

    private final ChatCore core;
    private final ScreenTokens tokens;
    private final Map<String, Set<BlockingQueue<Object>>> byChat = new ConcurrentHashMap<>();
    private final Semaphore slots = new Semaphore(MAX_STREAMS);
    private volatile boolean open = true;

    EventStreams(ChatCore core, ScreenTokens tokens) {
        this.core = core;
        this.tokens = tokens;
    }

    /** A chat changed: its open pages are sent its screen again. Quick: it only wakes the streams. */
    void changed(String chat, ChatEvents.Kind kind) {
        Set<BlockingQueue<Object>> queues = byChat.get(chat);
        if (queues != null) {
            queues.forEach(queue -> queue.offer(kind));
        }
    }

    /** Serves one page's stream until the page goes, its link is revoked, or the server stops. */
    void serve(HttpExchange exchange, String token, String chat) throws IOException {
        if (!open || !slots.tryAcquire()) {
            Http.send(exchange, 503, "text/plain", "Too many open screens; this page will try again.");
            return;
        }
        BlockingQueue<Object> queue = new LinkedBlockingQueue<>();
        byChat.computeIfAbsent(chat, key -> ConcurrentHashMap.newKeySet()).add(queue);
        try {
            Http.secure(exchange, "text/event-stream; charset=utf-8");
            exchange.getResponseHeaders().set("Cache-Control", "no-store");
            exchange.getResponseHeaders().set("X-Accel-Buffering", "no"); // a proxy in front must not hold events back
            exchange.sendResponseHeaders(200, 0);
            OutputStream out = exchange.getResponseBody();
            write(out, "retry: " + RETRY_MILLIS + "\n\n");
            write(out, state(chat));
            while (open) {
                Object next = queue.poll(HEARTBEAT_SECONDS, TimeUnit.SECONDS);
                if (next == STOP) {
                    break;
                }
                if (next == null) {
                    write(out, ": still here\n\n");
                    continue;
                }
                queue.clear(); // changes that came together: one screen says them all
                if (!tokens.chatOf(token).filter(chat::equals).isPresent()) {
                    write(out, "event: revoked\ndata: {}\n\n");
                    break;
                }
                write(out, state(chat));
            }
        } catch (IOException e) {
            // the page went away
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            byChat.computeIfPresent(chat, (key, queues) -> {
                queues.remove(queue);
                return queues.isEmpty() ? null : queues;
            });
            slots.release();
            exchange.close();
        }
    }

    private String state(String chat) {
        String json = ScreenJson.of(core.request(Incoming.message(chat, "")), core.services().clock().instant());
        return "event: state\ndata: " + json + "\n\n"; // JSON has no raw line breaks: one data line
    }

    private static void write(OutputStream out, String text) throws IOException {
        out.write(text.getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    /** Ends every stream; the pages reconnect by themselves to the next run. */
    void close() {
        open = false;
        byChat.values().forEach(queues -> queues.forEach(queue -> queue.offer(STOP)));
    }
}
