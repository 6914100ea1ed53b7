package dev.commis.chat;

import dev.commis.chat.commands.SaveCommand;
import dev.commis.chat.reply.Reply;
import dev.commis.reminders.TooManyReminders;
import dev.commis.text.Language;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The platform-neutral conversation: turns one {@link Incoming} into one {@link Reply}. It
 * routes {@code /commands} (also {@code /command@SomeBot}) and button presses to their command,
 * reads a plain message as a recipe name (in a private chat, a message that is only a link
 * offers to save its recipe), and answers bad input with a short helpful reply:
 * nothing a person sends makes it throw.
 */
public final class ChatCore {

    private static final Logger LOG = LoggerFactory.getLogger(ChatCore.class);

    private final CommandList commands;
    private final ChatServices services;
    private final PollDesk polls;

    public ChatCore(CommandList commands, ChatServices services) {
        this.commands = commands;
        this.services = services;
        this.polls = new PollDesk(this);
    }

    /** Where adapters report their native polls: posted, and closed with their final counts. */
    public PollDesk polls() {
        return polls;
    }

    public CommandList commands() {
        return commands;
    }

    public ChatServices services() {
        return services;
    }

    public Reply handle(Incoming incoming) {
        Request request = request(incoming);
        try {
            return incoming.kind() == Incoming.Kind.BUTTON ? press(request) : message(request);
        } catch (TooManyReminders e) {
            return Reply.text(request.say("reminders.too_many", e.max()));
        } catch (RuntimeException e) {
            LOG.error("Could not answer {} in chat {}", incoming.kind(), incoming.chat(), e);
            return Reply.text(request.say("error.internal"));
        }
    }

    /**
     * The request for {@code incoming} as its command would see it: the chat's preferences and words, services
     * for that chat. For views of a chat outside its messages (the kitchen screen).
     */
    public Request request(Incoming incoming) {
        ChatPreferences preferences = firstWords(incoming, services.preferences().get(incoming.chat()));
        Language lang = preferences.lang().orElse(services.lang());
        return new Request(incoming, preferences, Messages.of(lang), services.forChat(incoming.chat()));
    }

    /**
     * A private chat that never chose a language takes its person's app language (French or English) the first
     * time the platform says it, and keeps it, so that its reminders speak it too; {@code /lang} changes it. A
     * group keeps the configured language until someone chooses: its members' apps may disagree.
     */
    private ChatPreferences firstWords(Incoming incoming, ChatPreferences preferences) {
        if (preferences.lang().isPresent() || incoming.group()) {
            return preferences;
        }
        Optional<Language> spoken = Language.fromTag(incoming.spoken());
        if (spoken.isEmpty()) {
            return preferences;
        }
        ChatPreferences taken = preferences.withLang(spoken.get());
        try {
            services.preferences().put(incoming.chat(), taken);
        } catch (RuntimeException e) {
            // Not kept (a full disk): this answer still speaks it, and the next message tries again.
            LOG.warn("Could not keep chat {}'s language {}: {}", incoming.chat(), spoken.get().code(), e.toString());
        }
        return taken;
    }

    private Reply message(Request request) {
        String raw = request.incoming().content();
        if (raw.length() > MessageText.MAX_LENGTH) {
            return Reply.text(request.say("error.too_long", MessageText.MAX_LENGTH));
        }
        String text = MessageText.clean(raw);
        if (text.isEmpty()) {
            return Reply.text(request.say("error.empty"));
        }
        if (!text.startsWith("/") && !request.incoming().group() && SaveCommand.offers(request, text)) {
            return SaveCommand.offer(request, text);
        }
        if (!text.startsWith("/")) {
            return commands.byName("recipe").orElseThrow().run(request, text);
        }
        int space = text.indexOf(' ');
        String word = space < 0 ? text.substring(1) : text.substring(1, space);
        String args = space < 0 ? "" : text.substring(space + 1).strip();
        int at = word.indexOf('@');
        String name = at < 0 ? word : word.substring(0, at);
        Optional<Command> command = commands.byName(name);
        if (command.isEmpty()) {
            return Reply.text(request.say("error.unknown_command", "/" + name));
        }
        return command.get().run(request, args);
    }

    private Reply press(Request request) {
        String action = request.incoming().content();
        int colon = action.indexOf(':');
        Optional<Command> command = colon < 0 ? Optional.empty() : commands.byActionCode(action.substring(0, colon));
        if (command.isEmpty()) {
            return Reply.text(request.say("error.unknown_button"));
        }
        Optional<String> payload = request.services().payloads().payload(action.substring(colon + 1));
        if (payload.isEmpty()) {
            return Reply.text(request.say("error.button_expired", "/" + command.get().localName(request.lang())));
        }
        return command.get().press(request, payload.get());
    }
}
