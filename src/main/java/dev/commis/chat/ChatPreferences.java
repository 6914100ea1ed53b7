package dev.commis.chat;

import dev.commis.kitchen.UnitSystem;
import dev.commis.text.Language;
import java.util.Optional;

/**
 * What one chat chose: its language (empty means the configured default) and how quantities
 * are shown.
 */
public record ChatPreferences(Optional<Language> lang, UnitSystem units) {

    /** A chat that chose nothing. */
    public static final ChatPreferences NONE = new ChatPreferences(Optional.empty(), UnitSystem.AS_WRITTEN);

    public ChatPreferences withLang(Language language) {
        return new ChatPreferences(Optional.of(language), units);
    }

    public ChatPreferences withUnits(UnitSystem system) {
        return new ChatPreferences(lang, system);
    }
}
