package dev.commis.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LanguageTest {

    @ParameterizedTest(name = "''{0}'' is {1}")
    @CsvSource(nullValues = "none", value = {
            "fr, FR", "fr-CA, FR", "FR_fr, FR", "en, EN", "en-US, EN", "en-GB, EN", "' en ', EN",
            "de, none", "pt-br, none", "unknown, none", "e, none", "'', none", "none, none", "fra, none"})
    void readsAPlatformsLanguageTag(String tag, Language expected) {
        assertThat(Language.fromTag(tag)).isEqualTo(Optional.ofNullable(expected));
    }
}
