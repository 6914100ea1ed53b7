package dev.commis.chat.commands;

import static dev.commis.chat.TestChat.text;
import static org.assertj.core.api.Assertions.assertThat;

import dev.commis.chat.TestChat;
import dev.commis.chat.reply.Block;
import dev.commis.chat.reply.Button;
import dev.commis.chat.reply.Reply;
import dev.commis.chat.reply.Span;
import dev.commis.text.Language;
import dev.commis.vault.Recipe;
import java.util.List;
import org.junit.jupiter.api.Test;

class WeekCommandTest {

    private final TestChat en = new TestChat(Language.EN);
    private final TestChat fr = new TestChat(Language.FR);

    /** The recipe of each day, as the week's list shows them. */
    private static List<Recipe> days(Reply reply) {
        Block.ItemList list = (Block.ItemList) reply.blocks().get(1);
        return list.items().stream().map(item -> {
            String line = item.get(1).text().substring(" — ".length());
            return TestChat.sample().recipes().stream().filter(r -> line.equals(r.title()) || line.startsWith(r.title() + " (⏱"))
                    .findFirst().orElseThrow(() -> new AssertionError("no recipe for " + line));
        }).toList();
    }

    private static List<String> dayNames(Reply reply) {
        return ((Block.ItemList) reply.blocks().get(1)).items().stream().map(item -> item.get(0).text()).toList();
    }

    @Test
    void proposesSevenDifferentMainCoursesMondayFirst() {
        Reply week = en.send("/week");
        assertThat(dayNames(week)).containsExactly("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday");
        assertThat(days(week)).hasSize(7).doesNotHaveDuplicates().allMatch(DinnerPicker::isMainCourse);
        assertThat(week.allButtons()).extracting(Button::label).containsExactly("🔄 Mon", "🔄 Tue", "🔄 Wed", "🔄 Thu",
                "🔄 Fri", "🔄 Sat", "🔄 Sun", "🛒 Shopping list for the week");
    }

    @Test
    void speaksFrench() {
        Reply week = fr.send("/semaine");
        assertThat(text(week)).startsWith("🗓 Une semaine de dîners");
        assertThat(dayNames(week)).startsWith("Lundi", "Mardi");
        assertThat(week.allButtons().get(0).label()).isEqualTo("🔄 Lun.");
    }

    @Test
    void aSwapReplacesThatDayOnlyInTheSameMessage() {
        Reply week = en.send("/week");
        Reply swapped = en.press(week, 3);
        assertThat(swapped.replacing()).isTrue();
        List<Recipe> before = days(week);
        List<Recipe> after = days(swapped);
        assertThat(after).doesNotHaveDuplicates().hasSize(7);
        assertThat(after.get(2)).isNotEqualTo(before.get(2)).isNotIn(before);
        for (int day : new int[] {0, 1, 3, 4, 5, 6}) {
            assertThat(after.get(day)).isEqualTo(before.get(day));
        }
    }

    @Test
    void theListButtonMakesOneShoppingListForTheWholeWeek() {
        Reply week = en.send("/week");
        Reply list = en.press(week, 8);
        assertThat(text(list)).startsWith("🛒 Shopping list");
        for (Recipe recipe : days(week)) {
            assertThat(text(list)).contains(recipe.title());
        }
    }

    @Test
    void aSwapAfterARestartFindsItsWeek() {
        Reply week = en.send("/week");
        TestChat restarted = new TestChat(Language.EN, en.database, "test:1");
        Reply swapped = restarted.press(week, 7);
        assertThat(days(swapped).subList(0, 6)).isEqualTo(days(week).subList(0, 6));
        assertThat(days(swapped).get(6)).isNotIn(days(week));
    }

    @Test
    void swapsKeepTheFilters() {
        Reply week = en.send("/week french");
        Reply swapped = en.press(week, 1);
        assertThat(days(week)).allSatisfy(recipe -> assertThat(recipe.facts().cuisine()).isEqualTo("française"));
        assertThat(days(swapped)).allSatisfy(recipe -> assertThat(recipe.facts().cuisine()).isEqualTo("française"));
    }

    @Test
    void saysSoWhenTheFiltersLeaveFewerThanSevenMainCourses() {
        assertThat(text(en.send("/week porc"))).contains("main courses match “porc”: a week needs 7 different ones.");
        assertThat(text(fr.send("/semaine porc"))).contains("plats principaux correspondent à « porc » : une semaine en demande 7");
        assertThat(text(en.send("/week zzzz"))).contains("No recipe matches “zzzz”.");
    }

    @Test
    void aWeekOfAnotherChatOrForgedIsGone() {
        assertThat(text(en.core.handle(dev.commis.chat.Incoming.button("test:1", "wk:s424242.1")))).contains("I no longer know this week");
        Reply week = en.send("/week");
        assertThat(text(en.core.handle(dev.commis.chat.Incoming.button("test:2", week.allButtons().get(0).action()))))
                .contains("I no longer know this week");
    }
}
