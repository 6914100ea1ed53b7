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
 * or after a restart is told the button has expired.
 */
public final class ButtonPayloads {

    private static final String TOKEN_MARK = "~";

    private final Cache<String, String> kept = Caffeine.newBuilder()
            .maximumSize(50_000)
            .expireAfterAccess(Duration.ofDays(1))
            .build();
    /**
     * Tokens count up from the moment this run started, so that a token from an earlier run is
     * never taken for one of this run's: it is simply not found, and the press is told it expired.
     */
    private final AtomicLong next;

    /** Payloads kept for this run of Commis. */
    public ButtonPayloads() {
        this(System.currentTimeMillis());
    }

    /** @param firstToken where this run's tokens start counting; later runs must start higher */
    public ButtonPayloads(long firstToken) {
        this.next = new AtomicLong(firstToken);
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
        String token = TOKEN_MARK + Long.toString(next.incrementAndGet(), 36);
        kept.put(token, payload);
        return code + ":" + token;
    }

    /** The payload an action carried, or empty when it was kept here and has expired. */
    public Optional<String> payload(String carried) {
        return carried.startsWith(TOKEN_MARK) ? Optional.ofNullable(kept.getIfPresent(carried)) : Optional.of(carried);
    }
}
