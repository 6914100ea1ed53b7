package dev.commis.chat;

import dev.commis.text.Language;
import java.time.Clock;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * What every command may use, shared by all chats: the recipes, the preferences store, and the
 * injected clock and randomness (so that tests can drive them).
 *
 * @param library      the recipes and their index
 * @param preferences  each chat's preferences
 * @param payloads     long button payloads kept behind short tokens
 * @param random       the only source of randomness
 * @param clock        the only source of time
 * @param quickMinutes the default threshold of {@code /quick}
 * @param lang         the language of chats that chose none
 */
public record ChatServices(
        Library library,
        PreferenceStore preferences,
        ButtonPayloads payloads,
        RandomGenerator random,
        Clock clock,
        int quickMinutes,
        Language lang) {

    public ChatServices {
        Objects.requireNonNull(library, "library");
        Objects.requireNonNull(preferences, "preferences");
        Objects.requireNonNull(payloads, "payloads");
        Objects.requireNonNull(random, "random");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(lang, "lang");
    }
}
