package dev.commis.reminders;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * One delivery waiting in the scheduler: a reminder on time or late, or one summary of a chat's missed reminders,
 * due at {@code at}, with the attempts that failed so far. Every reminder of a job belongs to one chat.
 */
record ReminderJob(Instant at, Kind kind, List<Reminder> reminders, int attempts) {

    /** What the job says: the reminder's own words, the same saying how late it is, or a summary of several. */
    enum Kind { ON_TIME, LATE, SUMMARY }

    /** Soonest first; among jobs due at the same time, the reminder set first (so that a chat's order holds). */
    static final Comparator<ReminderJob> ORDER = Comparator.comparing(ReminderJob::at)
            .thenComparingLong(job -> job.reminders().get(0).id());

    ReminderJob {
        reminders = List.copyOf(reminders);
        if (reminders.isEmpty()) {
            throw new IllegalArgumentException("a job sends at least one reminder");
        }
    }

    /** A reminder to send when it falls due. */
    static ReminderJob onTime(Reminder reminder) {
        return new ReminderJob(reminder.dueAt(), Kind.ON_TIME, List.of(reminder), reminder.attempts());
    }

    /** The chat whose reminders these are. */
    String chat() {
        return reminders.get(0).chat();
    }

    /** This job once more at {@code at}, for {@code still} (those of its reminders still pending), one more attempt failed. */
    ReminderJob retried(Instant at, List<Reminder> still) {
        return new ReminderJob(at, kind, still, attempts + 1);
    }

    /** The name of the delivery of {@code reminders}: the same at every attempt, whatever its wording. */
    static String key(List<Reminder> reminders) {
        return "reminder:" + reminders.stream().map(reminder -> Long.toString(reminder.id())).collect(Collectors.joining(","));
    }
}
