package dev.commis.reminders;

import dev.commis.events.ChatEvents;
import java.time.Clock;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends reminders when they fall due, by an injected clock. A reminder is stored before it is queued and marked sent
 * only once {@link Delivery} accepted it, each step written down by a {@link DeliveryLedger} so that a full disk or a
 * crash sends none twice; a failed delivery is tried again with growing pauses ({@link JobSender}), never dropped.
 * Chats are served side by side ({@link ChatLanes}): a chat whose platform hangs holds up no other chat's reminders,
 * and one chat's reminders go out one at a time, in order. A chat holds at most {@code maxPerChat} pending reminders:
 * more are refused with {@link TooManyReminders}. On {@link #start()}, reminders that fell due while Commis was down
 * go out at once saying how late they are, and those older than the grace period as one summary per chat
 * ({@link PendingJobs}).
 *
 * <p>Tests drive it without its thread: {@link #load()}, then {@link #runDue()} after moving a fake clock.
 */
public final class ReminderScheduler implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ReminderScheduler.class);

    /** Pending reminders a chat may hold by default (setting {@code reminders.max_per_chat}). */
    public static final int DEFAULT_MAX_PER_CHAT = 100;

    /** Chats served at the same time: as many as may hang before the others wait for a free thread. */
    static final int CHATS_AT_ONCE = 16;

    /** Longest sleep of the thread, so that a clock that jumps is noticed soon. */
    private static final Duration MAX_WAIT = Duration.ofMillis(250);

    private final ReminderStore store;
    private final DeliveryLedger ledger;
    private final JobSender sender;
    private final int maxPerChat;
    private final Clock clock;
    private final Duration grace;
    private final ChatEvents events;
    private final DueJobs queue = new DueJobs();
    private final ChatLanes lanes = new ChatLanes(CHATS_AT_ONCE);
    /**
     * Held from reading the store to changing the queue (schedule, load), and while jobs move between the queue and
     * the lanes, so that a reminder is never queued twice nor lost between them.
     */
    private final Object lock = new Object();
    /** Ids of the reminders handed to a lane and not yet back. Guarded by {@link #lock}. */
    private final Set<Long> inLanes = new HashSet<>();
    private final AtomicInteger accepted = new AtomicInteger();
    private Thread thread;
    private volatile boolean running;

    public ReminderScheduler(ReminderStore store, Delivery delivery, Wording wording, Clock clock, Duration grace) {
        this(store, delivery, wording, clock, grace, DEFAULT_MAX_PER_CHAT);
    }

    /** @param maxPerChat how many pending reminders one chat may hold */
    public ReminderScheduler(ReminderStore store, Delivery delivery, Wording wording, Clock clock, Duration grace,
            int maxPerChat) {
        this(store, delivery, wording, clock, grace, maxPerChat, new ChatEvents());
    }

    /** @param events told when a reminder is set, cancelled or sent */
    public ReminderScheduler(ReminderStore store, Delivery delivery, Wording wording, Clock clock, Duration grace,
            int maxPerChat, ChatEvents events) {
        if (maxPerChat < 1) {
            throw new IllegalArgumentException("maxPerChat must be at least 1, was " + maxPerChat);
        }
        this.store = store;
        this.ledger = new DeliveryLedger(store, wording::readable);
        this.sender = new JobSender(ledger, delivery, wording, clock, events);
        this.maxPerChat = maxPerChat;
        this.clock = clock;
        this.grace = grace;
        this.events = events;
    }

    /** Loads the pending reminders and starts sending them on a daemon thread. */
    public void start() {
        load();
        running = true;
        thread = new Thread(this::loop, "reminders");
        thread.setDaemon(true);
        thread.start();
    }

    /**
     * Queues every pending reminder from the store ({@link PendingJobs}), in place of what was queued; a reminder
     * whose delivery is under way is left to it. Reminders whose delivery began before a stop, with no known outcome,
     * are settled rather than sent again ({@link DeliveryLedger#settleUnsettled()}).
     */
    public void load() {
        synchronized (lock) {
            Set<Long> unsettled = ledger.settleUnsettled();
            List<Reminder> pending = store.pending().stream()
                    .filter(reminder -> !unsettled.contains(reminder.id()) && !inLanes.contains(reminder.id())).toList();
            List<ReminderJob> jobs = PendingJobs.of(pending, clock.instant(), grace);
            queue.replaceWith(jobs); // the store holds every queued reminder: reading it again must not queue one twice
            if (!jobs.isEmpty()) {
                LOG.info("Reminders loaded: {} to send, {} chat(s) with missed reminders to summarise", jobs.size(),
                        PendingJobs.summaries(jobs));
            }
        }
    }

    /**
     * Stores {@code reminder} (durable when this returns) and queues it; the stored copy.
     *
     * @throws TooManyReminders when its chat already holds {@link #maxPerChat()} pending reminders
     */
    public Reminder schedule(Reminder reminder) {
        Reminder stored;
        synchronized (lock) {
            if (store.countPending(reminder.chat()) >= maxPerChat) {
                throw new TooManyReminders(reminder.chat(), maxPerChat);
            }
            stored = store.add(reminder);
            queue.add(ReminderJob.onTime(stored));
        }
        events.publish(reminder.chat(), ChatEvents.Kind.REMINDER_SET);
        return stored;
    }

    /** How many pending reminders one chat may hold. */
    public int maxPerChat() {
        return maxPerChat;
    }

    /** The chat's pending reminders, soonest first. */
    public List<Reminder> pending(String chat) {
        return store.pending(chat);
    }

    /** Cancels reminder {@code id} of {@code chat}; whether it was pending. */
    public boolean cancel(String chat, long id) {
        boolean cancelled = store.cancel(chat, id);
        if (cancelled) {
            removeQueued(reminder -> reminder.id() == id);
            events.publish(chat, ChatEvents.Kind.REMINDER_CANCELLED);
        }
        return cancelled;
    }

    /** Cancels the chat's cook reminders; how many were pending. */
    public int cancelCook(String chat) {
        int cancelled = store.cancelCook(chat);
        removeQueued(reminder -> reminder.cook() && reminder.chat().equals(chat));
        if (cancelled > 0) {
            events.publish(chat, ChatEvents.Kind.REMINDER_CANCELLED);
        }
        return cancelled;
    }

    /**
     * Sends every job that is due by the clock, and waits until they are all through (retries are queued for later);
     * returns how many deliveries were accepted. For tests and for a caller without the thread.
     */
    public int runDue() {
        int before = accepted.get();
        while (dispatchDue() > 0) {
            lanes.awaitIdle();
            if (Thread.currentThread().isInterrupted()) {
                break;
            }
        }
        return accepted.get() - before;
    }

    /** Jobs waiting in the queue (reminders, summaries and retries), not counting those being sent. */
    public int queued() {
        return queue.size();
    }

    /** Hands the due jobs to their chats' lanes, without waiting for them; how many. */
    private int dispatchDue() {
        ledger.retryMarks();
        synchronized (lock) {
            List<ReminderJob> due = queue.takeDue(clock);
            for (ReminderJob job : due) {
                job.reminders().forEach(reminder -> inLanes.add(reminder.id()));
                try {
                    lanes.submit(job.chat(), () -> send(job));
                } catch (RejectedExecutionException e) {
                    job.reminders().forEach(reminder -> inLanes.remove(reminder.id()));
                    LOG.info("Stopping: reminders for chat {} are left in the store for the next start", job.chat());
                }
            }
            return due.size();
        }
    }

    /** One attempt, in its chat's lane; a retry is queued as the job leaves the lane. */
    private void send(ReminderJob job) {
        JobSender.Outcome outcome = JobSender.Outcome.DONE;
        try {
            outcome = sender.send(job);
        } finally {
            synchronized (lock) {
                if (outcome.retry() != null) {
                    queue.add(outcome.retry());
                }
                job.reminders().forEach(reminder -> inLanes.remove(reminder.id()));
            }
        }
        if (outcome.delivered()) {
            accepted.incrementAndGet();
        }
    }

    private void removeQueued(Predicate<Reminder> which) {
        queue.removeIf(job -> job.kind() != ReminderJob.Kind.SUMMARY && which.test(job.reminders().get(0)));
    }

    private void loop() {
        while (running) {
            try {
                dispatchDue();
                queue.awaitNext(clock, MAX_WAIT);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                // One broken reminder (say, a store error) must not stop the others.
                LOG.error("Reminder delivery loop failed; going on", e);
            }
        }
    }

    /** Stops sending (waiting briefly for deliveries under way); pending reminders stay in the store for the next start. */
    @Override
    public void close() {
        running = false;
        if (thread != null) {
            thread.interrupt();
            try {
                thread.join(TimeUnit.SECONDS.toMillis(2));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        lanes.close(Duration.ofSeconds(2));
    }
}
