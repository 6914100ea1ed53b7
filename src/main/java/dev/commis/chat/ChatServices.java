package dev.commis.chat;

import dev.commis.importer.LinkSaver;
import dev.commis.text.Language;
import dev.commis.reminders.ReminderScheduler;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * What every command may use, shared by all chats: the recipes, the preferences store, and the
 * injected clock and randomness (so that tests can drive them).
 *
 * @param library      the recipes and their index
 * @param preferences  each chat's preferences
 * @param payloads     long button payloads kept behind short tokens
 * @param reminders    the reminder scheduler
 * @param cooks        each chat's cook in progress
 * @param headsUp      how long before the end of a timer of an hour or more to warn
 * @param random       the only source of randomness
 * @param clock        the only source of time
 * @param quickMinutes the default threshold of {@code /quick}
 * @param lang         the language of chats that chose none
 * @param saver        saves recipes from links ({@code /save}), or {@link LinkSaver#OFF}
 * @param lists        each chat's shared shopping lists
 * @param screens      the chats' kitchen screen links, or {@link KitchenScreens#OFF}
 * @param polls        the dinner votes ({@code /vote})
 * @param weeks        the weeks of dinners ({@code /week})
 */
public record ChatServices(
        Library library,
        PreferenceStore preferences,
        ButtonPayloads payloads,
        ReminderScheduler reminders,
        CookStore cooks,
        Duration headsUp,
        RandomGenerator random,
        Clock clock,
        int quickMinutes,
        Language lang,
        LinkSaver saver,
        ShoppingListStore lists,
        KitchenScreens screens,
        PollStore polls,
        WeekStore weeks) {

    public ChatServices {
        Objects.requireNonNull(library, "library");
        Objects.requireNonNull(preferences, "preferences");
        Objects.requireNonNull(payloads, "payloads");
        Objects.requireNonNull(reminders, "reminders");
        Objects.requireNonNull(cooks, "cooks");
        Objects.requireNonNull(headsUp, "headsUp");
        Objects.requireNonNull(random, "random");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(lang, "lang");
        Objects.requireNonNull(saver, "saver");
        Objects.requireNonNull(lists, "lists");
        Objects.requireNonNull(screens, "screens");
        Objects.requireNonNull(polls, "polls");
        Objects.requireNonNull(weeks, "weeks");
    }

    /** The services with the lists, votes and weeks kept in the same store as the cooks. */
    public ChatServices(Library library, PreferenceStore preferences, ButtonPayloads payloads, ReminderScheduler reminders,
            CookStore cooks, Duration headsUp, RandomGenerator random, Clock clock, int quickMinutes, Language lang,
            LinkSaver saver, KitchenScreens screens) {
        this(library, preferences, payloads, reminders, cooks, headsUp, random, clock, quickMinutes, lang, saver,
                new ShoppingListStore(cooks.database()), screens, new PollStore(cooks.database()),
                new WeekStore(cooks.database()));
    }

    /** The services without a kitchen screen, the lists, votes and weeks kept in the same store as the cooks. */
    public ChatServices(Library library, PreferenceStore preferences, ButtonPayloads payloads, ReminderScheduler reminders,
            CookStore cooks, Duration headsUp, RandomGenerator random, Clock clock, int quickMinutes, Language lang,
            LinkSaver saver) {
        this(library, preferences, payloads, reminders, cooks, headsUp, random, clock, quickMinutes, lang, saver,
                KitchenScreens.OFF);
    }

    /** The services without saving from links. */
    public ChatServices(Library library, PreferenceStore preferences, ButtonPayloads payloads, ReminderScheduler reminders,
            CookStore cooks, Duration headsUp, RandomGenerator random, Clock clock, int quickMinutes, Language lang) {
        this(library, preferences, payloads, reminders, cooks, headsUp, random, clock, quickMinutes, lang, LinkSaver.OFF, KitchenScreens.OFF);
    }

    /** The same services for a request from {@code chat}: button tokens made or read through them belong to that chat. */
    public ChatServices forChat(String chat) {
        return new ChatServices(library, preferences, payloads.forChat(chat), reminders, cooks, headsUp, random, clock,
                quickMinutes, lang, saver, lists, screens, polls, weeks);
    }
}
