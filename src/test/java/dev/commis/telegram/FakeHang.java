package dev.commis.telegram;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Telegram hanging on one chat: each send to it is carried out (posted and recorded, as a server that did the work
 * and then stalled), but its answer is held back until {@link #release()}, so that the bot cannot know whether it
 * was posted. Sends to other chats are not touched. After the release, held answers go out (to a client that has
 * usually given up by then) and later sends are answered as usual.
 */
public final class FakeHang {

    private final long chatId;
    private final CountDownLatch released = new CountDownLatch(1);
    private final AtomicInteger held = new AtomicInteger();

    FakeHang(long chatId) {
        this.chatId = chatId;
    }

    /** Whether the answer to a send to {@code chat} is to be held now. */
    boolean holds(long chat) {
        return chat == chatId && released.getCount() > 0;
    }

    /** Holds the calling server thread until the release. */
    void hold() throws InterruptedException {
        held.incrementAndGet();
        released.await();
    }

    /** How many sends' answers were held so far. */
    public int held() {
        return held.get();
    }

    /** Ends the hang: held answers go out, later sends are answered at once. */
    public void release() {
        released.countDown();
    }
}
