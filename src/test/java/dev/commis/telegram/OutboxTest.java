package dev.commis.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.meta.api.objects.ApiResponse;
import org.telegram.telegrambots.meta.api.objects.ResponseParameters;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;

/** The outbox alone, on a clock that jumps: Telegram's limits, what is sent again and what never, a slow chat, a stop. */
class OutboxTest {

    private static final long SECOND = TimeUnit.SECONDS.toNanos(1);

    private final JumpingClock clock = new JumpingClock();
    /** When the call running on this sender thread left the outbox, by its clock. */
    private static final ThreadLocal<Long> LEFT_AT = new ThreadLocal<>();
    /**
     * Notes each call's leaving time as it leaves: read inside the call, the clock could already have jumped past a
     * wait that came after it (a sender thread may start late on a busy machine).
     */
    private final Outbox outbox = new Outbox(clock, task -> {
        long left = clock.nanoTime();
        return () -> {
            LEFT_AT.set(left);
            try {
                task.run();
            } finally {
                LEFT_AT.remove();
            }
        };
    });
    /** When each call left the outbox, by its clock, per chat, in order. */
    private final List<long[]> ran = Collections.synchronizedList(new ArrayList<>());

    @AfterEach
    void close() {
        outbox.close(Duration.ofMillis(200));
    }

    private CompletableFuture<Long> send(long chat) {
        return outbox.submit(chat, () -> {
            ran.add(new long[] {chat, LEFT_AT.get()});
            return chat;
        });
    }

    private List<Long> timesOf(long chat) {
        synchronized (ran) {
            return ran.stream().filter(call -> call[0] == chat).map(call -> call[1]).toList();
        }
    }

    private static void await(List<? extends CompletableFuture<?>> all) throws Exception {
        CompletableFuture.allOf(all.toArray(CompletableFuture[]::new)).get(10, TimeUnit.SECONDS);
    }

