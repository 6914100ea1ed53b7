package dev.commis.discord;

import static org.assertj.core.api.Assertions.assertThat;

import dev.commis.chat.CommandList;
import net.dv8tion.jda.api.interactions.DiscordLocale;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;
import org.junit.jupiter.api.Test;

/** {@code /save} as a slash command: a required {@code url} option. */
class DiscordSaveCommandTest {

    @Test
    void givesSaveARequiredUrlOption() {
        SlashCommandData save = DiscordCommands.of(CommandList.standard()).stream()
                .filter(c -> c.getName().equals("save")).findFirst().orElseThrow();

        assertThat(save.getNameLocalizations().get(DiscordLocale.FRENCH)).isEqualTo("enregistrer");
        assertThat(save.getOptions()).singleElement().satisfies(option -> {
            assertThat(option.getName()).isEqualTo(DiscordCommands.URL);
            assertThat(option.getNameLocalizations().get(DiscordLocale.FRENCH)).isEqualTo("lien");
            assertThat(option.isRequired()).isTrue();
        });
    }
}
