package dev.commis.discord;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.Deflater;
import okhttp3.Response;
import okhttp3.WebSocket;
import okhttp3.WebSocketListener;
import okio.Buffer;
import okio.ByteString;

/**
 * One gateway connection, server side: sends HELLO when the socket opens, answers IDENTIFY with READY and the
 * guild's GUILD_CREATE, RESUME with RESUMED, every heartbeat with its ACK, and dispatches events with increasing
 * sequence numbers. With {@code compress=zlib-stream} every payload goes through one shared {@link Deflater} with a
 * sync flush, as Discord's transport compression does.
 */
final class FakeGateway extends WebSocketListener {

    /** What the gateway needs from the fake around it. */
    interface Host {

        boolean acceptsToken(String token);

        /** Whether {@code sessionId} was issued by this fake and may be resumed. */
        boolean knowsSession(String sessionId);

        /** The {@code READY} payload for a new session. */
        ObjectNode ready(String sessionId, JsonNode shard);

        /** Called once a session is identified (or resumed) and may receive dispatches. */
        void identified(FakeGateway gateway, JsonNode identify);

        void closed(FakeGateway gateway);
    }

    static final int DISPATCH = 0;
    static final int HEARTBEAT = 1;
    static final int IDENTIFY = 2;
    static final int RESUME = 6;
    static final int INVALID_SESSION = 9;
    static final int HELLO = 10;
    static final int HEARTBEAT_ACK = 11;
    /** Discord's interval; JDA beats once at once and then every interval, so a short test sees one beat. */
    static final int HEARTBEAT_INTERVAL_MS = 41_250;
    static final int UNKNOWN_ERROR = 4000;
    static final int AUTHENTICATION_FAILED = 4004;

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final Host host;
    private String sessionId;
    private final Deflater deflater;
    private WebSocket socket;
    private int sequence;
    private int heartbeats;
    private boolean open;
    private boolean identified;

    FakeGateway(Host host, String sessionId, boolean zlibStream) {
        this.host = host;
        this.sessionId = sessionId;
        this.deflater = zlibStream ? new Deflater() : null;
    }

    synchronized String sessionId() {
        return sessionId;
    }

    synchronized boolean isIdentified() {
        return open && identified;
    }

    synchronized int heartbeats() {
        return heartbeats;
    }

    /** Sends a dispatch ({@code op 0}) with the next sequence number. */
    synchronized void dispatch(String type, JsonNode data) {
        ObjectNode payload = JSON.objectNode().put("op", DISPATCH).put("t", type).put("s", ++sequence);
        payload.set("d", data);
        send(payload);
    }

    /** Closes from the server side with a close frame ({@code close}, not {@code cancel}: see LIBRARIES.md). */
    synchronized void close(int code, String reason) {
        if (socket != null && open) {
            socket.close(code, reason);
        }
        open = false;
    }

    @Override
    public synchronized void onOpen(WebSocket webSocket, Response response) {
        socket = webSocket;
        open = true;
        ObjectNode hello = JSON.objectNode().put("op", HELLO).putNull("s").putNull("t");
        hello.putObject("d").put("heartbeat_interval", HEARTBEAT_INTERVAL_MS).putArray("_trace").add("fake-gateway");
        send(hello);
    }

    @Override
    public void onMessage(WebSocket webSocket, String text) {
        JsonNode payload;
        try {
            payload = MAPPER.readTree(text);
        } catch (IOException e) {
            close(4002, "Error while decoding payload.");
            return;
        }
        JsonNode data = payload.path("d");
        switch (payload.path("op").asInt(-1)) {
            case HEARTBEAT -> heartbeat();
            case IDENTIFY -> identify(data);
            case RESUME -> resume(data);
            default -> {
                // presence updates, member requests, voice state: accepted and ignored
            }
        }
    }

    @Override
    public void onMessage(WebSocket webSocket, ByteString bytes) {
        onMessage(webSocket, bytes.utf8());
    }

    @Override
    public void onClosing(WebSocket webSocket, int code, String reason) {
        // The client closes: answer its close frame so that the close handshake completes.
        synchronized (this) {
            open = false;
        }
        // 1005 ("no status") and the other reserved codes may be reported but not sent back.
        boolean sendable = code >= 1000 && code < 5000 && !(code >= 1004 && code <= 1006) && !(code >= 1015
                && code <= 2999);
        webSocket.close(sendable ? code : 1000, null);
    }

    @Override
    public void onClosed(WebSocket webSocket, int code, String reason) {
        ended();
    }

    @Override
    public void onFailure(WebSocket webSocket, Throwable failure, Response response) {
        ended();
    }

    private void ended() {
        synchronized (this) {
            open = false;
            if (deflater != null) {
                deflater.end();
            }
        }
        host.closed(this);
    }

    private synchronized void heartbeat() {
        heartbeats++;
        send(JSON.objectNode().put("op", HEARTBEAT_ACK));
    }

    private void identify(JsonNode data) {
        if (!host.acceptsToken(data.path("token").asText(""))) {
            close(AUTHENTICATION_FAILED, "Authentication failed.");
            return;
        }
        synchronized (this) {
            dispatch("READY", host.ready(sessionId, data.path("shard")));
            dispatch("GUILD_CREATE", FakeDiscordObjects.guildCreate());
            identified = true;
        }
        host.identified(this, data);
    }

    private void resume(JsonNode data) {
        if (!host.acceptsToken(data.path("token").asText(""))) {
            close(AUTHENTICATION_FAILED, "Authentication failed.");
            return;
        }
        String resumed = data.path("session_id").asText();
        if (!host.knowsSession(resumed)) {
            synchronized (this) {
                send(JSON.objectNode().put("op", INVALID_SESSION).put("d", false));
            }
            return;
        }
        // The fake keeps no backlog of missed events: the resumed session goes on from the client's sequence.
        synchronized (this) {
            sessionId = resumed;
            sequence = data.path("seq").asInt(0);
            dispatch("RESUMED", JSON.objectNode());
            identified = true;
        }
        host.identified(this, data);
    }

    private void send(JsonNode payload) {
        if (socket == null || !open) {
            return;
        }
        byte[] bytes = payload.toString().getBytes(StandardCharsets.UTF_8);
        if (deflater == null) {
            socket.send(payload.toString());
            return;
        }
        deflater.setInput(bytes);
        byte[] chunk = new byte[bytes.length + 64];
        Buffer out = new Buffer();
        int written;
        do {
            // A full chunk may mean more is pending; a partial one ends with the sync flush marker 00 00 ff ff.
            written = deflater.deflate(chunk, 0, chunk.length, Deflater.SYNC_FLUSH);
            out.write(chunk, 0, written);
        } while (written == chunk.length);
        socket.send(out.readByteString());
    }
}
