package dev.commis.chat.commands;

import static dev.commis.chat.TestChat.text;
import static org.assertj.core.api.Assertions.assertThat;

import dev.commis.chat.Incoming;
import dev.commis.chat.TestChat;
import dev.commis.chat.reply.Button;
import dev.commis.chat.reply.Reply;
import dev.commis.store.Database;
import dev.commis.text.Language;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The shared shopping list through the chat core: ticks by several people, pages, /add, clearing, forged buttons. */
class SharedListTest {

    private static final String GROUP = "telegram:-500";

    private final Database database = TestChat.inMemoryDatabase();
    private final TestChat en = new TestChat(Language.EN, database, GROUP);

    @Test
    void givesEachItemAnOpenButtonThenATickedOne() {
        Reply list = en.sendInGroup("@lea", "/shop crêpes");
        assertThat(itemLabels(list)).isNotEmpty().allMatch(label -> label.startsWith("☐ ")).contains("☐ 50 cl lait entier");
        Reply ticked = press(list, "@tom", "☐ 50 cl lait entier");
        assertThat(ticked.replacing()).as("edits the list's message").isTrue();
        assertThat(itemLabels(ticked)).contains("✅ 50 cl lait entier").doesNotContain("☐ 50 cl lait entier");
        assertThat(itemLabels(ticked)).filteredOn(label -> label.startsWith("✅ ")).hasSize(1);
    }

    @Test
    void showsWhoTickedWhatWhenTwoPeopleTickTheSameMessage() {
        Reply list = en.sendInGroup("@lea", "/shop crêpes");
        Reply byTom = press(list, "@tom", "☐ 50 cl lait entier");
        // Léa presses on the message as it stood before Tom's edit reached her: both ticks stay.
        Reply byLea = press(list, "@lea", "☐ 4 oeufs");
        assertThat(text(byTom)).contains("✅ @tom: 50 cl lait entier");
        assertThat(text(byLea)).contains("✅ @tom: 50 cl lait entier").contains("✅ @lea: 4 oeufs").contains("2 of 7 ticked");
        assertThat(itemLabels(byLea)).contains("✅ 50 cl lait entier", "✅ 4 oeufs");
    }

    @Test
    void namesWhoTickedAsThePlatformWritesANameInText() {
        Reply list = en.sendInGroup("@lea", "/shop crêpes");
        Reply ticked = en.core.handle(new Incoming(GROUP, "<@4343>", true, Incoming.Kind.BUTTON, action(list, "☐ 4 oeufs"),
                "discord:4343", "Tom"));
        assertThat(text(ticked)).contains("✅ Tom: 4 oeufs").doesNotContain("4343");
    }

    @Test
    void untickingOpensTheItemAgainAndARepeatedPressChangesNothing() {
        Reply list = en.sendInGroup("@lea", "/shop crêpes");
        Reply ticked = press(list, "@tom", "☐ 4 oeufs");
        Reply again = press(list, "@tom", "☐ 4 oeufs");
        assertThat(text(again)).isEqualTo(text(ticked));
        Reply unticked = press(ticked, "@lea", "✅ 4 oeufs");
        assertThat(itemLabels(unticked)).contains("☐ 4 oeufs");
        assertThat(text(unticked)).doesNotContain("@tom").contains("0 of 7 ticked");
    }

