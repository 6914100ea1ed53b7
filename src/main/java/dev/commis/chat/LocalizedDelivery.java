package dev.commis.chat;

import dev.commis.reminders.Delivery;
import dev.commis.text.Language;

/**
 * Hands each reminder to the platform in the language its chat uses at the moment it goes off
 * (see {@link ReminderText}).
 */
public final class LocalizedDelivery implements Delivery {

    private final Delivery platforms;
    private final PreferenceStore preferences;
    private final Language fallback;

    public LocalizedDelivery(Delivery platforms, PreferenceStore preferences, Language fallback) {
        this.platforms = platforms;
        this.preferences = preferences;
        this.fallback = fallback;
    }

    @Override
    public void deliver(String chat, String user, String text) throws Exception {
        platforms.deliver(chat, user, said(chat, text));
    }

    /** Keeps the delivery's key, so that the platform can follow an earlier attempt instead of sending a copy. */
    @Override
    public void deliver(String key, String chat, String user, String text) throws Exception {
        platforms.deliver(key, chat, user, said(chat, text));
    }

    private String said(String chat, String text) {
        return ReminderText.in(text, preferences.get(chat).lang().orElse(fallback));
    }
}
