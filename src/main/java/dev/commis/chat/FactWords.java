package dev.commis.chat;

import dev.commis.text.Folding;

/**
 * A recipe's type, difficulty or cuisine in the chat's language ("plat-principal" is "main course" in an
 * English chat, "easy" is "facile" in a French one); a value it does not know is shown as written.
 */
public final class FactWords {

    private FactWords() {
    }

    public static String say(Request request, String value) {
        String key = "fact." + Folding.key(value);
        return request.messages().has(key) ? request.say(key) : value;
    }
}
