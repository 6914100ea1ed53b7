package dev.commis.chat;

import dev.commis.kitchen.UnitSystem;
import dev.commis.search.RecipeIndex;
import dev.commis.text.Language;

/**
 * One message or button press being answered: who sent it, what the chat prefers, the words to
 * answer in, and the shared services.
 */
public record Request(Incoming incoming, ChatPreferences preferences, Messages messages, ChatServices services) {

    public String chat() {
        return incoming.chat();
    }

    public Language lang() {
        return messages.language();
    }

    public UnitSystem units() {
        return preferences.units();
    }

    /** The index of the vault as it is now. */
    public RecipeIndex index() {
        return services.library().index();
    }

    /** Shorthand for {@code messages().get(key, args)}. */
    public String say(String key, Object... args) {
        return messages.get(key, args);
    }
}