    @Test
    void pagesALongListAndKeepsTheTicksAcrossPages() {
        IntStream.rangeClosed(1, 45).forEach(i -> en.sendInGroup("@lea", "/add item " + i));
        Reply first = en.sendInGroup("@lea", "/shop");
        assertThat(itemLabels(first)).hasSize(ListPage.PAGE_SIZE).first().isEqualTo("☐ item 1");
        assertThat(text(first)).contains("0 of 45 ticked · page 1/3");
        Reply ticked = press(first, "@lea", "☐ item 3");
        Reply second = press(ticked, "@tom", "Next ▶");
        assertThat(second.replacing()).isTrue();
        assertThat(itemLabels(second)).hasSize(20).first().isEqualTo("☐ item 21");
        assertThat(text(second)).as("console numbers: places in the whole list")
                .contains("[21] ☐ item 21").contains("[40] ☐ item 40").contains("[41] ◀ Previous");
        Reply third = press(press(second, "@tom", "☐ item 22"), "@tom", "Next ▶");
        assertThat(itemLabels(third)).hasSize(5);
        assertThat(labels(third)).contains("◀ Previous", "🧹 Clear ticked").doesNotContain("Next ▶");
        Reply back = press(press(third, "@tom", "◀ Previous"), "@tom", "◀ Previous");
        assertThat(itemLabels(back)).contains("✅ item 3");
        assertThat(text(back)).contains("2 of 45 ticked · page 1/3");
    }

    @Test
    void keepsEveryKeyboardWithinFiveRowsOfFiveOnceSideBySide() {
        IntStream.rangeClosed(1, 45).forEach(i -> en.sendInGroup("@lea", "/add item " + i));
        Reply middle = press(press(en.sendInGroup("@lea", "/shop"), "@lea", "☐ item 1"), "@lea", "Next ▶");
        List<List<Button>> rows = middle.buttons();
        assertThat(rows.subList(0, rows.size() - 1)).allMatch(row -> row.size() == 1).hasSizeLessThanOrEqualTo(20);
        assertThat(rows.get(rows.size() - 1)).extracting(Button::label).containsExactly("◀ Previous", "🧹 Clear ticked", "Next ▶");
        assertThat(middle.allButtons()).hasSizeLessThanOrEqualTo(25);
    }

    @Test
    void clearsTheTickedItems() {
        Reply list = en.sendInGroup("@lea", "/shop crêpes");
        assertThat(labels(list)).doesNotContain("🧹 Clear ticked");
        Reply ticked = press(press(list, "@tom", "☐ 4 oeufs"), "@lea", "☐ 50 cl lait entier");
        Reply cleared = press(ticked, "@lea", "🧹 Clear ticked");
        assertThat(cleared.replacing()).isTrue();
        assertThat(itemLabels(cleared)).hasSize(5).allMatch(label -> label.startsWith("☐ "));
        assertThat(text(cleared)).contains("0 of 5 ticked").doesNotContain("oeufs");
        assertThat(text(press(ticked, "@tom", "☐ 50 g beurre fondu"))).doesNotContain("oeufs").contains("1 of 5 ticked");
    }

    @Test
    void showsTheCurrentListAgainAsANewMessage() {
        en.sendInGroup("@lea", "/shop crêpes");
        en.sendInGroup("@lea", "/shop tiramisu");
        Reply again = en.sendInGroup("@tom", "/shop");
        assertThat(again.replacing()).isFalse();
        assertThat(text(again)).startsWith("🛒 Shopping list").contains("For Tiramisu (8)").contains("☐ 500 g mascarpone");
        TestChat other = new TestChat(Language.EN, database, "telegram:-600");
        assertThat(text(other.sendInGroup("@eve", "/shop"))).startsWith("Which recipes? For example: /shop ");
    }

    @Test
    void addsAFreeItemToTheCurrentListOrStartsOne() {
        Reply started = en.sendInGroup("@lea", "/add 2 lemons");
        assertThat(text(started)).contains("➕ Added: 2 lemons").contains("0 of 1 ticked");
        assertThat(itemLabels(started)).containsExactly("☐ 2 lemons");
        en.sendInGroup("@lea", "/shop crêpes");
        Reply added = en.sendInGroup("@tom", "/add   1 bunch  of mint ");
        assertThat(itemLabels(added)).contains("☐ 4 oeufs").last().isEqualTo("☐ 1 bunch of mint");
        assertThat(text(added)).contains("For Crêpes (4)");
        TestChat fr = new TestChat(Language.FR, database, "telegram:-700");
        assertThat(itemLabels(fr.sendInGroup("@léa", "/ajouter 1,5 kg de farine"))).containsExactly("☐ 1,5 kg de farine");
        assertThat(text(fr.sendInGroup("@léa", "/ajouter"))).isEqualTo("Qu’ajouter ? Par exemple : /ajouter 2 citrons\n");
        assertThat(text(en.send("/add"))).isEqualTo("What should I add? For example: /add 2 lemons\n");
        assertThat(text(en.send("/add " + "x".repeat(121)))).startsWith("That item is too long: write it in 120 characters");
    }

