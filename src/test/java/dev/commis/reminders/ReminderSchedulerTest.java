package dev.commis.reminders;

import static org.assertj.core.api.Assertions.assertThat;

import dev.commis.store.Database;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The scheduler driven by a clock moved by hand, against a real store on disk. */
class ReminderSchedulerTest {

    private static final Instant T0 = Instant.parse("2026-11-27T17:00:00Z");
    private static final Duration GRACE = Duration.ofHours(1);

    @TempDir
    Path data;

    private final MutableClock clock = new MutableClock(T0, ZoneOffset.UTC);
    private final List<String> delivered = new java.util.concurrent.CopyOnWriteArrayList<>();
    private int failuresToCome;
    private Database database;
    /** When each delivery was tried, successful or not. */
    private final List<Instant> attempts = new java.util.concurrent.CopyOnWriteArrayList<>();

    private final Delivery delivery = (chat, user, text) -> {
        attempts.add(clock.instant());
        if (failuresToCome > 0) {
            failuresToCome--;
            throw new java.io.IOException("platform said 502");
        }
        delivered.add(chat + (user.isEmpty() ? "" : " @" + user) + ": " + text);
    };

    private final Wording wording = new Wording() {
        @Override
        public String late(Reminder reminder, Duration late) {
            return reminder.text() + " (" + late.toMinutes() + " min late)";
        }

        @Override
        public String summary(String chat, List<Reminder> missed) {
            return "missed " + missed.stream().map(Reminder::text).toList();
        }
    };

    @BeforeEach
    void open() throws Exception {
        database = Database.open(data);
    }

    @AfterEach
    void close() {
        database.close();
    }

    private ReminderScheduler scheduler() {
        return new ReminderScheduler(new ReminderStore(database), delivery, wording, clock, GRACE);
    }

    @Test
    void sendsAReminderWhenItFallsDueAndNotBefore() {
        ReminderScheduler scheduler = scheduler();
        scheduler.schedule(Reminder.of("console", "", "stir", T0.plusSeconds(600), true));
        clock.advance(Duration.ofSeconds(599));
        assertThat(scheduler.runDue()).isZero();
        clock.advance(Duration.ofSeconds(1));
        assertThat(scheduler.runDue()).isEqualTo(1);
        assertThat(delivered).containsExactly("console: stir");
        assertThat(new ReminderStore(database).pending()).isEmpty();
    }

    @Test
    void sendsInTimeOrderAndNamesWhoSetItInAGroup() {
        ReminderScheduler scheduler = scheduler();
        scheduler.schedule(Reminder.of("telegram:-5", "lea", "second", T0.plusSeconds(20), false));
        scheduler.schedule(Reminder.of("telegram:-5", "tom", "first", T0.plusSeconds(10), false));
        clock.advance(Duration.ofMinutes(1));
        scheduler.runDue();
        assertThat(delivered).containsExactly("telegram:-5 @tom: first", "telegram:-5 @lea: second");
    }

    @Test
    void retriesAFailedDeliveryWithGrowingPausesAndNeverDropsIt() {
        ReminderScheduler scheduler = scheduler();
        scheduler.schedule(Reminder.of("console", "", "stir", T0, true));
        failuresToCome = 3;
        // Moved a second at a time, so that an attempt made early (a shorter pause) would show in its time.
        for (int second = 0; second <= 80; second++) {
            scheduler.runDue();
            clock.advance(Duration.ofSeconds(1));
        }
        assertThat(attempts).as("pauses of 5 s, 15 s, then 1 min").containsExactly(T0, T0.plusSeconds(5), T0.plusSeconds(20),
                T0.plusSeconds(80));
        assertThat(delivered).containsExactly("console: stir");
        assertThat(new ReminderStore(database).pending()).isEmpty();
    }

    @Test
    void recordsTheAttemptsOfAReminderNotYetDelivered() {
        ReminderScheduler scheduler = scheduler();
        scheduler.schedule(Reminder.of("console", "", "stir", T0, true));
        failuresToCome = 3;
        for (int second = 0; second <= 30; second++) {
            scheduler.runDue();
            clock.advance(Duration.ofSeconds(1));
        }
        assertThat(new ReminderStore(database).pending()).singleElement().extracting(Reminder::attempts).isEqualTo(3);
        assertThat(new ReminderStore(database).unsettled()).as("failed attempts are settled").isEmpty();
    }

    @Test
    void reloadsPendingRemindersAfterARestart() {
        scheduler().schedule(Reminder.of("console", "", "bake", T0.plusSeconds(60), true));
        ReminderScheduler restarted = scheduler();
        restarted.load();
        clock.advance(Duration.ofSeconds(60));
        assertThat(restarted.runDue()).isEqualTo(1);
        assertThat(delivered).containsExactly("console: bake");
    }

