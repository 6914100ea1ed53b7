package dev.commis.reminders;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes down each delivery's steps in the store so that a full disk or a crash never sends a reminder twice
 * and never loses one silently. The order is: record the attempt, send, mark sent.
 * <ul>
 * <li>If the attempt cannot be recorded, nothing is sent now: the reminder stays pending and is tried later.</li>
 * <li>If it was delivered but cannot be marked sent, this run remembers it (never sending it again) and marks
 * it at the next chance.</li>
 * <li>If Commis stops between the attempt and its outcome, the next start finds it {@link #settleUnsettled()
 * unsettled}: perhaps delivered, perhaps not. It is not sent again (a duplicate reminder is taken for the
 * worse harm, as with a Telegram call whose answer never came) but logged with its text, so that nothing is
 * lost unsaid.</li>
 * </ul>
 * Thread-safe.
 */
final class DeliveryLedger {

    private static final Logger LOG = LoggerFactory.getLogger(DeliveryLedger.class);

    private final ReminderStore store;
    private final Function<Reminder, String> readable;
    /** Delivered, not yet marked sent in the store (a write failed): never sent again by this run. */
    private final Map<Long, Instant> unmarked = new ConcurrentHashMap<>();
    /** Of those, the ones whose failed mark was logged. */
    private final Set<Long> told = ConcurrentHashMap.newKeySet();

    /** @param readable a reminder's words for the log */
    DeliveryLedger(ReminderStore store, Function<Reminder, String> readable) {
        this.store = store;
        this.readable = readable;
    }

    /** Whether {@code reminder} still waits to be sent: pending in the store and not delivered in this run. */
    boolean isPending(Reminder reminder) {
        return !unmarked.containsKey(reminder.id()) && store.isPending(reminder.id());
    }

    /** Records that delivery of {@code reminders} begins; false (sending nothing) when the store cannot record it. */
    boolean begin(List<Reminder> reminders, Instant now) {
        try {
            reminders.forEach(reminder -> store.markAttempt(reminder.id(), now));
            return true;
        } catch (RuntimeException e) {
            LOG.warn("Reminder for chat {} not sent now: its delivery could not be recorded first ({}); trying again later",
                    reminders.get(0).chat(), e.getMessage());
            return false;
        }
    }

    /** Marks {@code reminders} sent; when the store cannot, remembers them so that they are not sent again. */
    void delivered(List<Reminder> reminders, Instant now) {
        reminders.forEach(reminder -> unmarked.put(reminder.id(), now));
        retryMarks();
    }

    /**
     * Records a failed attempt: {@code over} when it is known not to have been delivered, else (given up waiting
     * on, still under way) it stays recorded as begun. A store error here is only logged.
     */
    void failed(List<Reminder> reminders, int attempts, boolean over) {
        try {
            reminders.forEach(reminder -> store.recordFailure(reminder.id(), attempts, over));
        } catch (RuntimeException e) {
            LOG.warn("Could not record the failed attempt: {}", e.getMessage());
        }
    }

    /** Marks sent in the store what was delivered and not yet marked; says so once per reminder when it cannot. */
    void retryMarks() {
        for (Map.Entry<Long, Instant> entry : unmarked.entrySet()) {
            long id = entry.getKey();
            try {
                store.markSent(id, entry.getValue());
                unmarked.remove(id);
                if (told.remove(id)) {
                    LOG.info("Reminder {} is marked sent at last", id);
                }
            } catch (RuntimeException e) {
                if (told.add(id)) { // tried again at every round of the scheduler: once in the log is enough
                    LOG.warn("Reminder {} was delivered but cannot be marked sent yet ({}); it will not be sent again",
                            id, e.getMessage());
                }
                return; // the store is failing: the others would fail as well
            }
        }
    }

    /**
     * At start: settles the reminders whose delivery began before a stop and has no known outcome, as sent, and
     * logs each. Returns their ids, to leave out even if the store could not be written.
     */
    java.util.Set<Long> settleUnsettled() {
        java.util.Set<Long> settled = new java.util.HashSet<>();
        for (Reminder reminder : store.unsettled()) {
            LOG.warn("Reminder {} for chat {} (\"{}\", due {}) was being sent when Commis stopped; it may have been"
                    + " delivered, so it is not sent again", reminder.id(), reminder.chat(), readable.apply(reminder), reminder.dueAt());
            settled.add(reminder.id());
            unmarked.put(reminder.id(), reminder.dueAt());
        }
        retryMarks();
        return settled;
    }
}
