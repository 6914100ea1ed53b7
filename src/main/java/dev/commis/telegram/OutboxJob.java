package dev.commis.telegram;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;

/** One call queued in the {@link Outbox} for a chat: its result for whoever waits, and when it may go again. */
final class OutboxJob<T> {

    private static final AtomicLong SEQUENCE = new AtomicLong();

    final long chat;
    final Outbox.Call<T> call;
    final CompletableFuture<T> result = new CompletableFuture<>();
    /** Submission order: among calls that may go, the oldest goes first, whatever its chat. */
    final long sequence = SEQUENCE.getAndIncrement();
    /** On the outbox's clock: not before then (a {@code retry_after}, a back-off); no wait of its own at first. */
    long notBefore = Long.MIN_VALUE;
    /** Failures known not to have been delivered, for the back-off. */
    int failures;
    /** Its call has begun and not come back: it may have reached Telegram. Guarded by the outbox's lock. */
    boolean underWay;

    OutboxJob(long chat, Outbox.Call<T> call) {
        this.chat = chat;
        this.call = call;
    }
}
