package dev.commis.chat;

import java.util.List;

/**
 * One chat command, such as {@code /recipe}. A command declares its names and help once; the
 * core routes messages and button presses to it, and each adapter derives its command menu from
 * {@link CommandList}. Commands are stateless; everything they need comes with the request.
 */
public interface Command {

    /** The English name without its slash ({@code recipe}); also the key of its help messages. */
    String name();

    /** The French name ({@code recette}), shown in French menus: lower-case ASCII letters, as platforms require. */
    String frenchName();

    /** Its name in {@code lang}, without its slash: {@link #frenchName()} in French, else {@link #name()}. */
    default String localName(dev.commis.text.Language lang) {
        return lang == dev.commis.text.Language.FR ? frenchName() : name();
    }

    /** Other names that also call it ({@code start} for help), folded (no accents, lower case). */
    default List<String> otherNames() {
        return List.of();
    }

    /**
     * The short prefix of this command's button actions ({@code r} in {@code r:plats-crepes});
     * unique within {@link CommandList}.
     */
    String actionCode();

    /** Whether its words are one web link (menus that type arguments, like Discord's, ask for a {@code url}). */
    default boolean takesLink() {
        return false;
    }

    /** Answers {@code /name args}; {@code args} is trimmed and may be empty. */
    dev.commis.chat.reply.Reply run(Request request, String args);

    /** Answers a press on one of this command's buttons; {@code payload} is the action after its code and colon. */
    default dev.commis.chat.reply.Reply press(Request request, String payload) {
        return run(request, payload);
    }
}
