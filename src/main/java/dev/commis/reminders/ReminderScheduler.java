package dev.commis.reminders;

import dev.commis.events.ChatEvents;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends reminders when they fall due: one queue, one thread, an injected clock. A reminder is
 * stored before it is queued and marked sent only once {@link Delivery} accepted it, each step
 * written down by a {@link DeliveryLedger} so that a full disk or a crash sends none twice; a
 * failed delivery is tried again with growing pauses, never dropped, and under the same key, so
 * that an adapter can follow an earlier attempt still under way. A chat holds at most
 * {@code maxPerChat} pending reminders: more are refused with {@link TooManyReminders}. On {@link #start()}, reminders
 * that fell due while Commis was down go out at once saying how late they are, and those older
 * than the grace period go out as one summary per chat rather than as a burst.
 *
 * <p>Tests drive it without its thread: {@link #load()}, then {@link #runDue()} after moving a
 * fake clock.
 */
public final class ReminderScheduler implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ReminderScheduler.class);

    /** Pauses between delivery attempts: the last one repeats. */
    static final List<Duration> BACKOFF = List.of(Duration.ofSeconds(5), Duration.ofSeconds(15), Duration.ofMinutes(1),
            Duration.ofMinutes(5), Duration.ofMinutes(15));

    /** Longest sleep of the thread, so that a clock that jumps is noticed soon. */
    private static final long MAX_WAIT_NANOS = TimeUnit.MILLISECONDS.toNanos(250);

    /** What a queued job sends: one reminder on time or late, or a summary of several. */
    private enum Kind { ON_TIME, LATE, SUMMARY }

    private record Job(Instant at, Kind kind, List<Reminder> reminders, int attempts) {
    }

    /** Pending reminders a chat may hold by default (setting {@code reminders.max_per_chat}). */
    public static final int DEFAULT_MAX_PER_CHAT = 100;

    private final ReminderStore store;
    private final DeliveryLedger ledger;
    private final int maxPerChat;
    private final Delivery delivery;
    private final Wording wording;
    private final Clock clock;
    private final Duration grace;
    private final ChatEvents events;
    private final PriorityQueue<Job> queue = new PriorityQueue<>(Comparator.comparing(Job::at));
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
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
        this.ledger = new DeliveryLedger(store);
        this.maxPerChat = maxPerChat;
        this.delivery = delivery;
        this.wording = wording;
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
     * Queues every pending reminder from the store, in place of what was queued: those due in
     * the future as they are, those overdue within the grace period as late, older ones as one
     * summary per chat.
     */
    public void load() {
        lock.lock(); // held from the read to the swap, so that a reminder scheduled meanwhile is neither lost nor doubled
        try {
            Instant now = clock.instant();
            Map<String, List<Reminder>> missed = new LinkedHashMap<>();
            List<Job> jobs = new ArrayList<>();
            java.util.Set<Long> unsettled = ledger.settleUnsettled();
            for (Reminder reminder : store.pending()) {
                if (unsettled.contains(reminder.id())) {
                    continue;
                }
                if (!reminder.dueAt().isBefore(now)) {
                    jobs.add(new Job(reminder.dueAt(), Kind.ON_TIME, List.of(reminder), reminder.attempts()));
                } else if (Duration.between(reminder.dueAt(), now).compareTo(grace) <= 0) {
                    jobs.add(new Job(now, Kind.LATE, List.of(reminder), reminder.attempts()));
                } else {
                    missed.computeIfAbsent(reminder.chat(), chat -> new ArrayList<>()).add(reminder);
                }
            }
            missed.values().forEach(reminders -> jobs.add(new Job(now, Kind.SUMMARY, List.copyOf(reminders), 0)));
            queue.clear(); // the store holds every queued reminder: reading it again must not queue one twice
            queue.addAll(jobs);
            changed.signalAll();
            if (!jobs.isEmpty()) {
                LOG.info("Reminders loaded: {} to send, {} chat(s) with missed reminders to summarise", jobs.size(), missed.size());
            }
        } finally {
            lock.unlock();
        }
    }

    /**
     * Stores {@code reminder} (durable when this returns) and queues it; the stored copy.
     *
     * @throws TooManyReminders when its chat already holds {@link #maxPerChat()} pending reminders
     */
    public Reminder schedule(Reminder reminder) {
        Reminder stored;
        lock.lock(); // with load(): stored and queued as one step
        try {
            if (store.countPending(reminder.chat()) >= maxPerChat) {
                throw new TooManyReminders(reminder.chat(), maxPerChat);
            }
            stored = store.add(reminder);
            enqueue(new Job(stored.dueAt(), Kind.ON_TIME, List.of(stored), 0));
        } finally {
            lock.unlock();
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

    /** Sends every job that is due by the clock; returns how many deliveries were accepted. */
    public int runDue() {
        ledger.retryMarks();
        int sent = 0;
        while (true) {
            Job job;
            lock.lock();
            try {
                Job head = queue.peek();
                if (head == null || head.at().isAfter(clock.instant())) {
                    return sent;
                }
                job = queue.poll();
            } finally {
                lock.unlock();
            }
            sent += send(job) ? 1 : 0;
        }
    }

    /** Jobs waiting in the queue (reminders, summaries and retries). */
    public int queued() {
        lock.lock();
        try {
            return queue.size();
        } finally {
            lock.unlock();
        }
    }

    private boolean send(Job job) {
        // Cancelled, or already sent (a copy queued twice), since it was queued: nothing to send.
        List<Reminder> reminders = job.reminders().stream().filter(ledger::isPending).toList();
        if (reminders.isEmpty()) {
            return false;
        }
        Reminder first = reminders.get(0);
        Instant now = clock.instant();
        if (!ledger.begin(reminders, now)) {
            retry(job, reminders, now, "its delivery could not be recorded");
            return false;
        }
        try {
            String text = switch (job.kind()) {
                case ON_TIME -> first.text();
                case LATE -> wording.late(first, Duration.between(first.dueAt(), now));
                case SUMMARY -> wording.summary(first.chat(), reminders);
            };
            delivery.deliver(key(reminders), first.chat(), first.user(), text);
        } catch (Undeliverable e) {
            LOG.error("Reminder for chat {} given up: {} ({} reminder(s): {})", first.chat(), e.getMessage(), reminders.size(),
                    reminders.stream().map(Reminder::text).toList());
            ledger.delivered(reminders, now);
            events.publish(first.chat(), ChatEvents.Kind.REMINDER_FIRED);
            return false;
        } catch (Exception e) {
            int attempts = retry(job, reminders, now, e.getMessage());
            // A time-out leaves the attempt under way: it stays recorded as begun until its outcome is known.
            ledger.failed(reminders, attempts, !(e instanceof java.util.concurrent.TimeoutException));
            return false;
        }
        ledger.delivered(reminders, now);
        events.publish(first.chat(), ChatEvents.Kind.REMINDER_FIRED);
        LOG.info("Reminder sent to chat {}{}", first.chat(), job.kind() == Kind.ON_TIME ? "" : " (" + job.kind().name().toLowerCase() + ")");
        return true;
    }

    /** Queues {@code reminders} again after the next pause; the attempts so far. */
    private int retry(Job job, List<Reminder> reminders, Instant now, String why) {
        int attempts = job.attempts() + 1;
        Duration pause = BACKOFF.get(Math.min(attempts, BACKOFF.size()) - 1);
        enqueue(new Job(now.plus(pause), job.kind(), reminders, attempts)); // first, so that nothing below can lose it
        LOG.warn("Reminder for chat {} not delivered (attempt {}): {}; trying again in {} s", reminders.get(0).chat(), attempts,
                why, pause.toSeconds());
        return attempts;
    }

    /** The same for every attempt of the same reminders, whatever the wording of the attempt. */
    private static String key(List<Reminder> reminders) {
        return "reminder:" + reminders.stream().map(reminder -> Long.toString(reminder.id())).collect(java.util.stream.Collectors.joining(","));
    }

    private void enqueue(Job job) {
        lock.lock();
        try {
            queue.add(job);
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    private void removeQueued(java.util.function.Predicate<Reminder> which) {
        lock.lock();
        try {
            queue.removeIf(job -> job.kind() != Kind.SUMMARY && which.test(job.reminders().get(0)));
        } finally {
            lock.unlock();
        }
    }

    private void loop() {
        while (running) {
            try {
                runDue();
                lock.lock();
                try {
                    Job head = queue.peek();
                    long wait = head == null ? MAX_WAIT_NANOS
                            : Math.min(MAX_WAIT_NANOS, Duration.between(clock.instant(), head.at()).toNanos());
                    if (wait > 0 && running) {
                        changed.awaitNanos(wait);
                    }
                } finally {
                    lock.unlock();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                // One broken reminder (say, a store error) must not stop the others.
                LOG.error("Reminder delivery loop failed; going on", e);
            }
        }
    }

    /** Stops sending; pending reminders stay in the store for the next start. */
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
    }
}
