package dev.commis.discord;

import dev.commis.chat.ChatCore;
import dev.commis.chat.Incoming;
import dev.commis.chat.reply.Reply;
import java.util.List;
import net.dv8tion.jda.api.entities.User;
import net.dv8tion.jda.api.events.interaction.command.CommandAutoCompleteInteractionEvent;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.interactions.InteractionHook;
import net.dv8tion.jda.api.interactions.commands.Command;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import net.dv8tion.jda.api.utils.messages.MessageEditData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns Discord interactions into chat requests and answers them: slash commands (acknowledged at
 * once, answered through the interaction's hook), presses on the reply's buttons (the cook's next
 * step edits its message), and autocomplete on recipe names (at most 25 choices, ranked by the
 * same search as {@code /search}; after a "+", on the last name of a joint cook). Only ids and text reach the core.
 */
final class DiscordListener extends ListenerAdapter {

    private static final Logger LOG = LoggerFactory.getLogger(DiscordListener.class);

    /** Discord's limits on autocomplete: 25 choices, names and values of at most 100 characters. */
    static final int MAX_CHOICES = 25;
    static final int CHOICE_LENGTH = 100;

    private final ChatCore core;
    private final DiscordPolls polls;

    DiscordListener(ChatCore core) {
        this.core = core;
        this.polls = new DiscordPolls(core);
    }

    @Override
    public void onSlashCommandInteraction(SlashCommandInteractionEvent event) {
        // Acknowledge first: Discord gives an interaction 3 s, and a large vault's first search may take longer.
        event.deferReply().queue();
        String text = DiscordCommands.text(event.getName(), event::getOption);
        Reply reply = handle(new Incoming(key(event.getChannelIdLong(), event.isFromGuild(), event.getUser()),
                mention(event.getUser()), event.isFromGuild(), Incoming.Kind.MESSAGE, text, sender(event.getUser()))
                .speaking(event.getUserLocale().getLocale()));
        if (reply.poll().orElse(null) instanceof dev.commis.chat.reply.Poll.Open open) {
            polls.post(event.getHook(), reply, open);
            return;
        }
        answer(event.getHook(), reply);
    }

    @Override
    public void onButtonInteraction(ButtonInteractionEvent event) {
        // The name as text too: a mention in an embed (a shopping list's "who ticked") would show as <@id>.
        String name = event.getMember() != null ? event.getMember().getEffectiveName() : event.getUser().getEffectiveName();
        Reply reply = handle(new Incoming(key(event.getChannelIdLong(), event.isFromGuild(), event.getUser()),
                mention(event.getUser()), event.isFromGuild(), Incoming.Kind.BUTTON, event.getComponentId(),
                sender(event.getUser()), name).speaking(event.getUserLocale().getLocale()));
        if (reply.poll().orElse(null) instanceof dev.commis.chat.reply.Poll.Close close) {
            polls.close(event, reply, close);
            return;
        }
        List<MessageCreateData> messages = DiscordMessages.messages(reply);
        if (reply.replacing()) {
            event.editMessage(MessageEditData.fromCreateData(messages.get(0))).queue();
        } else {
            event.reply(messages.get(0)).queue();
        }
        for (MessageCreateData more : messages.subList(1, messages.size())) {
            event.getHook().sendMessage(more).queue();
        }
    }

    @Override
    public void onCommandAutoCompleteInteraction(CommandAutoCompleteInteractionEvent event) {
        String typed = event.getFocusedOption().getValue();
        List<Command.Choice> choices = dev.commis.chat.RecipeNames.completions(core.services().library(), typed,
                MAX_CHOICES, CHOICE_LENGTH).stream().map(choice -> new Command.Choice(choice, choice)).toList();
        event.replyChoices(choices).queue();
    }

    private Reply handle(Incoming incoming) {
        try {
            return core.handle(incoming);
        } catch (RuntimeException e) {
            LOG.error("Could not answer a Discord interaction", e);
            return Reply.text("…");
        }
    }

    /** The first message in place of the deferred answer, the rest as follow-ups. */
    private static void answer(InteractionHook hook, Reply reply) {
        List<MessageCreateData> messages = DiscordMessages.messages(reply);
        hook.editOriginal(MessageEditData.fromCreateData(messages.get(0))).queue();
        for (MessageCreateData more : messages.subList(1, messages.size())) {
            hook.sendMessage(more).queue();
        }
    }

    /** The core's key for a channel: {@code discord:<channel>} in a server, {@code discord:dm:<user>} in a direct message. */
    static String key(long channel, boolean guild, User user) {
        return guild ? DiscordBot.PLATFORM + ":" + channel : DiscordBot.PLATFORM + ":dm:" + user.getIdLong();
    }

    /** The core's key for a person: {@code discord:<user>}. */
    static String sender(User user) {
        return DiscordBot.PLATFORM + ":" + user.getIdLong();
    }

    /** How Discord mentions a user: {@code <@id>}. */
    static String mention(User user) {
        return "<@" + user.getIdLong() + ">";
    }
}