    @Test
    void queuesAReminderOnceWhenLoadedAfterItWasScheduled() {
        ReminderScheduler scheduler = scheduler();
        scheduler.schedule(Reminder.of("console", "", "once", T0.plusSeconds(10), false));
        scheduler.load();
        clock.advance(Duration.ofSeconds(10));
        assertThat(scheduler.runDue()).isEqualTo(1);
        assertThat(delivered).containsExactly("console: once");
    }

    @Test
    void sendsRemindersMissedWhileDownSayingHowLate() {
        scheduler().schedule(Reminder.of("console", "", "bake", T0.plusSeconds(60), true));
        clock.advance(Duration.ofMinutes(13));
        ReminderScheduler restarted = scheduler();
        restarted.load();
        assertThat(restarted.runDue()).isEqualTo(1);
        assertThat(delivered).containsExactly("console: bake (12 min late)");
    }

    @Test
    void summarisesRemindersMissedLongerThanTheGracePeriodOncePerChat() {
        ReminderScheduler before = scheduler();
        before.schedule(Reminder.of("a", "", "one", T0, true));
        before.schedule(Reminder.of("a", "", "two", T0.plusSeconds(60), true));
        before.schedule(Reminder.of("b", "", "three", T0.plusSeconds(120), false));
        before.schedule(Reminder.of("b", "", "recent", T0.plus(Duration.ofMinutes(150)), false));
        clock.advance(Duration.ofHours(3));
        ReminderScheduler restarted = scheduler();
        restarted.load();
        assertThat(restarted.runDue()).isEqualTo(3);
        assertThat(delivered).containsExactlyInAnyOrder("a: missed [one, two]", "b: missed [three]", "b: recent (30 min late)");
        assertThat(new ReminderStore(database).pending()).isEmpty();
    }

    @Test
    void cancelsOneReminderOrAllOfACook() {
        ReminderScheduler scheduler = scheduler();
        Reminder free = scheduler.schedule(Reminder.of("console", "", "bread", T0.plusSeconds(30), false));
        scheduler.schedule(Reminder.of("console", "", "stir", T0.plusSeconds(30), true));
        scheduler.schedule(Reminder.of("other", "", "their stir", T0.plusSeconds(30), true));
        assertThat(scheduler.cancelCook("console")).isEqualTo(1);
        assertThat(scheduler.cancel("console", free.id())).isTrue();
        assertThat(scheduler.cancel("console", free.id())).isFalse();
        clock.advance(Duration.ofMinutes(1));
        scheduler.runDue();
        assertThat(delivered).containsExactly("other: their stir");
    }

    @Test
    void neverSendsAReminderCancelledWhileItsDeliveryWasFailing() {
        ReminderStore store = new ReminderStore(database);
        long[] id = new long[1];
        ReminderScheduler scheduler = new ReminderScheduler(store, (chat, user, text) -> {
            store.cancel(chat, id[0]); // /stop arrives while the platform is not answering
            throw new java.io.IOException("timeout");
        }, wording, clock, GRACE);
        id[0] = scheduler.schedule(Reminder.of("console", "", "stir", T0, true)).id();
        assertThat(scheduler.runDue()).isZero();
        clock.advance(Duration.ofMinutes(20));
        assertThat(scheduler.runDue()).isZero();
        assertThat(scheduler.queued()).isZero();
    }

    @Test
    void givesUpOnAReminderThePlatformRefusesForGood() {
        ReminderStore store = new ReminderStore(database);
        int[] attempts = new int[1];
        ReminderScheduler scheduler = new ReminderScheduler(store, (chat, user, text) -> {
            attempts[0]++;
            throw new Undeliverable("the bot was blocked", null);
        }, wording, clock, GRACE);
        scheduler.schedule(Reminder.of("telegram:9", "", "stir", T0, true));
        scheduler.runDue();
        clock.advance(Duration.ofHours(2));
        scheduler.runDue();
        assertThat(attempts[0]).isEqualTo(1);
        assertThat(store.pending()).isEmpty();
        assertThat(scheduler.queued()).isZero();
    }

    @Test
    void sendsOnItsOwnThreadWithTheRealClock() throws Exception {
        ReminderScheduler scheduler = new ReminderScheduler(new ReminderStore(database), delivery, wording,
                java.time.Clock.systemUTC(), GRACE);
        scheduler.start();
        try {
            scheduler.schedule(Reminder.of("console", "", "now", Instant.now().plusMillis(200), false));
            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (delivered.isEmpty() && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertThat(delivered).containsExactly("console: now");
        } finally {
            scheduler.close();
        }
    }
}
