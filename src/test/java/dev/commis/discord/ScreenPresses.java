package dev.commis.discord;

import static org.assertj.core.api.Assertions.assertThat;

import dev.commis.chat.ChatCore;
import dev.commis.chat.ChatPush;
import dev.commis.chat.ScreenTokens;
import dev.commis.config.Settings;
import dev.commis.events.ChatEvents;
import dev.commis.store.Database;
import dev.commis.web.KitchenServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Optional;

/**
 * The kitchen screen's web server on 127.0.0.1 over a chat core, its answers pushed through a given
 * {@link ChatPush}, pressed over HTTP as the page presses (JSON body, the page's own origin).
 */
final class ScreenPresses implements AutoCloseable {

    private final ScreenTokens tokens;
    private final KitchenServer server;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** Serves {@code core}'s screens, with tokens kept in {@code database}, the answers to presses sent through {@code push}. */
    ScreenPresses(ChatCore core, Database database, ChatPush push) throws Exception {
        tokens = new ScreenTokens(database, new SecureRandom());
        server = KitchenServer.bind(new Settings.Web(true, "127.0.0.1", 0, Optional.empty()));
        server.serve(core, tokens, new ChatEvents(), push);
    }

    /** Presses {@code name} on {@code chat}'s screen; returns once the press is done and its answer pushed. */
    void press(String chat, String name) throws Exception {
        String origin = "http://127.0.0.1:" + server.port();
        HttpResponse<String> pressed = http.send(HttpRequest.newBuilder(
                        URI.create(origin + "/k/" + tokens.tokenFor(chat) + "/press"))
                .timeout(Duration.ofSeconds(15)).header("Content-Type", "application/json").header("Origin", origin)
                .header("Sec-Fetch-Site", "same-origin")
                .POST(HttpRequest.BodyPublishers.ofString("{\"press\":\"" + name + "\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(pressed.statusCode()).as("press %s: %s", name, pressed.body()).isEqualTo(200);
    }

    @Override
    public void close() {
        server.close();
    }
}
