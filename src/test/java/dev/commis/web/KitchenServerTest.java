package dev.commis.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.commis.chat.CookStore;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The kitchen screen's HTTP answers, through a real client against the server on 127.0.0.1. */
class KitchenServerTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path folder;

    private ScreenFixture screen;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeEach
    void start() throws Exception {
        screen = ScreenFixture.at(folder);
    }

    @AfterEach
    void stop() {
        screen.close();
    }

    private HttpResponse<String> get(String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> press(String name, String origin, String site) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(screen.link() + "/press"))
                .timeout(Duration.ofSeconds(5)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"press\":\"" + name + "\"}"));
        if (origin != null) {
            request.header("Origin", origin);
        }
        if (site != null) {
            request.header("Sec-Fetch-Site", site);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private String origin() {
        return "http://127.0.0.1:" + screen.server.port();
    }

    private int step() {
        return screen.core.services().cooks().get(ScreenFixture.CHAT).map(CookStore.Cook::step).orElse(-1);
    }

    @Test
    void thePageOfAChatsLinkIsServedWithAPolicyThatAllowsOnlyItsOwnScript() throws Exception {
        HttpResponse<String> page = get(screen.link());

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Security-Policy")).hasValue(Http.CSP);
        assertThat(Http.CSP).startsWith("default-src 'self'; script-src 'self';").doesNotContain("unsafe");
        assertThat(page.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(page.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
        assertThat(page.body()).contains("<script src=\"../static/screen.js\" defer></script>").doesNotContain("<script>");
        assertThat(get(screen.server.publicUrl() + "/static/screen.js").headers().firstValue("Content-Type"))
                .hasValue("text/javascript; charset=utf-8");
        assertThat(get(screen.server.publicUrl() + "/static/screen.js").body()).contains("textContent").doesNotContain("innerHTML");
    }

    @Test
    void aWrongTokenIsNotFoundAndTheRootShowsNoChatsData() throws Exception {
        screen.send("/cook tomates feta");
        String token = screen.tokens.tokenFor(ScreenFixture.CHAT);
        String wrong = screen.server.publicUrl() + "/k/" + "A".repeat(32);

        assertThat(get(wrong).statusCode()).isEqualTo(404);
        assertThat(get(wrong + "/state").statusCode()).isEqualTo(404);
        assertThat(get(wrong + "/events").statusCode()).isEqualTo(404);
        assertThat(get(screen.server.publicUrl() + "/k/" + token.substring(1)).statusCode()).isEqualTo(404);
        assertThat(get(screen.server.publicUrl() + "/k/").statusCode()).isEqualTo(404);
        assertThat(get(screen.server.publicUrl() + "/k/" + token + "/other").statusCode()).isEqualTo(404);
        HttpResponse<String> root = get(screen.server.publicUrl() + "/");
        assertThat(root.statusCode()).isEqualTo(200);
        assertThat(root.body()).contains("/screen").doesNotContain(token).doesNotContain("Feta");
    }

    @Test
    void theStateIsTheChatsCookAndTimersAsText() throws Exception {
        screen.send("/cook tomates feta");

        JsonNode state = JSON.readTree(get(screen.link() + "/state").body());

        assertThat(state.path("cook").path("title").asText()).isEqualTo("<Tomates & Feta>");
        assertThat(state.path("cook").path("stepTitle").asText()).isEqualTo("Découper");
        assertThat(state.path("cook").path("stepOf").asText()).contains("1").contains("3");
        assertThat(state.path("cook").path("ingredients").toString()).contains("4 tomates bien mûres").doesNotContain("feta");
        assertThat(state.path("cook").path("presses").findValuesAsText("name")).containsExactly("next", "stop");
        assertThat(state.path("timers").size()).isZero();
        assertThat(state.path("words").path("timers").asText()).isEqualTo("Minuteurs");
    }

    @Test
    void aPressFromThePageMovesTheChatsCookAndTheReplyGoesToTheChat() throws Exception {
        screen.send("/cook tomates feta");

        HttpResponse<String> next = press("next", origin(), "same-origin");

        assertThat(next.statusCode()).isEqualTo(200);
        assertThat(step()).isEqualTo(1);
        assertThat(JSON.readTree(next.body()).path("cook").path("ingredients").toString()).contains("200 g de feta");
        assertThat(screen.pushed).hasSize(1);
        assertThat(screen.pushed.get(0).replacing()).isTrue();
        assertThat(dev.commis.console.PlainTextRenderer.render(screen.pushed.get(0))).contains("Émietter la feta");

        assertThat(press("previous", origin(), null).statusCode()).isEqualTo(200);
        assertThat(step()).isZero();
    }

    @Test
    void aTimerStartedFromThePageIsTheChatsReminder() throws Exception {
        screen.send("/cook tomates feta");
        press("next", origin(), "same-origin");
        press("next", origin(), "same-origin");

        HttpResponse<String> timer = press("timer0", origin(), "same-origin");

        assertThat(timer.statusCode()).isEqualTo(200);
        assertThat(screen.reminders.pending(ScreenFixture.CHAT)).isNotEmpty();
        JsonNode timers = JSON.readTree(timer.body()).path("timers");
        assertThat(timers.size()).isEqualTo(screen.reminders.pending(ScreenFixture.CHAT).size());
        assertThat(timers.get(timers.size() - 1).path("dueAt").asLong() - JSON.readTree(timer.body()).path("now").asLong())
                .isEqualTo(Duration.ofMinutes(20).toMillis());
    }

    @Test
    void pressesFromAnotherOriginOrWithoutOneAreRefused() throws Exception {
        screen.send("/cook tomates feta");

        assertThat(press("next", "http://evil.example", null).statusCode()).isEqualTo(403);
        assertThat(press("next", origin(), "cross-site").statusCode()).isEqualTo(403);
        assertThat(press("next", origin(), "same-site").statusCode()).isEqualTo(403);
        assertThat(press("next", null, null).statusCode()).isEqualTo(403);
        assertThat(press("next", "null", null).statusCode()).isEqualTo(403);
        HttpResponse<String> form = http.send(HttpRequest.newBuilder(URI.create(screen.link() + "/press"))
                .header("Origin", origin()).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("press=next")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(form.statusCode()).isEqualTo(415);
        assertThat(step()).isZero();
        assertThat(screen.pushed).isEmpty();
    }

    @Test
    void aPressThatTheCookDoesNotOfferIsAConflictAndChangesNothing() throws Exception {
        screen.send("/cook tomates feta");

        assertThat(press("previous", origin(), "same-origin").statusCode()).isEqualTo(409);
        assertThat(press("timer7", origin(), "same-origin").statusCode()).isEqualTo(409);
        assertThat(press("st:yes", origin(), "same-origin").statusCode()).isEqualTo(409);
        assertThat(step()).isZero();
        assertThat(get(screen.link() + "/press").statusCode()).isEqualTo(405);
    }

    @Test
    void theStopPressEndsTheCookAsTheChatsConfirmedStopDoes() throws Exception {
        screen.send("/cook tomates feta");

        assertThat(press("stop", origin(), "same-origin").statusCode()).isEqualTo(200);

        assertThat(screen.core.services().cooks().get(ScreenFixture.CHAT)).isEmpty();
        assertThat(dev.commis.console.PlainTextRenderer.render(screen.pushed.get(0))).contains("arrêtée");
    }

    @Test
    void theStreamSendsTheScreenAtOnceAndAgainWhenTheChatChanges() throws Exception {
        screen.send("/cook tomates feta");
        BlockingQueue<String> lines = new ArrayBlockingQueue<>(100);
        HttpResponse<InputStream> stream = http.send(HttpRequest.newBuilder(URI.create(screen.link() + "/events")).build(),
                HttpResponse.BodyHandlers.ofInputStream());
        assertThat(stream.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/event-stream"));
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(stream.body(), StandardCharsets.UTF_8))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    lines.offer(line);
                }
            } catch (java.io.IOException e) {
                // closed
            }
        });
        reader.setDaemon(true);
        reader.start();

        assertThat(nextData(lines)).contains("\"stepOf\"").contains("Découper");
        screen.send("/cook soupe de potiron");
        assertThat(nextData(lines)).contains("Soupe de potiron");
        screen.send("/timer 5m pain");
        assertThat(nextData(lines)).contains("pain");
        screen.send("/screen off");
        assertThat(nextLine(lines, "event: ")).isEqualTo("event: revoked");
        assertThat(get(screen.server.publicUrl() + "/k/" + "x".repeat(32)).statusCode()).isEqualTo(404);
    }

    @Test
    void aPortInUseIsRefusedNamingTheSettingsToChange() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> KitchenServer.bind(
                        new dev.commis.config.Settings.Web(true, "127.0.0.1", screen.server.port(), java.util.Optional.empty())))
                .isInstanceOf(WebBindException.class)
                .hasMessageStartingWith("the kitchen screen cannot listen on 127.0.0.1:" + screen.server.port())
                .hasMessageEndingWith("change web.port (or COMMIS_WEB_PORT) or web.bind, or set web.port to 0");
    }

    private static String nextData(BlockingQueue<String> lines) throws InterruptedException {
        return nextLine(lines, "data: ");
    }

    private static String nextLine(BlockingQueue<String> lines, String prefix) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (System.nanoTime() < deadline) {
            String line = lines.poll(100, TimeUnit.MILLISECONDS);
            if (line != null && line.startsWith(prefix)) {
                return line;
            }
        }
        throw new AssertionError("no '" + prefix + "' line within 5 s");
    }
}
