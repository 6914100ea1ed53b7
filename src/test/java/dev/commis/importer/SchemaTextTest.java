package dev.commis.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SchemaTextTest {

    @ParameterizedTest(name = "{0} is {1} min")
    @CsvSource(nullValues = "none", value = {
            "PT20M, 20", "PT1H30M, 90", "PT1200S, 20", "P1DT2H, 1560", "PT0H45M, 45", "P0DT1H0M, 60",
            "pt2h, 120", "PT1.5H, 90", "PT90S, 2", "PT0S, none", "PT, none", "20 minutes, none", "'', none", "P1W, 10080"})
    void readsIso8601Durations(String text, Integer minutes) {
        assertThat(SchemaText.minutes(text)).isEqualTo(minutes == null ? OptionalInt.empty() : OptionalInt.of(minutes));
    }

    @ParameterizedTest(name = "\"{0}\" serves {1}")
    @CsvSource(nullValues = "none", delimiter = '|', value = {
            "4|4", "4 servings|4", "Serves 10 to 12|10", "serves 6-8|6", "8 people|8", "Makes 4 portions|4",
            "6 personnes|6", "Pour 4 personnes|4", "4 à 6 parts|4", "pour 8 pers.|8", "10 couverts|10",
            "1 loaf|none", "24 cookies|none", "5 Quarts|none", "1 moule de 24 cm|none", "2 litres|none", "|none"})
    void tellsPeopleFromAQuantityMade(String yield, Integer people) {
        assertThat(SchemaText.people(yield)).isEqualTo(people == null ? OptionalInt.empty() : OptionalInt.of(people));
    }

    @ParameterizedTest(name = "\"{0}\" reads \"{1}\"")
    @CsvSource(delimiter = '|', value = {
            "Fish &amp; chips|Fish & chips", "it&#39;s done|it's done", "l&rsquo;&eacute;t&eacute;|l’été",
            "4&nbsp;cups|4 cups", "<p>Mix</p><p>Bake</p>|Mix Bake", "a &amp;amp; b|a & b",
            "&lt;b&gt;bold&lt;/b&gt;|bold", "salt & pepper|salt & pepper", "3 < 4 cups|3 < 4 cups"})
    void cleansText(String raw, String clean) {
        assertThat(SchemaText.clean(raw)).isEqualTo(clean);
    }

    @Test
    void makesLineBreaksAndTabsOneSpace() {
        assertThat(SchemaText.clean("one\r\ntwo\n\n\tthree\u00a0 four")).isEqualTo("one two three four");
    }
}
