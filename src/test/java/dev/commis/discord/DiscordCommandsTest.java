package dev.commis.discord;

import static org.assertj.core.api.Assertions.assertThat;

import dev.commis.chat.CommandList;
import java.util.List;
import net.dv8tion.jda.api.interactions.DiscordLocale;
import net.dv8tion.jda.api.interactions.commands.build.OptionData;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;
import org.junit.jupiter.api.Test;

/** Slash commands come from the one command list, and go back to the text the core reads. */
class DiscordCommandsTest {

    private final List<SlashCommandData> commands = DiscordCommands.of(CommandList.standard());

    private SlashCommandData command(String name) {
        return commands.stream().filter(c -> c.getName().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void makesOneSlashCommandPerChatCommandWithFrenchNamesAndDescriptions() {
        assertThat(commands).extracting(SlashCommandData::getName).containsExactlyElementsOf(
                CommandList.standard().commands().stream().map(dev.commis.chat.Command::name).toList());
        SlashCommandData recipe = command("recipe");
        assertThat(recipe.getDescription()).isEqualTo("Show a recipe, scaled if you like");
        assertThat(recipe.getNameLocalizations().get(DiscordLocale.FRENCH)).isEqualTo("recette");
        assertThat(recipe.getDescriptionLocalizations().get(DiscordLocale.FRENCH))
                .isEqualTo("Afficher une recette, pour le nombre de personnes voulu");
    }

    @Test
    void offersAutocompleteOnEveryRecipeName() {
        for (String name : List.of("recipe", "cook", "shop")) {
            OptionData recipe = command(name).getOptions().get(0);
            assertThat(recipe.getName()).isEqualTo(DiscordCommands.RECIPE);
            assertThat(recipe.isAutoComplete()).as(name).isTrue();
            // Issue 15: /shop without a recipe shows the chat's current shopping list again.
            assertThat(recipe.isRequired()).as(name).isEqualTo(!name.equals("shop"));
        }
        assertThat(command("cook").getOptions()).extracting(OptionData::getName)
                .containsExactly("recipe", "servings", "ready_at");
        assertThat(command("random").getOptions()).extracting(OptionData::getName).containsExactly("text");
        assertThat(command("help").getOptions()).isEmpty();
    }

    @Test
    void fitsDiscordsRulesForNames() {
        for (SlashCommandData command : commands) {
            assertThat(command.getName()).matches("[a-z_]{1,32}");
            assertThat(command.getNameLocalizations().get(DiscordLocale.FRENCH)).matches("[a-z_]{1,32}");
            assertThat(command.getDescription()).hasSizeBetween(1, 100);
        }
    }
}
