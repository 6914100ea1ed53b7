package dev.commis.bench;

import dev.commis.reminders.Delivery;
import dev.commis.reminders.Reminder;
import dev.commis.reminders.ReminderScheduler;
import dev.commis.reminders.ReminderStore;
import dev.commis.reminders.Wording;
import dev.commis.store.Database;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Pending reminders on the real clock and the real store, in two cases. First 10,000 reminders due
 * over 10 s, delivered to a no-op (a delivery that returns at once, as if the platform took every
 * message instantly): how long scheduling them takes, the heap they cost, and how late each fires,
 * which is the scheduler's own lateness. Then 300 reminders due over 10 s delivered through a
 * sender paced at 30 messages a second (Telegram's overall limit; each call waits for its slot on
 * the scheduler's thread): the lateness a cook sees when reminders queue behind the rate limit.
 * Target: every one within 1 s of its time. Not a test: it never fails on a timing.
 *
 * <p>{@code java -cp target/commis.jar:target/test-classes dev.commis.bench.ReminderBenchmark [COUNT]}
 */
public final class ReminderBenchmark {

    private static final Wording WORDING = new Wording() {
        @Override
        public String late(Reminder reminder, Duration late) {
            return reminder.text();
        }

        @Override
        public String summary(String chat, List<Reminder> missed) {
            return chat;
        }
    };

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        System.out.println("== " + count + " reminders due over 10 s, delivered to a no-op");
        run(count, 0);
        System.out.println("== 300 reminders due over 10 s, delivered by a sender paced at 30 messages/s");
        run(300, 30);
        System.out.println("measured: the real ReminderScheduler and its SQLite store on the real clock; lateness from each"
                + " reminder's due time to the moment the delivery was called (paced case: to the moment it returned)");
        System.out.println("not measured: a platform adapter, the network, HTTP errors and retries (a real send can fail"
                + " and be tried again), per-chat limits, reminders restored after a restart");
    }

    /** Schedules {@code count} reminders over 10 s from 20 s ahead and waits for them; {@code perSecond} 0 = no pacing. */
    private static void run(int count, int perSecond) throws Exception {
        Path data = Files.createTempDirectory("commis-reminder-bench");
        ConcurrentHashMap<String, Long> firedAt = new ConcurrentHashMap<>();
        AtomicInteger fired = new AtomicInteger();
        long[] nextSlot = {0};
        Delivery delivery = (chat, user, text) -> {
            if (perSecond > 0) { // one message per slot, like a sender that Telegram limits
                long now = System.nanoTime();
                long slot;
                synchronized (nextSlot) {
                    slot = Math.max(now, nextSlot[0]);
                    nextSlot[0] = slot + 1_000_000_000L / perSecond;
                }
                TimeUnit.NANOSECONDS.sleep(slot - now);
            }
            firedAt.put(text, System.currentTimeMillis());
            fired.incrementAndGet();
        };
        try (Database database = Database.open(data)) {
            ReminderScheduler scheduler = new ReminderScheduler(new ReminderStore(database), delivery, WORDING,
                    Clock.systemUTC(), Duration.ofHours(1));
            long heapBefore = heapAfterGc();
            Instant first = Instant.now().plusSeconds(20);
            long[] due = new long[count];
            long start = System.nanoTime();
            for (int i = 0; i < count; i++) {
                Instant at = first.plusMillis(i * 10_000L / count);
                due[i] = at.toEpochMilli();
                scheduler.schedule(Reminder.of("chat:" + (i % 500), "", "r" + i, at, i % 2 == 0));
            }
            long scheduleMs = (System.nanoTime() - start) / 1_000_000;
            long heap = heapAfterGc() - heapBefore;
            System.out.printf("scheduled %d reminders in %d ms (%.2f ms each, durable in SQLite)%n", count, scheduleMs,
                    (double) scheduleMs / count);
            System.out.printf("heap for %d pending reminders: %.1f MB%n", scheduler.queued(), heap / 1e6);
            scheduler.start();
            long deadline = System.currentTimeMillis() + 60_000;
            while (fired.get() < count && System.currentTimeMillis() < deadline) {
                Thread.sleep(100);
            }
            scheduler.close();
            long[] late = new long[count];
            for (int i = 0; i < count; i++) {
                Long at = firedAt.get("r" + i);
                late[i] = at == null ? Long.MAX_VALUE : at - due[i];
            }
            Arrays.sort(late);
            System.out.printf("fired %d of %d; lateness p50 %d ms, p99 %d ms, max %d ms (target: every one within 1000 ms) %s%n",
                    fired.get(), count, late[count / 2], late[(int) (count * 0.99)], late[count - 1],
                    late[count - 1] <= 1000 ? "met" : "MISSED");
        }
    }

    private static long heapAfterGc() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(100);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