    @Test
    void answersForgedButtonsClearlyAndLeavesOtherChatsListsAlone() {
        Reply list = en.sendInGroup("@lea", "/shop crêpes");
        String tick = action(list, "☐ 4 oeufs");
        for (String forged : List.of("sh:#", "sh:#1.x1.0", "sh:#zzzzzzzzzzzzz.t1.0", "sh:#1.t.0")) {
            assertThat(text(en.core.handle(button(GROUP, "@eve", forged))))
                    .startsWith("That button is not one of this chat’s lists.");
        }
        Reply elsewhere = en.core.handle(button("telegram:-600", "@eve", tick));
        assertThat(text(elsewhere)).startsWith("I no longer have that list here: it is another chat’s");
        assertThat(elsewhere.replacing()).isFalse();
        assertThat(text(en.core.handle(button(GROUP, "@eve", "sh:#9999.t1.0")))).startsWith("I no longer have that list here: it is another chat’s");
        assertThat(itemLabels(en.sendInGroup("@lea", "/shop"))).contains("☐ 4 oeufs");
    }

    @Test
    void keepsTheTicksWhenCommisRestarts() {
        Reply list = en.sendInGroup("@lea", "/shop crêpes");
        press(list, "@tom", "☐ 4 oeufs");
        // A new chat core over the same store: no button token or cache survives, only the store.
        TestChat restarted = new TestChat(Language.EN, database, GROUP);
        Reply after = restarted.core.handle(button(GROUP, "@lea", action(list, "☐ 50 cl lait entier")));
        assertThat(after.replacing()).isTrue();
        assertThat(itemLabels(after)).contains("✅ 4 oeufs", "✅ 50 cl lait entier");
        assertThat(text(after)).contains("✅ @tom: 4 oeufs").contains("✅ @lea: 50 cl lait entier");
    }

    @Test
    void readsWellInTheConsole() {
        TestChat console = new TestChat(Language.EN, database, "console");
        Reply list = console.send("/shop crêpes");
        String ticked = text(console.press(list, 1));
        assertThat(ticked).contains("1 of 7 ticked").contains("[1] ✅ 50 g beurre fondu").contains("[2] ☐ ")
                .contains("✅ 50 g beurre fondu\n").contains("[8] 🧹 Clear ticked");
    }

    @Test
    void makesTheWordingFrench() {
        TestChat fr = new TestChat(Language.FR, database, "telegram:-800");
        Reply list = fr.sendInGroup("@léa", "/courses crêpes");
        Reply ticked = fr.core.handle(button("telegram:-800", "@tom", action(list, "☐ 4 oeufs")));
        assertThat(text(ticked)).startsWith("🛒 Liste de courses").contains("✅ @tom: 4 oeufs").contains("1 sur 7 cochés");
        assertThat(labels(ticked)).contains("🧹 Retirer les cochés");
    }

    private Reply press(Reply reply, String user, String label) {
        return en.core.handle(button(GROUP, user, action(reply, label)));
    }

    private static Incoming button(String chat, String user, String action) {
        return new Incoming(chat, user, true, Incoming.Kind.BUTTON, action);
    }

    private static String action(Reply reply, String label) {
        return reply.allButtons().stream().filter(button -> button.label().equals(label)).findFirst()
                .orElseThrow(() -> new AssertionError("no button " + label + " in " + labels(reply))).action();
    }

    private static List<String> labels(Reply reply) {
        return reply.allButtons().stream().map(Button::label).toList();
    }

    private static List<String> itemLabels(Reply reply) {
        return labels(reply).stream().filter(label -> label.startsWith("☐ ") || label.startsWith("✅ ")).toList();
    }
}
