package dev.commis.chat;

import dev.commis.chat.commands.AddCommand;
import dev.commis.chat.commands.CookCommand;
import dev.commis.chat.commands.HelpCommand;
import dev.commis.chat.commands.LangCommand;
import dev.commis.chat.commands.QuickCommand;
import dev.commis.chat.commands.RandomCommand;
import dev.commis.chat.commands.RecipeCommand;
import dev.commis.chat.commands.SaveCommand;
import dev.commis.chat.commands.ScreenCommand;
import dev.commis.chat.commands.SearchCommand;
import dev.commis.chat.commands.ShopCommand;
import dev.commis.chat.commands.StopCommand;
import dev.commis.chat.commands.TimerCommand;
import dev.commis.chat.commands.TimersCommand;
import dev.commis.chat.commands.UnitsCommand;
import dev.commis.chat.commands.VoteCommand;
import dev.commis.chat.commands.WeekCommand;
import dev.commis.chat.commands.WithCommand;
import dev.commis.text.Folding;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The one explicit list of chat commands, in menu order, and lookups by name (English, French
 * or other, without accents or case) and by action code. Adapters build their command menus
 * from {@link #commands()}.
 */
public final class CommandList {

    private final List<Command> commands;
    private final Map<String, Command> byName = new HashMap<>();
    private final Map<String, Command> byCode = new HashMap<>();

    public CommandList(List<Command> commands) {
        this.commands = List.copyOf(commands);
        for (Command command : this.commands) {
            register(byName, Folding.fold(command.name()), command);
            register(byName, Folding.fold(command.frenchName()), command);
            command.otherNames().forEach(name -> register(byName, Folding.fold(name), command));
            register(byCode, command.actionCode(), command);
        }
    }

    /** Every command Commis has. */
    public static CommandList standard() {
        return new CommandList(List.of(
                new RecipeCommand(),
                new RandomCommand(),
                new QuickCommand(),
                new SearchCommand(),
                new WithCommand(),
                new ShopCommand(),
                new AddCommand(),
                new VoteCommand(),
                new WeekCommand(),
                new SaveCommand(),
                new CookCommand(),
                new TimerCommand(),
                new TimersCommand(),
                new StopCommand(),
                new ScreenCommand(),
                new UnitsCommand(),
                new LangCommand(),
                new HelpCommand()));
    }

    private static void register(Map<String, Command> map, String key, Command command) {
        Command previous = map.putIfAbsent(key, command);
        if (previous != null && previous != command) {
            throw new IllegalArgumentException("'" + key + "' names both /" + previous.name() + " and /" + command.name());
        }
    }

    public List<Command> commands() {
        return commands;
    }

    /** The command called {@code name} (without slash), in any language, any case, with or without accents. */
    public Optional<Command> byName(String name) {
        return Optional.ofNullable(byName.get(Folding.fold(name)));
    }

    public Optional<Command> byActionCode(String code) {
        return Optional.ofNullable(byCode.get(code));
    }
}
