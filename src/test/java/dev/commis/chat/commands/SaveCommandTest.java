package dev.commis.chat.commands;

import static dev.commis.chat.TestChat.text;
import static org.assertj.core.api.Assertions.assertThat;

import dev.commis.chat.ButtonPayloads;
import dev.commis.chat.ChatCore;
import dev.commis.chat.ChatServices;
import dev.commis.chat.ChatWording;
import dev.commis.chat.CommandList;
import dev.commis.chat.CookStore;
import dev.commis.chat.Incoming;
import dev.commis.chat.Library;
import dev.commis.chat.PreferenceStore;
import dev.commis.chat.TestChat;
import dev.commis.chat.reply.Reply;
import dev.commis.config.Settings;
import dev.commis.importer.HostResolver;
import dev.commis.importer.LinkSaver;
import dev.commis.importer.RecipeImporter;
import dev.commis.importer.RecipeSite;
import dev.commis.reminders.MutableClock;
import dev.commis.reminders.ReminderScheduler;
import dev.commis.reminders.ReminderStore;
import dev.commis.store.Database;
import dev.commis.text.Language;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code /save} in the chat core: the console, permissions on chat platforms, the offer under a bare link. */
class SaveCommandTest {

    @TempDir
    Path vault;

    private RecipeSite site;
    private Database database;

    @BeforeEach
    void open() throws Exception {
        site = new RecipeSite();
        database = Database.inMemory();
    }

    @AfterEach
    void close() {
        site.close();
        database.close();
    }

    /** A chat core over the sample vault that saves into {@code vault}, local addresses allowed. */
    private ChatCore core(Language lang, List<String> allowed, boolean telegramRestricted, boolean allowPrivate) {
        MutableClock clock = new MutableClock(TestChat.NOW, ZoneId.of("Europe/Paris"));
        PreferenceStore preferences = new PreferenceStore(database);
        Settings.Import settings = new Settings.Import("Imports", 5 * 1024 * 1024, Duration.ofSeconds(5), allowPrivate, allowed);
        RecipeImporter importer = RecipeImporter.of(vault, settings, () -> TestChat.sample().recipes(), HostResolver.SYSTEM, clock);
        ChatServices services = new ChatServices(new Library(TestChat::sample), preferences, new ButtonPayloads(),
                new ReminderScheduler(new ReminderStore(database), (to, user, text) -> { },
                        new ChatWording(preferences, lang, clock), clock, Duration.ofHours(1)),
                new CookStore(database), Duration.ofMinutes(10), new SplittableRandom(1), clock, 30, lang,
                new LinkSaver(importer, allowed, telegramRestricted));
        return new ChatCore(CommandList.standard(), services);
    }

    /** The reply as the console shows it, without its last line break. */
    private static String line(Reply reply) {
        return text(reply).strip();
    }

    private ChatCore console() {
        return core(Language.EN, List.of(), false, true);
    }

    @Test
    void savesAPageFromTheConsoleAndAnswersWithItsCard() throws Exception {
        Reply reply = console().handle(Incoming.message("console", "/save " + site.url("graph-yoast.html")));

        assertThat(text(reply)).startsWith("Weeknight Lentil Soup")
                .contains("⏱ 1 h 30", "serves 4", "1 cup brown lentils, rinsed", "1. Warm the oil")
                .contains("Saved into the vault as Imports/Weeknight Lentil Soup.md");
        assertThat(reply.allButtons()).extracting(b -> b.label()).containsExactly("🛒 Shopping list");
        assertThat(vault.resolve("Imports/Weeknight Lentil Soup.md")).exists();
    }

    @Test
    void answersInFrenchToEnregistrer() {
        Reply reply = core(Language.FR, List.of(), false, true)
                .handle(Incoming.message("console", "/enregistrer " + site.url("tarte-francaise.html")));

        assertThat(text(reply)).startsWith("Tarte fine aux pommes").contains("l’écorce d’un demi-citron")
                .contains("Enregistrée dans le carnet sous Imports/Tarte fine aux pommes.md");
    }

    @Test
    void offersToSaveABareLinkInAPrivateChatAndSavesItWhenPressed() {
        ChatCore core = console();

        Reply offer = core.handle(Incoming.message("console", site.url("microdata-only.html")));

        assertThat(text(offer)).contains("Save this page’s recipe into the vault?");
        assertThat(offer.allButtons()).singleElement().satisfies(b -> assertThat(b.label()).isEqualTo("💾 Save to the vault"));
        Reply card = core.handle(Incoming.button("console", offer.allButtons().get(0).action()));
        assertThat(text(card)).startsWith("Seeded Rye Loaf").contains("400 g dark rye flour");
    }

