package dev.commis.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class ShortenedTest {

    @ParameterizedTest(name = "{0} within {1}")
    @CsvSource(delimiter = '|', value = {
            "Pad Thai|10|Pad Thai",
            "Pavé de saumon, sauce vierge|20|Pavé de saumon,…",
            "Blanquette de veau à l'ancienne|12|Blanquette…",
            "Ratatouilleprovençale|10|Ratatouil…",
            "Gâteau 🍫🍫🍫|9|Gâteau…",
            "Tarte🍋🍋|7|Tarte…",
    })
    void cutsAtAWordWithinTheLimit(String text, int limit, String expected) {
        String shortened = Shortened.atWord(text, limit);
        assertThat(shortened).isEqualTo(expected);
        assertThat(shortened.length()).isLessThanOrEqualTo(limit);
    }

    @Test
    void neverSplitsAnEmojiInTwo() {
        String shortened = Shortened.atWord("ab🍋🍋🍋🍋", 5);
        assertThat(shortened).isEqualTo("ab🍋…");
        assertThat(shortened.codePoints().noneMatch(point -> point >= Character.MIN_SURROGATE && point <= Character.MAX_SURROGATE)).isTrue();
    }

    @Test
    void refusesALimitWithNoRoomForText() {
        assertThatThrownBy(() -> Shortened.atWord("Pad Thai", 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least 2, got 1");
    }
}
