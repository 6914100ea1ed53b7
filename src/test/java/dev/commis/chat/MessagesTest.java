package dev.commis.chat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.commis.text.Language;
import java.text.MessageFormat;
import org.junit.jupiter.api.Test;

class MessagesTest {

    private final Messages fr = Messages.of(Language.FR);
    private final Messages en = Messages.of(Language.EN);

    @Test
    void bothLanguagesSayTheSameThings() {
        assertThat(fr.keys()).containsExactlyInAnyOrderElementsOf(en.keys());
    }

    @Test
    void everyPatternFormatsWithoutLosingAnApostrophe() {
        for (Messages messages : new Messages[] {fr, en}) {
            for (String key : messages.keys()) {
                String formatted = messages.get(key, 3, 4, 5, 6);
                assertThat(formatted).as(messages.language() + " " + key).doesNotContain("{").doesNotContain("}")
                        .doesNotContain("'");
                assertThat(new MessageFormat(messages.get(key)).getFormats().length).isLessThanOrEqualTo(4);
            }
        }
    }

    @Test
    void pluralisesCounts() {
        assertThat(en.get("card.servings", 1)).isEqualTo("serves 1");
        assertThat(en.get("card.servings", 6)).isEqualTo("serves 6");
        assertThat(fr.get("search.title", "porc", 1)).isEqualTo("« porc » : 1 recette");
        assertThat(fr.get("search.title", "porc", 7)).isEqualTo("« porc » : 7 recettes");
    }

    @Test
    void refusesAnUnknownKey() {
        assertThatThrownBy(() -> en.get("no.such.key")).hasMessageContaining("no message 'no.such.key' in en");
    }
}
