package dev.commis.reminders;

import java.time.Duration;
import java.util.List;

/** The words for reminders that could not go out on time, in each chat's language (the chat core supplies them). */
public interface Wording {

    /** {@code reminder}'s text, saying it comes {@code late} after its time because Commis was not running. */
    String late(Reminder reminder, Duration late);

    /** One message for a chat's reminders that fell due more than the grace period ago. */
    String summary(String chat, List<Reminder> missed);

    /** {@code reminder}'s words as its chat would read them now, for the log (its text as stored unless overridden). */
    default String readable(Reminder reminder) {
        return reminder.text();
    }
}
