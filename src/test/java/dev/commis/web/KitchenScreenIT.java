package dev.commis.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.commis.chat.ChatPush;
import dev.commis.chat.CookStore;
import dev.commis.chat.Incoming;
import dev.commis.chat.reply.Reply;
import dev.commis.cli.ChatRuntime;
import dev.commis.config.Settings;
import dev.commis.config.SettingsLoader;
import dev.commis.console.ConsoleChat;
import dev.commis.console.PlainTextRenderer;
import dev.commis.vault.LoadProgress;
import java.io.File;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The kitchen screen in a real browser: Debian's chromium, headless, driven through its own chromedriver
 * (never a downloaded one), against Commis as it runs (the runtime of the settings, the console chat).
 */
class KitchenScreenIT {

    private static final String CHROMIUM = "/usr/bin/chromium";
    private static final String CHROMEDRIVER = "/usr/bin/chromedriver";
    private static final Pattern COUNTDOWN = Pattern.compile("^(\\d+):(\\d{2})$");

    @TempDir
    Path folder;

    private Settings settings;
    private ChatRuntime runtime;
    private WebDriver browser;
    private final List<Reply> pushed = new CopyOnWriteArrayList<>();
    private final List<String> reminded = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() throws Exception {
        Path vault = Files.createDirectories(folder.resolve("vault"));
        Files.writeString(vault.resolve("tomates-feta.md"), ScreenFixture.FETA, StandardCharsets.UTF_8);
        Files.writeString(vault.resolve("soupe.md"), ScreenFixture.SOUP, StandardCharsets.UTF_8);
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        settings = new SettingsLoader(Map.of("COMMIS_VAULT", vault.toString(), "COMMIS_DATA", folder.resolve("data").toString(),
                "COMMIS_WEB_PORT", Integer.toString(port))).load(Files.writeString(folder.resolve("commis.yaml"), "lang: en\n"));
        runtime = open();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1100,850",
                "--autoplay-policy=no-user-gesture-required");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER)).usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
    }

    private ChatRuntime open() throws Exception {
        ChatRuntime opened = ChatRuntime.open(settings, LoadProgress.NONE);
        ChatPush console = (chat, reply) -> pushed.add(reply);
        opened.pushTo(ConsoleChat.CHAT, console);
        opened.deliverTo(ConsoleChat.CHAT, (chat, user, text) -> reminded.add(text));
        opened.startReminders();
        return opened;
    }

    @AfterEach
    void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (runtime != null) {
            runtime.close();
        }
    }

    private Reply say(String text) {
        return runtime.core().handle(Incoming.message(ConsoleChat.CHAT, text));
    }

    private String text(String id) {
        return browser.findElement(By.id(id)).getText();
    }

    private WebDriverWait waiting(int seconds) {
        return new WebDriverWait(browser, Duration.ofSeconds(seconds));
    }

    private int step() {
        return runtime.core().services().cooks().get(ConsoleChat.CHAT).map(CookStore.Cook::step).orElse(-1);
    }

    @Test
    void thePageFollowsTheChatLiveAndItsButtonsMoveTheChatsCook() throws Exception {
        say("/cook tomates feta");
        String link = PlainTextRenderer.render(say("/screen")).lines().filter(line -> line.contains("/k/")).findFirst()
                .orElseThrow().strip();

        browser.get(link);
        waiting(10).until(page -> text("title").equals("<Tomates & Feta>"));
        // Shown as text: the title's markup holds the escaped characters, and no element came from it.
        assertThat((String) script("return document.getElementById('title').innerHTML")).isEqualTo("&lt;Tomates &amp; Feta&gt;");
        assertThat(browser.findElements(By.tagName("tomates"))).isEmpty();
        assertThat(text("step-text")).isEqualTo("Couper les tomates en quartiers.");
        assertThat(text("ingredient-list")).contains("4 tomates bien mûres");
        script("window.notReloaded = true");

        // From the chat to the page, without reloading.
        say("/cook soupe de potiron");
        waiting(5).until(page -> text("title").equals("Soupe de potiron"));
        say("/timer 2m bread");
        waiting(5).until(page -> COUNTDOWN.matcher(firstCountdown()).matches());
        int first = seconds(firstCountdown());
        waiting(5).until(page -> seconds(firstCountdown()) < first);
        assertThat(first).isBetween(100, 120);
        assertThat(text("timer-list")).contains("bread");
        screenshot("kitchen-screen.png");
        String light = (String) script("return getComputedStyle(document.body).backgroundColor");
        ((ChromeDriver) browser).executeCdpCommand("Emulation.setEmulatedMedia",
                Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", "dark"))));
        assertThat((String) script("return getComputedStyle(document.body).backgroundColor")).isNotEqualTo(light);
        screenshot("kitchen-screen-dark.png");
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
        waiting(5).until(page -> (Boolean) script("return document.documentElement.scrollWidth <= window.innerWidth"));
        screenshot("kitchen-screen-phone.png");
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(1100, 850));

        // From the page to the chat.
        browser.findElement(By.id("press-next")).click();
        waiting(5).until(page -> step() == 1);
        waiting(5).until(page -> text("step-text").startsWith("Simmer for 25 minutes"));
        assertThat(pushed).isNotEmpty();
        assertThat(PlainTextRenderer.render(pushed.get(pushed.size() - 1))).contains("Simmer for 25 minutes");
        assertThat((Boolean) script("return window.notReloaded === true")).isTrue();

        // A wrong token is not found.
        HttpClient http = HttpClient.newHttpClient();
        String wrong = link.substring(0, link.lastIndexOf('/') + 1) + "B".repeat(32);
        assertThat(http.send(HttpRequest.newBuilder(URI.create(wrong)).build(), HttpResponse.BodyHandlers.discarding())
                .statusCode()).isEqualTo(404);
    }

    @Test
    void aPageLeftOpenAcrossARestartReconnectsByItself() throws Exception {
        say("/cook tomates feta");
        String link = runtime.core().services().screens().link(ConsoleChat.CHAT).orElseThrow();
        browser.get(link);
        waiting(10).until(page -> text("step-text").startsWith("Couper"));
        script("window.notReloaded = true");

        runtime.close();
        runtime = open();
        say("/cook soupe de potiron");

        waiting(20).until(page -> text("title").equals("Soupe de potiron"));
        assertThat((Boolean) script("return window.notReloaded === true")).isTrue();
    }

    @Test
    void aTimerThatEndsFlashesOnThePageUntilTapped() throws Exception {
        browser.get(runtime.core().services().screens().link(ConsoleChat.CHAT).orElseThrow());
        waiting(10).until(page -> !text("no-cook").isEmpty());

        say("/timer 3s");
        waiting(5).until(page -> seconds(firstCountdown()) > 0);
        waiting(10).until(page -> (Boolean) script("return document.body.classList.contains('ringing')"));

        assertThat(text("timer-list")).contains("Done!");
        waiting(10).until(page -> !reminded.isEmpty());
        browser.findElement(By.cssSelector("#timer-list .timer.done")).click();
        waiting(5).until(page -> !(Boolean) script("return document.body.classList.contains('ringing')"));
        assertThat(text("no-timers")).isEqualTo("No timer running.");
    }

    /** Read in the page itself: the list's clocks tick four times a second. */
    private String firstCountdown() {
        return (String) script("const c = document.querySelector('#timer-list .countdown'); return c ? c.textContent : ''");
    }

    private static int seconds(String countdown) {
        Matcher match = COUNTDOWN.matcher(countdown);
        return match.matches() ? Integer.parseInt(match.group(1)) * 60 + Integer.parseInt(match.group(2)) : -1;
    }

    private Object script(String code) {
        return ((JavascriptExecutor) browser).executeScript(code);
    }

    private void screenshot(String name) throws Exception {
        Path shot = ((org.openqa.selenium.TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(shot, Path.of("target", name), StandardCopyOption.REPLACE_EXISTING);
    }
}
