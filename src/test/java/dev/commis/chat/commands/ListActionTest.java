package dev.commis.chat.commands;

import static org.assertj.core.api.Assertions.assertThat;

import dev.commis.chat.RecipeCard;
import dev.commis.chat.reply.Button;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ListActionTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "#1.t2.0,     1, TICK,   2, 0",
            "#zz.u10.3,   1295, UNTICK, 36, 3",
            "#a.p.1,      10, PAGE,   0, 1",
            "#a.c.9,      10, CLEAR,  0, 9",
    })
    void readsWhatItWrites(String payload, long list, ListAction.Verb verb, long item, int page) {
        ListAction action = ListAction.parse(payload).orElseThrow();
        assertThat(action).isEqualTo(new ListAction(list, verb, item, page));
        assertThat(action.payload()).isEqualTo(payload);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"", "#", "#1", "#1.t.0", "#1.p2.0", "#1.c2.0", "#1.x2.0", "#1.t2", "#1.t2.99999",
            "#-1.t2.0", "#1.T2.0", "1.t2.0", "#1.t2.0.", "#zzzzzzzzzzzzz.t1.0", "#1.tzzzzzzzzzzzzz.0", "#1.t2.0\n"})
    void refusesWhatItNeverWrites(String payload) {
        assertThat(ListAction.parse(payload)).isEmpty();
    }

    @Test
    void theLongestActionFitsAButton() {
        String payload = ListAction.tick(Long.MAX_VALUE, Long.MAX_VALUE, 9999).payload();
        String action = RecipeCard.SHOP + ":" + payload;
        assertThat(action.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(Button.MAX_ACTION_BYTES);
        assertThat(ListAction.parse(payload)).contains(ListAction.tick(Long.MAX_VALUE, Long.MAX_VALUE, 9999));
    }

    @Test
    void isNeverARecipeId() {
        assertThat(ListAction.isList("plats-pork-belly-burnt-ends")).isFalse();
        assertThat(ListAction.isList("#1.p.0")).isTrue();
    }
}
