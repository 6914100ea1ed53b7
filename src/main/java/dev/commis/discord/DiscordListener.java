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
 * The last message of each replacing answer (the cook's step) is remembered as the chat's
 * {@link ReplaceableMessages replaceable message}, which a press on the kitchen screen edits.
 */
final class DiscordListener extends ListenerAdapter {

    private static final Logger LOG = LoggerFactory.getLogger(DiscordListener.class);

    /** Discord's limits on autocomplete: 25 choices, names and values of at most 100 characters. */
    static final int MAX_CHOICES = 25;
    static final int CHOICE_LENGTH = 100;

    private final ChatCore core;
    private final DiscordPolls polls;
    private final ReplaceableMessages replaceable;

    DiscordListener(ChatCore core, ReplaceableMessages replaceable) {
        this.core = core;
        this.polls = new DiscordPolls(core);
        this.replaceable = replaceable;
    }

    @Override
    public void onSlashCommandInteraction(SlashCommandInteractionEvent event) {
        // Acknowledge first: Discord gives an interaction 3 s, and a large vault's first search may take longer.
        event.deferReply().queue();
        String text = DiscordCommands.text(event.getName(), event::getOption);
        String chat = key(event.getChannelIdLong(), event.isFromGuild(), event.getUser());
        Reply reply = handle(new Incoming(chat, mention(event.getUser()), event.isFromGuild(), Incoming.Kind.MESSAGE, text,
                sender(event.getUser())).speaking(event.getUserLocale().getLocale()));
        if (reply.poll().orElse(null) instanceof dev.commis.chat.reply.Poll.Open open) {
            polls.post(event.getHook(), reply, open);
            return;
        }
        answer(event.getHook(), chat, reply);
    }

    @Override
    public void onButtonInteraction(ButtonInteractionEvent event) {
        // The name as text too: a mention in an embed (a shopping list's "who ticked") would show as <@id>.
        String name = event.getMember() != null ? event.getMember().getEffectiveName() : event.getUser().getEffectiveName();
        String chat = key(event.getChannelIdLong(), event.isFromGuild(), event.getUser());
        Reply reply = handle(new Incoming(chat, mention(event.getUser()), event.isFromGuild(), Incoming.Kind.BUTTON,
                event.getComponentId(), sender(event.getUser()), name).speaking(event.getUserLocale().getLocale()));
        if (reply.poll().orElse(null) instanceof dev.commis.chat.reply.Poll.Close close) {
            polls.close(event, reply, close);
            return;
        }
        List<MessageCreateData> messages = DiscordMessages.messages(reply);
        long pressed = event.getMessageIdLong();
        if (reply.replacing()) {
            event.editMessage(MessageEditData.fromCreateData(messages.get(0))).queue(done -> {
                if (messages.size() == 1) {
                    replaceable.remember(chat, pressed);
                }
            });
        } else {
            event.reply(messages.get(0)).queue();
        }
        followUps(event.getHook(), chat, reply, messages);
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
    private void answer(InteractionHook hook, String chat, Reply reply) {
        List<MessageCreateData> messages = DiscordMessages.messages(reply);
        hook.editOriginal(MessageEditData.fromCreateData(messages.get(0))).queue(shown -> {
            if (reply.replacing() && messages.size() == 1) {
                replaceable.remember(chat, shown.getIdLong());
            }
        });
        followUps(hook, chat, reply, messages);
    }

    /** The messages after the first, as follow-ups; the last of a replacing reply becomes the chat's replaceable one. */
    private void followUps(InteractionHook hook, String chat, Reply reply, List<MessageCreateData> messages) {
        for (int i = 1; i < messages.size(); i++) {
            boolean last = i == messages.size() - 1;
            hook.sendMessage(messages.get(i)).queue(sent -> {
                if (reply.replacing() && last) {
                    replaceable.remember(chat, sent.getIdLong());
                }
            });
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
