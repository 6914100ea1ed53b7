package dev.commis.reminders;

import dev.commis.events.ChatEvents;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes one attempt at a job: records it in the {@link DeliveryLedger}, hands its words to the {@link Delivery}
 * under the job's key (the same at every attempt, so that an adapter can follow an earlier attempt still under way),
 * and says what comes next: nothing (delivered, given up for good, or nothing left to send) or a retry after a
 * growing pause. A reminder is never dropped unsaid: one given up is logged with its words.
 */
final class JobSender {

    private static final Logger LOG = LoggerFactory.getLogger(JobSender.class);

    /** Pauses between delivery attempts: the last one repeats. */
    static final List<Duration> BACKOFF = List.of(Duration.ofSeconds(5), Duration.ofSeconds(15), Duration.ofMinutes(1),
            Duration.ofMinutes(5), Duration.ofMinutes(15));

    /** What an attempt led to: whether the platform accepted it, and the job to queue again (null when none). */
    record Outcome(boolean delivered, ReminderJob retry) {
        static final Outcome DONE = new Outcome(false, null);
        static final Outcome DELIVERED = new Outcome(true, null);
    }

    private final DeliveryLedger ledger;
    private final Delivery delivery;
    private final Wording wording;
    private final Clock clock;
    private final ChatEvents events;

    /** @param events told when a reminder has gone off (sent, or given up for good), for the kitchen screen */
    JobSender(DeliveryLedger ledger, Delivery delivery, Wording wording, Clock clock, ChatEvents events) {
        this.ledger = ledger;
        this.delivery = delivery;
        this.wording = wording;
        this.clock = clock;
        this.events = events;
    }

    Outcome send(ReminderJob job) {
        // Cancelled, or already sent (a copy queued twice), since it was queued: nothing to send.
        List<Reminder> reminders = job.reminders().stream().filter(ledger::isPending).toList();
        if (reminders.isEmpty()) {
            return Outcome.DONE;
        }
        Reminder first = reminders.get(0);
        Instant now = clock.instant();
        if (!ledger.begin(reminders, now)) {
            return retry(job, reminders, now, "its delivery could not be recorded");
        }
        try {
            delivery.deliver(ReminderJob.key(reminders), first.chat(), first.user(), text(job, reminders, now));
        } catch (Undeliverable e) {
            LOG.error("Reminder for chat {} given up: {} ({} reminder(s): {})", first.chat(), e.getMessage(), reminders.size(),
                    reminders.stream().map(wording::readable).toList());
            ledger.delivered(reminders, now);
            events.publish(first.chat(), ChatEvents.Kind.REMINDER_FIRED);
            return Outcome.DONE;
        } catch (Exception e) {
            Outcome retry = retry(job, reminders, now, e.getMessage());
            // Given up waiting on (or stopped while waiting), the attempt may still be under way: it stays recorded as
            // begun until its outcome is known.
            boolean underWay = e instanceof TimeoutException || e instanceof InterruptedException;
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            ledger.failed(reminders, retry.retry().attempts(), !underWay);
            return retry;
        }
        ledger.delivered(reminders, now);
        events.publish(first.chat(), ChatEvents.Kind.REMINDER_FIRED);
        LOG.info("Reminder sent to chat {}{}", first.chat(),
                job.kind() == ReminderJob.Kind.ON_TIME ? "" : " (" + job.kind().name().toLowerCase(java.util.Locale.ROOT) + ")");
        return Outcome.DELIVERED;
    }

    private String text(ReminderJob job, List<Reminder> reminders, Instant now) {
        Reminder first = reminders.get(0);
        return switch (job.kind()) {
            case ON_TIME -> first.text();
            case LATE -> wording.late(first, Duration.between(first.dueAt(), now));
            case SUMMARY -> wording.summary(first.chat(), reminders);
        };
    }

    private static Outcome retry(ReminderJob job, List<Reminder> reminders, Instant now, String why) {
        int attempts = job.attempts() + 1;
        Duration pause = BACKOFF.get(Math.min(attempts, BACKOFF.size()) - 1);
        LOG.warn("Reminder for chat {} not delivered (attempt {}): {}; trying again in {} s", job.chat(), attempts, why,
                pause.toSeconds());
        return new Outcome(false, job.retried(now.plus(pause), reminders));
    }
}
