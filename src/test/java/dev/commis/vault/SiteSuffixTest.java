package dev.commis.vault;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The site's name a web clipper left at the end of a title goes; a title's own dash stays. */
class SiteSuffixTest {

    @ParameterizedTest(name = "\"{0}\" by \"{1}\" from \"{2}\" is \"{3}\"")
    @CsvSource(delimiter = ';', nullValues = "-", value = {
            "Warm Lentil Salad - A Small Kitchen Blog ; [[A Small Kitchen]] ; https://example.org/salad ; Warm Lentil Salad",
            "Quick Miso Soup | A Tiny Test Kitchen ; - ; - ; Quick Miso Soup | A Tiny Test Kitchen",
            "Simple Roast Chicken — Example Kitchen ; Example Kitchen ; - ; Simple Roast Chicken",
            "Pad Thai · Hot Thai Kitchen ; - ; https://hotthaikitchen.com/x ; Pad Thai",
            "Tarte Tatin facile - Blog Cuisine ; - ; https://example.fr/tatin ; Tarte Tatin facile",
            "Bœuf bourguignon – Les Recettes de Zoé ; - ; https://zoe.example/boeuf ; Bœuf bourguignon",
            "Lemon bars | smittenkitchen.com ; - ; https://example.net/bars ; Lemon bars",
            "Pain perdu - version express ; [[Léa]] ; https://example.fr/pain ; Pain perdu - version express",
            "Chili - the weeknight one ; Sam Cooks ; https://samcooks.example/c ; Chili - the weeknight one",
            "Soupe - Blog Cuisine ; - ; - ; Soupe - Blog Cuisine",
            "Gâteau-minute ; Gâteau ; https://gateau.example/x ; Gâteau-minute",
            "Ma - Bo ; Bo ; - ; Ma - Bo",
    })
    void takesTheSitesNameOffAClippedTitle(String title, String author, String source, String expected) {
        Map<String, Object> fields = new LinkedHashMap<>();
        if (author != null) {
            fields.put("author", author.startsWith("[[") ? List.of(author) : author);
        }
        if (source != null) {
            fields.put("source", source);
        }
        assertThat(SiteSuffix.strip(title.strip(), fields)).isEqualTo(expected);
    }

    @Test
    void anEmptyAuthorInTheListNamesNoSite() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("author", Arrays.asList(null, "[[A Small Kitchen]]"));
        assertThat(SiteSuffix.strip("Nut loaf - Null Island Foods", fields)).isEqualTo("Nut loaf - Null Island Foods");
        assertThat(SiteSuffix.strip("Nut loaf - A Small Kitchen", fields)).isEqualTo("Nut loaf");
    }
}
