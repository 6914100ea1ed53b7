package dev.commis.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Telegram's limits as arithmetic, on a clock of our own (nanoseconds). */
class SendLimitsTest {

    private static final long SECOND = TimeUnit.SECONDS.toNanos(1);
    private final SendLimits limits = new SendLimits();

    @Test
    void spacesMessagesToOneChatBySecond() {
        assertThat(limits.earliest(7, 0)).isZero();
        limits.sent(7, 0);
        assertThat(limits.earliest(7, 0)).isEqualTo(SECOND);
        assertThat(limits.earliest(8, 0)).as("another chat need not wait").isZero();
    }

    @Test
    void letsAGroupHaveTwentyMessagesAMinute() {
        long now = 0;
        for (int i = 0; i < 20; i++) {
            now = limits.earliest(-5, now);
            limits.sent(-5, now);
        }
        assertThat(now).isEqualTo(19 * SECOND);
        assertThat(limits.earliest(-5, now)).as("the 21st waits a minute after the first").isEqualTo(60 * SECOND);
        assertThat(limits.earliest(5, now)).as("a private chat is not a group").isEqualTo(now);
    }

    @Test
    void keepsToThirtyMessagesASecondInAll() {
        for (long chat = 1; chat <= 30; chat++) {
            assertThat(limits.earliest(chat, 0)).isZero();
            limits.sent(chat, chat);
        }
        assertThat(limits.earliest(31, 30)).isEqualTo(1 + SECOND);
    }

    @Test
    void honoursAWaitTelegramAskedFor() {
        assertThat(limits.earliest(7, 5 * SECOND)).isEqualTo(5 * SECOND);
    }
}
