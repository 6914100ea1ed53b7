package dev.commis.telegram;

import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;

/**
 * What the {@link Outbox} does with a call that failed, by {@link SendFailure}: on a 429 it waits
 * {@code retry_after} and goes again; known not delivered, it goes again after a growing pause (up to 30 s); else it
 * is over, logged as refused, local, or of unknown outcome (never sent again).
 */
final class FailedCalls {

    private static final Logger LOG = LoggerFactory.getLogger(Outbox.class); // the outbox's lines, as users know them
    private static final long MAX_BACKOFF_NANOS = TimeUnit.SECONDS.toNanos(30);

    private FailedCalls() {
    }

    /** Whether {@code job} goes again (its {@link OutboxJob#notBefore} set), at {@code now} on the outbox's clock. */
    static boolean goesAgain(OutboxJob<?> job, SendFailure failure, Exception e, long now) {
        switch (failure) {
            case TOO_MANY_REQUESTS -> {
                long seconds = retryAfter(e);
                LOG.warn("Telegram asks to wait {} s before sending to chat {} again", seconds, job.chat);
                job.notBefore = now + TimeUnit.SECONDS.toNanos(seconds);
                return true;
            }
            case NOT_DELIVERED -> {
                job.failures++;
                long pause = Math.min(MAX_BACKOFF_NANOS, TimeUnit.SECONDS.toNanos(1L << Math.min(job.failures - 1, 5)));
                LOG.warn("Sending to chat {} failed ({}); trying again in {} s", job.chat, e.getMessage(),
                        TimeUnit.NANOSECONDS.toSeconds(pause));
                job.notBefore = now + pause;
                return true;
            }
            case OUTCOME_UNKNOWN -> LOG.error("No answer from Telegram to a message to chat {} ({}): it may have been posted,"
                    + " so it is not sent again", job.chat, e.getMessage());
            case LOCAL -> LOG.error("A message to chat {} could not be sent: {}", job.chat, e.toString());
            default -> LOG.error("Telegram refused a message to chat {}: {}", job.chat, e.getMessage());
        }
        return false;
    }

    /** What whoever waits for a call that is over learns: an unknown outcome is said as such. */
    static Throwable reported(SendFailure failure, Exception e) {
        return failure == SendFailure.OUTCOME_UNKNOWN ? new SendOutcomeUnknown(e) : e;
    }

    private static long retryAfter(Exception e) {
        TelegramApiRequestException request = (TelegramApiRequestException) e;
        Integer after = request.getParameters() == null ? null : request.getParameters().getRetryAfter();
        return after == null ? 1 : Math.max(0, after);
    }
}
