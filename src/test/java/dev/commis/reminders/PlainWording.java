package dev.commis.reminders;

import java.time.Duration;
import java.util.List;

/** Reminder wording for tests that only follow which reminders went out: "text (late)" and "missed [texts]". */
final class PlainWording implements Wording {

    @Override
    public String late(Reminder reminder, Duration late) {
        return reminder.text() + " (late)";
    }

    @Override
    public String summary(String chat, List<Reminder> missed) {
        return "missed " + missed.stream().map(Reminder::text).toList();
    }
}
