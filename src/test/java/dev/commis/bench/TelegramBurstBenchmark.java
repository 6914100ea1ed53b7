package dev.commis.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.commis.telegram.TelegramBurst;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Telegram at its real rate (issue 12): a burst of 300 replies to 100 chats through Commis's outbox and HTTP client,
 * against a minimal Bot API on 127.0.0.1 that answers every send after a simulated round trip of 100 ms. Telegram
 * allows 30 messages a second in all, so the burst cannot take less than about 10 s; the target is within 1.1x of
 * that. The fake also checks the limits from the arrival times it saw (1 s per chat, 30 in any second) and says
 * how many were broken. Not a test: it never fails on a timing.
 *
 * <p>{@code java -cp target/commis.jar:target/test-classes dev.commis.bench.TelegramBurstBenchmark [CHATS PER_CHAT LATENCY_MS]}
 */
public final class TelegramBurstBenchmark {

    private static final String TOKEN = "123456:BenchTokenNotARealOne";
    /** Telegram's overall limit: messages a second. */
    private static final int PER_SECOND = 30;

    public static void main(String[] args) throws Exception {
        int chats = args.length > 0 ? Integer.parseInt(args[0]) : 100;
        int perChat = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        long latencyMs = args.length > 2 ? Long.parseLong(args[2]) : 100;
        int total = chats * perChat;
        SlowBotApi api = new SlowBotApi(latencyMs);
        try {
            TelegramBurst.run(api.uri(), TOKEN, 5, 1); // warms up the client and the JIT a little; not counted
            api.arrivals.clear();
            Duration took = TelegramBurst.run(api.uri(), TOKEN, chats, perChat);
            double limit = Math.max(1.0, (double) total / PER_SECOND); // the time Telegram's 30/s allows
            System.out.printf("Telegram burst: %d replies to %d chats, %d ms simulated round trip%n", total, chats, latencyMs);
            System.out.printf("  took %.2f s; Telegram's limit allows %.1f s; ratio %.2f (target <= 1.10)%n",
                    took.toMillis() / 1000.0, limit, took.toMillis() / 1000.0 / limit);
            System.out.printf("  sends seen by the fake: %d; limits broken: %d (per chat < 1 s apart), %d (over 30 in a second)%n",
                    api.arrivals.size(), api.perChatBroken(), api.overallBroken());
            System.out.println("  measured: submission of every reply to the outbox until the last was accepted, real clock,"
                    + " production outbox and HTTP client (time-outs, 16 calls in flight).");
            System.out.println("  left out: polling for the messages and the chat core answering them, Telegram's own"
                    + " jitter and 429s, TLS, message splitting (each reply is one short message), the 20/min group limit"
                    + " (all chats here are private).");
        } finally {
            api.close();
        }
    }

    /** A Bot API that answers sendMessage after a delay and records when each send arrived, per chat. */
    private static final class SlowBotApi implements AutoCloseable {

        private final HttpServer server;
        private final ExecutorService threads = Executors.newCachedThreadPool();
        private final long latencyMs;
        private final ObjectMapper json = new ObjectMapper();
        private final AtomicInteger messageIds = new AtomicInteger();
        /** (chat, nanoTime) of each send, in arrival order. */
        final List<long[]> arrivals = java.util.Collections.synchronizedList(new ArrayList<>());

        SlowBotApi(long latencyMs) throws IOException {
            this.latencyMs = latencyMs;
            server = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 200);
            server.setExecutor(threads);
            server.createContext("/", this::answer);
            server.start();
        }

        URI uri() {
            return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
        }

        private void answer(HttpExchange exchange) throws IOException {
            long at = System.nanoTime();
            JsonNode request = json.readTree(exchange.getRequestBody());
            long chat = request.path("chat_id").asLong();
            arrivals.add(new long[] {chat, at});
            try {
                Thread.sleep(latencyMs);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            String body = "{\"ok\":true,\"result\":{\"message_id\":" + messageIds.incrementAndGet() + ",\"date\":"
                    + TimeUnit.NANOSECONDS.toSeconds(at) + ",\"chat\":{\"id\":" + chat + ",\"type\":\"private\"},\"text\":"
                    + json.writeValueAsString(request.path("text").asText()) + "}}";
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }

        long perChatBroken() {
            Map<Long, Long> last = new HashMap<>();
            long broken = 0;
            synchronized (arrivals) {
                for (long[] arrival : arrivals) {
                    Long before = last.put(arrival[0], arrival[1]);
                    // 50 ms of slack: arrival times include the network stack's jitter, the sender's clock does not.
                    if (before != null && arrival[1] - before < TimeUnit.MILLISECONDS.toNanos(950)) {
                        broken++;
                    }
                }
            }
            return broken;
        }

        long overallBroken() {
            long broken = 0;
            synchronized (arrivals) {
                List<Long> times = arrivals.stream().map(arrival -> arrival[1]).sorted().toList();
                for (int i = PER_SECOND; i < times.size(); i++) {
                    if (times.get(i) - times.get(i - PER_SECOND) < TimeUnit.MILLISECONDS.toNanos(950)) {
                        broken++;
                    }
                }
            }
            return broken;
        }

        @Override
        public void close() {
            server.stop(0);
            threads.shutdownNow();
        }
    }
}