    @Test
    void readsABareLinkInAGroupAsARecipeNameAsBefore() {
        Reply reply = console().handle(new Incoming("telegram:-5", "@lea", true, Incoming.Kind.MESSAGE,
                site.url("microdata-only.html"), "telegram:7"));

        assertThat(reply.allButtons()).noneMatch(b -> b.label().contains("Save"));
        assertThat(site.asked()).isEmpty();
    }

    @Test
    void saysWhereALinkAlreadyIsAndShowsThatRecipe() {
        ChatCore core = console();
        String seed = "https://www.instagram.com/reel/DQDuWQZAaoP/?utm_source=ig_web_copy_link";

        Reply reply = core.handle(Incoming.message("console", "/save " + seed));

        assertThat(text(reply)).startsWith("Pork Belly Burnt Ends").contains("This page is already in the vault, as ");
        assertThat(site.asked()).isEmpty();
    }

    @Test
    void letsOnlyAllowedUsersSaveOnChatPlatforms() {
        ChatCore core = core(Language.EN, List.of("telegram:42", "discord:77"), false, true);
        String link = site.url("graph-yoast.html");

        Reply stranger = core.handle(new Incoming("telegram:9", "@tom", false, Incoming.Kind.MESSAGE, "/save " + link, "telegram:9"));
        Reply unknown = core.handle(Incoming.message("discord:dm:5", "/save " + link));
        Reply allowed = core.handle(new Incoming("discord:123", "<@77>", true, Incoming.Kind.MESSAGE, "/save " + link, "discord:77"));

        assertThat(line(stranger)).isEqualTo("Sorry, you may not save recipes into this vault. Ask its owner to add you to import.allowed.");
        assertThat(text(unknown)).startsWith("Sorry, you may not save");
        assertThat(text(allowed)).startsWith("Weeknight Lentil Soup");
        assertThat(site.asked()).hasSize(1);
    }

    @Test
    void trustsEveryTelegramUserWhenTelegramAllowedIsSet() {
        ChatCore core = core(Language.EN, List.of(), true, true);

        Reply reply = core.handle(new Incoming("telegram:9", "@tom", false, Incoming.Kind.MESSAGE,
                "/save " + site.url("graph-yoast.html"), "telegram:9"));
        Reply discord = core.handle(new Incoming("discord:dm:9", "<@9>", false, Incoming.Kind.MESSAGE,
                "/save " + site.url("graph-yoast.html"), "discord:9"));

        assertThat(text(reply)).startsWith("Weeknight Lentil Soup");
        assertThat(text(discord)).startsWith("Sorry, you may not save");
    }

    @Test
    void namesTheLinkInEveryError() throws Exception {
        ChatCore core = console();
        String none = site.url("no-recipe.html");
        String pdf = site.url("file.pdf");
        String missing = site.url("missing.html");

        assertThat(line(core.handle(Incoming.message("console", "/save " + none)))).isEqualTo("No recipe found on this page: " + none);
        assertThat(line(core.handle(Incoming.message("console", "/save " + pdf))))
                .isEqualTo("I could not read " + pdf + ": it is not a web page (application/pdf).");
        assertThat(line(core.handle(Incoming.message("console", "/save " + missing))))
                .isEqualTo("I could not read " + missing + ": the site answered with error 404.");
        assertThat(text(core.handle(Incoming.message("console", "/save"))))
                .startsWith("Which page? Write its link after /save");
    }

    @Test
    void refusesALocalAddressWithoutTheSetting() {
        String local = site.url("graph-yoast.html").replace("127.0.0.1", "localhost");

        Reply reply = core(Language.EN, List.of(), false, false).handle(Incoming.message("console", "/save " + local));

        assertThat(text(reply)).startsWith("I will not read " + local + ": localhost (loopback address");
        assertThat(site.asked()).isEmpty();
    }

    @Test
    void saysClearlyWhenTheFileCannotBeWritten() throws Exception {
        Files.writeString(vault.resolve("Imports"), "a file where the folder should be");

        Reply reply = console().handle(Incoming.message("console", "/save " + site.url("graph-yoast.html")));

        assertThat(text(reply)).startsWith("I could not save " + site.url("graph-yoast.html") + ": the file could not be written");
    }

    @Test
    void saysSavingIsNotAvailableWhenItIsOff() {
        Reply reply = new TestChat(Language.EN).send("/save https://example.org/soup");

        assertThat(line(reply)).isEqualTo("Saving recipes from links is not available here.");
    }
}
