package dev.commis.reminders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.commis.store.Database;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The scheduler when the store cannot be written (a full disk, simulated by SQLite's read-only switch), when a
 * delivery is given up waiting on, and when a chat asks for too many reminders.
 */
class ReminderFaultsTest {

    private static final Instant T0 = Instant.parse("2026-11-27T17:00:00Z");

    @TempDir
    Path data;

    private final MutableClock clock = new MutableClock(T0, ZoneOffset.UTC);
    private final List<String> delivered = new CopyOnWriteArrayList<>();
    private final List<String> keys = new CopyOnWriteArrayList<>();
    private Database database;
    /** Run at each delivery, before it is accepted. */
    private Runnable whileDelivering = () -> { };

    private final Delivery delivery = new Delivery() {
        @Override
        public void deliver(String chat, String user, String text) {
            whileDelivering.run();
            delivered.add(text);
        }

        @Override
        public void deliver(String key, String chat, String user, String text) {
            keys.add(key);
            deliver(chat, user, text);
        }
    };

    private final Wording wording = new PlainWording();

    @BeforeEach
    void open() throws Exception {
        database = Database.open(data);
    }

    @AfterEach
    void close() {
        database.close();
    }

    private ReminderScheduler scheduler(int maxPerChat) {
        return new ReminderScheduler(new ReminderStore(database), delivery, wording, clock, Duration.ofHours(1), maxPerChat);
    }

    private void diskFull(boolean full) {
        database.update("PRAGMA query_only = " + (full ? "ON" : "OFF"));
    }

    /** The disk fills just as a delivery is marked sent: that write alone fails (the attempt was written before). */
    private void markingFails(boolean fails) {
        database.update(fails
                ? "CREATE TRIGGER disk_full BEFORE UPDATE OF sent_at ON reminders BEGIN SELECT RAISE(ABORT, 'database or disk is full'); END"
                : "DROP TRIGGER disk_full");
    }

    private void runFor(ReminderScheduler scheduler, Duration duration) {
        for (long second = 0; second <= duration.toSeconds(); second++) {
            scheduler.runDue();
            clock.advance(Duration.ofSeconds(1));
        }
    }

    @Test
    void aReminderDeliveredButNotMarkedSentIsNeverSentAgainNotEvenAfterARestart() {
        ReminderScheduler scheduler = scheduler(100);
        scheduler.schedule(Reminder.of("console", "", "stir", T0, true));
        whileDelivering = () -> diskFull(true); // the disk fills while the platform takes the message
        runFor(scheduler, Duration.ofMinutes(2));
        assertThat(delivered).containsExactly("stir");

        ReminderScheduler restarted = scheduler(100); // still full
        restarted.load();
        runFor(restarted, Duration.ofMinutes(2));
        whileDelivering = () -> { };
        diskFull(false);
        ReminderScheduler again = scheduler(100);
        again.load();
        runFor(again, Duration.ofMinutes(2));
        assertThat(delivered).containsExactly("stir");
        assertThat(new ReminderStore(database).pending()).isEmpty();
    }

    @Test
    void aReminderDeliveredJustBeforeTheDiskFillsIsMarkedSentOnceItFreesAndNeverSentAgain() {
        ReminderStore store = new ReminderStore(database);
        ReminderScheduler scheduler = scheduler(100);
        scheduler.schedule(Reminder.of("console", "", "stir", T0, true));
        markingFails(true);
        runFor(scheduler, Duration.ofMinutes(20)); // every back-off pause over: a second copy would be sent by now
        assertThat(delivered).containsExactly("stir");
        assertThat(store.pending()).as("delivered, not yet marked").extracting(Reminder::text).containsExactly("stir");
        assertThat(scheduler.queued()).isZero();

        markingFails(false);
        runFor(scheduler, Duration.ofSeconds(1));
        assertThat(store.pending()).as("marked at the next round").isEmpty();
        ReminderScheduler restarted = scheduler(100);
        restarted.load();
        runFor(restarted, Duration.ofMinutes(2));
        assertThat(delivered).containsExactly("stir");
    }

    @Test
    void aReminderDeliveredJustBeforeTheDiskFillsIsNotSentAgainByARestartWhileItIsFull() {
        ReminderStore store = new ReminderStore(database);
        scheduler(100).schedule(Reminder.of("console", "", "stir", T0, true));
        ReminderScheduler first = scheduler(100);
        first.load();
        markingFails(true);
        runFor(first, Duration.ofSeconds(2));
        first.close(); // stopped before the disk frees: only the store remembers, and it says the attempt began

        ReminderScheduler whileFull = scheduler(100);
        whileFull.load();
        runFor(whileFull, Duration.ofMinutes(20));
        markingFails(false);
        runFor(whileFull, Duration.ofSeconds(1));
        assertThat(store.pending()).as("marked once it could be").isEmpty();
        ReminderScheduler afterwards = scheduler(100);
        afterwards.load();
        runFor(afterwards, Duration.ofMinutes(2));
        assertThat(delivered).containsExactly("stir");
    }

    @Test
    void sendsNothingWhileTheAttemptCannotBeRecordedAndEverythingOnceAfter() {
        ReminderScheduler scheduler = scheduler(100);
        scheduler.schedule(Reminder.of("console", "", "stir", T0, true));
        diskFull(true);
        runFor(scheduler, Duration.ofMinutes(2));
        assertThat(delivered).as("not sent when its attempt cannot be written first").isEmpty();
        diskFull(false);
        runFor(scheduler, Duration.ofMinutes(20));
        assertThat(delivered).containsExactly("stir");
        assertThat(new ReminderStore(database).pending()).isEmpty();
    }

    @Test
    void aReminderCaughtMidDeliveryByAStopIsNotSentBlindlyAgain() {
        ReminderStore store = new ReminderStore(database);
        Reminder stir = scheduler(100).schedule(Reminder.of("console", "", "stir", T0, true));
        store.markAttempt(stir.id(), T0); // then the process died before knowing the outcome
        ReminderScheduler restarted = scheduler(100);
        restarted.load();
        runFor(restarted, Duration.ofMinutes(2));
        assertThat(delivered).isEmpty();
        assertThat(store.pending()).isEmpty();
    }

    @Test
    void triesAgainUnderTheSameKeySoThatTheAdapterCanFollowTheFirstAttempt() {
        ReminderScheduler scheduler = scheduler(100);
        scheduler.schedule(Reminder.of("console", "", "stir", T0, true));
        int[] calls = new int[1];
        whileDelivering = () -> {
            if (calls[0]++ == 0) {
                throw new IllegalStateException(new TimeoutException("still waiting"));
            }
        };
        runFor(scheduler, Duration.ofSeconds(10));
        assertThat(keys).hasSize(2).containsOnly(keys.get(0));
        assertThat(delivered).containsExactly("stir");
    }

    @Test
    void refusesAReminderOverTheChatsCapAndAcceptsItOnceThereIsRoom() {
        ReminderScheduler scheduler = scheduler(3);
        for (int i = 1; i <= 3; i++) {
            scheduler.schedule(Reminder.of("telegram:1", "", "r" + i, T0.plusSeconds(i * 60L), false));
        }
        assertThatThrownBy(() -> scheduler.schedule(Reminder.of("telegram:1", "", "r4", T0.plusSeconds(600), false)))
                .isInstanceOf(TooManyReminders.class).satisfies(e -> assertThat(((TooManyReminders) e).max()).isEqualTo(3));
        scheduler.schedule(Reminder.of("telegram:2", "", "other chat", T0.plusSeconds(60), false));
        assertThat(new ReminderStore(database).pending("telegram:1")).hasSize(3);
        clock.advance(Duration.ofSeconds(61));
        scheduler.runDue();
        scheduler.schedule(Reminder.of("telegram:1", "", "r4", T0.plusSeconds(600), false));
        assertThat(new ReminderStore(database).pending("telegram:1")).hasSize(3);
    }
}
