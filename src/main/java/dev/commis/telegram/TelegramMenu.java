package dev.commis.telegram;

import dev.commis.chat.Command;
import dev.commis.chat.CommandList;
import dev.commis.chat.Messages;
import dev.commis.text.Language;
import java.util.List;
import org.telegram.telegrambots.meta.api.methods.commands.SetMyCommands;
import org.telegram.telegrambots.meta.api.objects.commands.BotCommand;
import org.telegram.telegrambots.meta.api.objects.commands.scope.BotCommandScopeDefault;

/** The bot's command menu, derived from the one command list: English by default, French for French-speaking users. */
final class TelegramMenu {

    private TelegramMenu() {
    }

    /** {@code setMyCommands} for the default menu (English) and for users whose app speaks French. */
    static List<SetMyCommands> of(CommandList commands) {
        return List.of(menu(commands, Language.EN, null), menu(commands, Language.FR, "fr"));
    }

    private static SetMyCommands menu(CommandList commands, Language lang, String languageCode) {
        Messages messages = Messages.of(lang);
        List<BotCommand> entries = commands.commands().stream()
                .map(command -> new BotCommand(name(command, lang), messages.get("command." + command.name() + ".description")))
                .toList();
        SetMyCommands.SetMyCommandsBuilder<?, ?> builder = SetMyCommands.builder().commands(entries)
                .scope(new BotCommandScopeDefault());
        return languageCode == null ? builder.build() : builder.languageCode(languageCode).build();
    }

    private static String name(Command command, Language lang) {
        return lang == Language.FR ? command.frenchName() : command.name();
    }
}
