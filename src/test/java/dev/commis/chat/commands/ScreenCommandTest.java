package dev.commis.chat.commands;

import static org.assertj.core.api.Assertions.assertThat;

import dev.commis.chat.ButtonPayloads;
import dev.commis.chat.ChatCore;
import dev.commis.chat.ChatServices;
import dev.commis.chat.ChatWording;
import dev.commis.chat.CommandList;
import dev.commis.chat.CookStore;
import dev.commis.chat.Incoming;
import dev.commis.chat.KitchenScreens;
import dev.commis.chat.Library;
import dev.commis.chat.PreferenceStore;
import dev.commis.chat.ScreenTokens;
import dev.commis.chat.TestChat;
import dev.commis.chat.reply.Button;
import dev.commis.chat.reply.Reply;
import dev.commis.console.PlainTextRenderer;
import dev.commis.events.ChatEvents;
import dev.commis.importer.LinkSaver;
import dev.commis.reminders.ReminderScheduler;
import dev.commis.reminders.ReminderStore;
import dev.commis.store.Database;
import dev.commis.text.Language;
import java.net.URI;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** {@code /screen}: the chat's link on its own line, {@code /screen off}, and the Mini App button of the cook. */
class ScreenCommandTest {

    private static ChatCore core(Database database, KitchenScreens screens, Language lang) {
        PreferenceStore preferences = new PreferenceStore(database);
        Clock clock = Clock.systemUTC();
        ReminderScheduler reminders = new ReminderScheduler(new ReminderStore(database), (chat, user, text) -> { },
                new ChatWording(preferences, lang, clock), clock, Duration.ofHours(1));
        return new ChatCore(CommandList.standard(), new ChatServices(new Library(TestChat::sample), preferences,
                new ButtonPayloads(), reminders, new CookStore(database), Duration.ofMinutes(10), new SplittableRandom(1),
                clock, 30, lang, LinkSaver.OFF, screens));
    }

    private static String say(ChatCore core, String chat, String text) {
        return PlainTextRenderer.render(core.handle(Incoming.message(chat, text)));
    }

    @Test
    void withTheWebServerOffItSaysHowToTurnItOn() throws Exception {
        try (Database database = Database.inMemory()) {
            assertThat(say(core(database, KitchenScreens.OFF, Language.EN), "console", "/screen"))
                    .contains("web.port").contains("COMMIS_WEB_PORT").doesNotContain("/k/");
            assertThat(say(core(database, KitchenScreens.OFF, Language.FR), "console", "/ecran"))
                    .contains("web.port").contains("COMMIS_WEB_PORT");
        }
    }

    @Test
    void givesTheChatsLinkOnALineOfItsOwnAndRevokesIt() throws Exception {
        try (Database database = Database.inMemory()) {
            ScreenTokens tokens = new ScreenTokens(database, new SecureRandom());
            List<String> revoked = new ArrayList<>();
            ChatEvents events = new ChatEvents();
            events.subscribe((chat, kind) -> revoked.add(chat + " " + kind));
            ChatCore core = core(database, new KitchenScreens(tokens, URI.create("http://192.168.1.20:8080"), events), Language.EN);

            String link = "http://192.168.1.20:8080/k/" + tokens.tokenFor("console");
            assertThat(say(core, "console", "/screen").lines()).contains(link);
            assertThat(say(core, "telegram:7", "/screen")).doesNotContain(link).contains("/k/");

            assertThat(say(core, "console", "/screen off")).contains("revoked");
            assertThat(revoked).containsExactly("console SCREEN_REVOKED");
            assertThat(tokens.chatOf(link.substring(link.lastIndexOf('/') + 1))).isEmpty();
            assertThat(say(core, "console", "/screen off")).contains("no kitchen screen link");
            assertThat(say(core, "console", "/screen please")).contains("/screen off");
            assertThat(say(core, "console", "/screen")).doesNotContain(link).contains("http://192.168.1.20:8080/k/");
        }
    }

    @Test
    void theCookHasAMiniAppButtonOnlyWhenTheAddressIsHttps() throws Exception {
        try (Database database = Database.inMemory()) {
            ScreenTokens tokens = new ScreenTokens(database, new SecureRandom());
            ChatCore https = core(database, new KitchenScreens(tokens, URI.create("https://commis.example.org"), new ChatEvents()), Language.EN);
            ChatCore http = core(database, new KitchenScreens(tokens, URI.create("http://192.168.1.20:8080"), new ChatEvents()), Language.EN);
            String title = TestChat.sample().recipes().stream().filter(recipe -> recipe.steps().size() > 1).findFirst().orElseThrow().title();

            Reply cook = https.handle(Incoming.message("telegram:7", "/cook " + title));
            List<Button> links = cook.allButtons().stream().filter(Button::isLink).toList();
            assertThat(links).hasSize(1);
            assertThat(links.get(0).url()).isEqualTo("https://commis.example.org/k/" + tokens.tokenFor("telegram:7"));
            assertThat(PlainTextRenderer.render(cook)).doesNotContain("Kitchen screen");
            assertThat(http.handle(Incoming.message("telegram:8", "/cook " + title)).allButtons()).noneMatch(Button::isLink);
        }
    }
}
