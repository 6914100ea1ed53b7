package dev.commis.vault;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Metadata lines in a body, FR and EN: which ones count, and the field each gives ({@code -} when the line
 * stays a note). Lines starting with {@code #} are quoted: the table would read them as comments.
 */
class BodyFieldsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            Tags: soup, winter                         | tags            | soup, winter
            Mots-clés : rapide, été                    | tags            | rapide, été
            Étiquettes : apéro                         | tags            | apéro
            Keywords: weeknight                        | tags            | weeknight
            Categories: Dinner                         | categories      | Dinner
            Catégorie : Dessert                        | categorie       | Dessert
            Cuisine: Indian                            | cuisine         | Indian
            Original URL: https://example.org/soup     | original_url    | https://example.org/soup
            URL : http://example.org/tarte             | url             | http://example.org/tarte
            '#dessert #cuisine/française'              | tags            | '#dessert #cuisine/française'
            Type: quick and easy                       | -               | -
            Cuisine : prévoir une grande cocotte en fonte bien lourde | -  | -
            Lien : chez Mamie                          | -               | -
            Original URL: ask Sam                      | -               | -
            '#1 favourite of the kids'                 | -               | -
            Tags:                                      | -               | -
            A note: cook it slowly, with the lid on    | -               | -
            '#5 #12'                                   | -               | -
            """)
    void readsOnlyTheLabelsThatNameMetadata(String line, String key, String value) {
        Map<String, Object> fields = new LinkedHashMap<>();
        boolean read = BodyFields.accept(line, fields);
        assertThat(read).as(line).isEqualTo(key != null);
        if (key == null) {
            assertThat(fields).isEmpty();
        } else {
            assertThat(fields).containsExactly(Map.entry(key, value));
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            two hashtag lines       | #dessert                | #rapide      | #dessert #rapide
            a tags line then hashes | Tags: quick             | #vegan       | quick #vegan
            """)
    void gathersTagsFromSeveralLines(String label, String first, String second, String tags) {
        Map<String, Object> fields = new LinkedHashMap<>();
        BodyFields.accept(first, fields);
        BodyFields.accept(second, fields);
        assertThat(fields).as(label).containsExactly(Map.entry("tags", tags));
    }
}
