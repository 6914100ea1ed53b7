package dev.commis.discord;

import dev.commis.chat.Command;
import dev.commis.chat.CommandList;
import dev.commis.chat.Messages;
import dev.commis.text.Language;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import net.dv8tion.jda.api.interactions.DiscordLocale;
import net.dv8tion.jda.api.interactions.commands.OptionMapping;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.interactions.commands.build.OptionData;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;

/**
 * Discord slash commands derived from the one command list, in English with French names and
 * descriptions as localizations, and the way back: a slash command's options as the text the
 * chat core reads ({@code /recipe burnt ends for 12}). Commands that take a recipe name offer
 * autocomplete on it.
 */
final class DiscordCommands {

    /** Option names, as Discord wants them: lower case, no spaces. */
    static final String RECIPE = "recipe";
    static final String SERVINGS = "servings";
    static final String READY_AT = "ready_at";
    static final String TEXT = "text";
    static final String URL = "url";

    /** Commands whose words start with a recipe's name. */
    static final Set<String> TAKE_A_RECIPE = Set.of("recipe", "cook", "shop");

    private DiscordCommands() {
    }

    static List<SlashCommandData> of(CommandList commands) {
        Messages en = Messages.of(Language.EN);
        Messages fr = Messages.of(Language.FR);
        List<SlashCommandData> all = new ArrayList<>();
        for (Command command : commands.commands()) {
            String key = "command." + command.name() + ".description";
            SlashCommandData slash = Commands.slash(command.name(), en.get(key))
                    .setNameLocalization(DiscordLocale.FRENCH, command.frenchName())
                    .setDescriptionLocalization(DiscordLocale.FRENCH, fr.get(key));
            if (TAKE_A_RECIPE.contains(command.name())) {
                // Without a recipe, /shop shows the chat's current shopping list again.
                slash.addOptions(option(OptionType.STRING, RECIPE, "recette", "The recipe's name", "Le nom de la recette",
                        !command.name().equals("shop"))
                        .setAutoComplete(true));
                slash.addOptions(option(OptionType.INTEGER, SERVINGS, "portions", "For how many", "Pour combien", false)
                        .setRequiredRange(1, 500));
                if (command.name().equals("cook")) {
                    slash.addOptions(option(OptionType.STRING, READY_AT, "pret_a", "Ready at (19:30)", "Prêt à (19h30)", false));
                }
            } else if (command.takesLink()) {
                slash.addOptions(option(OptionType.STRING, URL, "lien", "The page's link (https://…)", "Le lien de la page (https://…)", true));
            } else if (!en.get("command." + command.name() + ".args").isBlank()) {
                slash.addOptions(option(OptionType.STRING, TEXT, "texte", en.get("command." + command.name() + ".args"),
                        fr.get("command." + command.name() + ".args"), false));
            }
            all.add(slash);
        }
        return all;
    }

    private static OptionData option(OptionType type, String name, String frenchName, String description,
            String frenchDescription, boolean required) {
        return new OptionData(type, name, description, required)
                .setNameLocalization(DiscordLocale.FRENCH, frenchName)
                .setDescriptionLocalization(DiscordLocale.FRENCH, frenchDescription);
    }

    /**
     * The words the chat core reads for a slash command: {@code /name} and its options, in the
     * core's own syntax ("for 12", "ready at 19:30").
     *
     * @param options gives an option by name, or null when it was not given
     */
    static String text(String name, Function<String, OptionMapping> options) {
        StringBuilder text = new StringBuilder("/").append(name);
        OptionMapping recipe = options.apply(RECIPE);
        if (recipe != null) {
            text.append(' ').append(recipe.getAsString());
        }
        OptionMapping servings = options.apply(SERVINGS);
        if (servings != null) {
            text.append(" for ").append(servings.getAsLong());
        }
        OptionMapping readyAt = options.apply(READY_AT);
        if (readyAt != null) {
            text.append(" ready at ").append(readyAt.getAsString());
        }
        OptionMapping url = options.apply(URL);
        if (url != null) {
            text.append(' ').append(url.getAsString());
        }
        OptionMapping words = options.apply(TEXT);
        if (words != null) {
            text.append(' ').append(words.getAsString());
        }
        return text.toString();
    }
}
