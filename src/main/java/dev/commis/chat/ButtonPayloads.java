package dev.commis.chat;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.commis.chat.reply.Button;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Makes button actions of {@code code:payload} that fit {@link Button#MAX_ACTION_BYTES}. A payload
 * that fits travels in the action itself, so the button still works after a restart; a longer
 * one (a long search, say) is kept here behind a short token for a day, and a press after that
 * or after a restart is told the button has expired. A token belongs to the chat it was shown in
 * ({@link #forChat}): pressed, or forged, in another chat it is expired there, so that one chat
 * never sees another's search. A payload that travels in the action can be forged by anyone, so
 * each command checks it as if it had been typed.
 */
public final class ButtonPayloads {

    private static final String TOKEN_MARK = "~";

    /** A long payload and the chat whose button carries its token. */
    private record Kept(String chat, String payload) {
    }

    /** What every chat's view shares: the kept payloads and the token counter. */
    private static final class Store {
        private final Cache<String, Kept> kept = Caffeine.newBuilder()
                .maximumSize(50_000)
                .expireAfterAccess(Duration.ofDays(1))
                .build();
        /**
         * Tokens count up from the moment this run started, so that a token from an earlier run is
         * never taken for one of this run's: it is simply not found, and the press is told it expired.
         */
        private final AtomicLong next;

        Store(long firstToken) {
            this.next = new AtomicLong(firstToken);
        }
    }

    private final Store store;
    private final String chat;

    /** Payloads kept for this run of Commis. */
    public ButtonPayloads() {
        this(System.currentTimeMillis());
    }

    /** @param firstToken where this run's tokens start counting; later runs must start higher */
    public ButtonPayloads(long firstToken) {
        this(new Store(firstToken), "");
    }

    private ButtonPayloads(Store store, String chat) {
        this.store = store;
        this.chat = chat;
    }

    /** The same payloads seen from {@code chat}: tokens made through it are found only through a view of that chat. */
    public ButtonPayloads forChat(String chat) {
        return new ButtonPayloads(store, chat);
    }

    /** A button labelled {@code label} that sends {@code payload} to the command with {@code code}. */
    public Button button(String label, String code, String payload) {
        return new Button(label, action(code, payload));
    }

    /** The action for {@code payload} sent to the command with {@code code}. */
    public String action(String code, String payload) {
        String inline = code + ":" + payload;
        if (inline.getBytes(StandardCharsets.UTF_8).length <= Button.MAX_ACTION_BYTES && !payload.startsWith(TOKEN_MARK)) {
            return inline;
        }
        String token = TOKEN_MARK + Long.toString(store.next.incrementAndGet(), 36);
        store.kept.put(token, new Kept(chat, payload));
        return code + ":" + token;
    }

    /** The payload an action carried, or empty when it was kept for another chat or has expired. */
    public Optional<String> payload(String carried) {
        if (!carried.startsWith(TOKEN_MARK)) {
            return Optional.of(carried);
        }
        Kept kept = store.kept.getIfPresent(carried);
        return kept != null && kept.chat().equals(chat) ? Optional.of(kept.payload()) : Optional.empty();
    }
}
