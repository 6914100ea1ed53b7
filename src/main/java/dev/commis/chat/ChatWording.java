package dev.commis.chat;

import dev.commis.reminders.Reminder;
import dev.commis.reminders.Wording;
import dev.commis.text.Language;
import java.time.Clock;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** The words for late and missed reminders, in the language each chat chose. */
public final class ChatWording implements Wording {

    private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("HH:mm");

    private final PreferenceStore preferences;
    private final Language fallback;
    private final Clock clock;

    /** @param clock gives the time zone that times of day are said in */
    public ChatWording(PreferenceStore preferences, Language fallback, Clock clock) {
        this.preferences = preferences;
        this.fallback = fallback;
        this.clock = clock;
    }

    @Override
    public String late(Reminder reminder, Duration late) {
        Messages messages = messages(reminder.chat());
        return messages.get("remind.late", ReminderText.in(reminder.text(), messages.language()), Durations.seconds(late.toSeconds(), messages.language()));
    }

    @Override
    public String summary(String chat, List<Reminder> missed) {
        Messages messages = messages(chat);
        StringBuilder text = new StringBuilder(messages.get("remind.summary", missed.size()));
        for (Reminder reminder : missed) {
            text.append("\n• ").append(HOUR.format(reminder.dueAt().atZone(clock.getZone()))).append(" — ")
                    .append(ReminderText.in(reminder.text(), messages.language()));
        }
        return text.toString();
    }

    /** In the chat's language: the stored text holds every language at once ({@link ReminderText}). */
    @Override
    public String readable(Reminder reminder) {
        return ReminderText.in(reminder.text(), messages(reminder.chat()).language());
    }

    private Messages messages(String chat) {
        return Messages.of(preferences.get(chat).lang().orElse(fallback));
    }
}
