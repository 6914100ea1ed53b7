package dev.commis.reminders;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What to queue for the pending reminders read at start: those due in the future as they are, those overdue within
 * the grace period at once and saying how late they are, older ones as one summary per chat rather than a burst.
 */
final class PendingJobs {

    private PendingJobs() {
    }

    /** The jobs for {@code pending} at {@code now}. */
    static List<ReminderJob> of(List<Reminder> pending, Instant now, Duration grace) {
        Map<String, List<Reminder>> missed = new LinkedHashMap<>();
        List<ReminderJob> jobs = new ArrayList<>();
        for (Reminder reminder : pending) {
            if (!reminder.dueAt().isBefore(now)) {
                jobs.add(ReminderJob.onTime(reminder));
            } else if (Duration.between(reminder.dueAt(), now).compareTo(grace) <= 0) {
                jobs.add(new ReminderJob(now, ReminderJob.Kind.LATE, List.of(reminder), reminder.attempts()));
            } else {
                missed.computeIfAbsent(reminder.chat(), chat -> new ArrayList<>()).add(reminder);
            }
        }
        missed.values().forEach(reminders -> jobs.add(new ReminderJob(now, ReminderJob.Kind.SUMMARY, reminders, 0)));
        return jobs;
    }

    /** How many of {@code jobs} are summaries: the chats with missed reminders. */
    static long summaries(List<ReminderJob> jobs) {
        return jobs.stream().filter(job -> job.kind() == ReminderJob.Kind.SUMMARY).count();
    }
}