    @Test
    void keepsASecondBetweenMessagesToOneChatInTheirOrder() throws Exception {
        List<Integer> order = Collections.synchronizedList(new ArrayList<>());
        List<CompletableFuture<Integer>> sent = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            int n = i;
            sent.add(outbox.submit(7, () -> {
                order.add(n);
                ran.add(new long[] {7, LEFT_AT.get()});
                return n;
            }));
        }
        await(sent);
        assertThat(order).containsExactly(0, 1, 2, 3);
        List<Long> times = timesOf(7);
        for (int i = 1; i < times.size(); i++) {
            assertThat(times.get(i) - times.get(i - 1)).isGreaterThanOrEqualTo(SECOND);
        }
    }

    @Test
    void keepsToTwentyMessagesAMinuteInAGroup() throws Exception {
        List<CompletableFuture<Long>> sent = new ArrayList<>();
        for (int i = 0; i < 21; i++) {
            sent.add(send(-500));
        }
        await(sent);
        List<Long> times = timesOf(-500);
        assertThat(times.get(20) - times.get(0)).isGreaterThanOrEqualTo(TimeUnit.MINUTES.toNanos(1));
        assertThat(times.get(19) - times.get(0)).as("the first twenty at a second apart").isLessThan(TimeUnit.SECONDS.toNanos(21));
    }

    @Test
    void keepsToThirtyMessagesASecondInAll() throws Exception {
        List<CompletableFuture<Long>> sent = new ArrayList<>();
        for (int chat = 1; chat <= 31; chat++) {
            sent.add(send(chat));
        }
        await(sent);
        List<Long> times;
        synchronized (ran) {
            times = ran.stream().map(call -> call[1]).sorted().toList();
        }
        assertThat(times.get(30) - times.get(0)).isGreaterThanOrEqualTo(SECOND);
        assertThat(times.get(29) - times.get(0)).isLessThan(SECOND);
    }

    @Test
    void aChatsLaterRepliesDoNotOvertakeOtherChatsFirstOnes() throws Exception {
        long start = clock.nanoTime();
        List<CompletableFuture<Long>> sent = new ArrayList<>();
        for (int round = 1; round <= 2; round++) {
            for (long chat = 1; chat <= 40; chat++) {
                sent.add(send(chat));
            }
        }
        await(sent);
        // 30 go at once, the next 30 a second later: the first replies of chats 31 to 40 among them, before any second reply.
        for (long chat = 31; chat <= 40; chat++) {
            assertThat(timesOf(chat).get(0) - start).as("chat %d's first reply", chat).isLessThan(SECOND + SECOND / 2);
        }
    }

    @Test
    void waitsAsLongAsTelegramSaysAfterATooManyRequests() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        CompletableFuture<Long> sent = outbox.submit(3, () -> {
            ran.add(new long[] {3, LEFT_AT.get()});
            if (calls.incrementAndGet() == 1) {
                throw new TelegramApiRequestException("flood", new ApiResponse<>(false, 429, "Too Many Requests: retry after 7",
                        new ResponseParameters(null, 7), null));
            }
            return 3L;
        });
        sent.get(10, TimeUnit.SECONDS);
        List<Long> times = timesOf(3);
        assertThat(times).hasSize(2);
        assertThat(times.get(1) - times.get(0)).isGreaterThanOrEqualTo(7 * SECOND).isLessThan(8 * SECOND);
    }

    @Test
    void sendsToOtherChatsWhileOneIsSlow() throws Exception {
        CountDownLatch slowMayEnd = new CountDownLatch(1);
        CompletableFuture<Integer> slow = outbox.submit(1, () -> {
            try {
                slowMayEnd.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return 1;
        });
        List<CompletableFuture<Long>> others = new ArrayList<>();
        for (int chat = 2; chat <= 10; chat++) {
            others.add(send(chat));
        }
        await(others);
        assertThat(slow).isNotDone();
        slowMayEnd.countDown();
        assertThat(slow.get(5, TimeUnit.SECONDS)).isEqualTo(1);
    }

    @Test
    void neverSendsAgainACallWhoseAnswerNeverCame() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        CompletableFuture<Object> sent = outbox.submit(4, () -> {
            calls.incrementAndGet();
            throw new TelegramApiException("Unable to execute sendmessage method", new SocketTimeoutException("timeout"));
        });
        CompletableFuture<Long> next = send(4);
        assertThatThrownBy(() -> sent.get(10, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
                .hasCauseInstanceOf(SendOutcomeUnknown.class);
        next.get(10, TimeUnit.SECONDS);
        assertThat(calls).hasValue(1);
    }

    @Test
    void sendsAgainACallThatNeverLeft() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        CompletableFuture<Integer> sent = outbox.submit(5, () -> {
            if (calls.incrementAndGet() < 3) {
                throw new TelegramApiException("Unable to execute sendmessage method", new ConnectException("Connection refused"));
            }
            return 5;
        });
        assertThat(sent.get(10, TimeUnit.SECONDS)).isEqualTo(5);
        assertThat(calls).hasValue(3);
    }

    @Test
    void givesUpAtOnceOnALocalFailureAndGoesOnWithTheChat() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        CompletableFuture<Object> broken = outbox.submit(6, () -> {
            calls.incrementAndGet();
            throw new IllegalStateException("cannot read the photo");
        });
        CompletableFuture<Long> next = send(6);
        assertThat(next.get(10, TimeUnit.SECONDS)).isEqualTo(6);
        assertThat(broken).isCompletedExceptionally();
        assertThat(calls).hasValue(1);
    }

    @Test
    void stopsAfterItsPatienceAndFailsWhatIsLeftInsteadOfDroppingItSilently() throws Exception {
        CountDownLatch never = new CountDownLatch(1);
        outbox.submit(8, () -> {
            try {
                never.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return 0;
        });
        CompletableFuture<Long> behind = send(8);
        CompletableFuture<Long> elsewhere = send(9);
        elsewhere.get(10, TimeUnit.SECONDS);
        outbox.close(Duration.ofMillis(300));
        assertThatThrownBy(() -> behind.get(1, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class).hasMessageContaining("stopped before sending");
    }

    @Test
    void aStopReportsACallUnderWayAsPerhapsPostedAndCountsOnlyTheOthersAsNotSent() throws Exception {
        CountDownLatch reachedTelegram = new CountDownLatch(1);
        CountDownLatch answer = new CountDownLatch(1);
        CompletableFuture<Integer> underWay = outbox.submit(10, () -> {
            reachedTelegram.countDown(); // the request is with Telegram, perhaps posted: its answer is held
            try {
                answer.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return 10;
        });
        CompletableFuture<Long> behind = send(10);
        assertThat(reachedTelegram.await(10, TimeUnit.SECONDS)).isTrue();

        Outbox.Left left = outbox.close(Duration.ofMillis(50));
        answer.countDown(); // the answer comes after the stop: too late to change what was reported

        assertThatThrownBy(() -> underWay.get(1, TimeUnit.SECONDS)).as("perhaps posted, not said unsent")
                .isInstanceOf(ExecutionException.class).hasCauseInstanceOf(SendOutcomeUnknown.class);
        assertThatThrownBy(() -> behind.get(1, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
                .hasMessageContaining("stopped before sending");
        assertThat(left).as("the call under way is not counted among those left unsent").isEqualTo(new Outbox.Left(1, 1));
        assertThat(timesOf(10)).as("the one behind never began").isEmpty();
    }
}
