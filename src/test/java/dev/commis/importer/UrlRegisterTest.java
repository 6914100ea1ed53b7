package dev.commis.importer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.commis.vault.Recipe;
import dev.commis.vault.RecipeParser;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UrlRegisterTest {

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource(delimiter = '|', value = {
            "https://Site.Example/Soup/|https://site.example/Soup",
            "http://www.site.example/soup|https://site.example/soup",
            "https://site.example:443/soup#comments|https://site.example/soup",
            "https://site.example/soup?utm_source=fb&utm_medium=social|https://site.example/soup",
            "https://site.example/soup?id=4&fbclid=abc&UTM_Campaign=x|https://site.example/soup?id=4",
            "https://www.instagram.com/reel/DQD/?igsh=MTJi|https://instagram.com/reel/DQD",
            "https://site.example:8443/soup|https://site.example:8443/soup",
            "https://site.example/|https://site.example",
            "not a link|''", "ftp://site.example/soup|''"})
    void normalisesLinks(String link, String normal) {
        assertThat(UrlRegister.normalise(link)).isEqualTo(normal);
    }

    private static Recipe recipe(String path, String url) {
        String text = "---\nurl: " + url + "\n---\n# T\n\n## Ingrédients\n\n- a\n\n## Étapes\n\n1. b\n";
        return RecipeParser.parse(path, text.getBytes(StandardCharsets.UTF_8)).recipe();
    }

    @Test
    void findsTheRecipeThatHasTheSameLinkOnceNormalised() {
        UrlRegister register = new UrlRegister(() -> List.of(recipe("Plats/Soupe.md", "https://site.example/soupe/"),
                recipe("Plats/Seed.md", "https://www.instagram.com/reel/DQDuWQZAaoP/?igsh=MTJiYmFhcXNxaTF0dg==")));

        assertThat(register.find("http://www.site.example/soupe?utm_source=newsletter")).contains("Plats/Soupe.md");
        assertThat(register.find("https://instagram.com/reel/DQDuWQZAaoP")).contains("Plats/Seed.md");
        assertThat(register.find("https://site.example/soupe-2")).isEmpty();
    }

    @Test
    void remembersWhatItSavedBeforeTheVaultIsReadAgain() {
        UrlRegister register = new UrlRegister(List::of);

        register.remember("Imports/Soup.md", "https://site.example/a", "https://site.example/canonical");

        assertThat(register.find("https://site.example/canonical/")).contains("Imports/Soup.md");
        assertThat(register.find("https://site.example/a?utm_term=x")).contains("Imports/Soup.md");
    }
}
