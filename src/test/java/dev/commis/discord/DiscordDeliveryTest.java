package dev.commis.discord;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A reminder longer than one Discord message goes as several, cut at line ends. */
class DiscordDeliveryTest {

    @Test
    void keepsAShortReminderWhole() {
        assertThat(DiscordDelivery.parts("⏰ oven (10 min)")).containsExactly("⏰ oven (10 min)");
    }

    @Test
    void cutsALongSummaryAtLineEndsWithinTheLimit() {
        StringBuilder summary = new StringBuilder("While I was not running, these reminders fell due:");
        for (int i = 0; i < 120; i++) {
            summary.append("\n• 18:").append(i % 60).append(" — 🥄 Stir the pork — ").append(i).append(" of 240 min");
        }
        List<String> parts = DiscordDelivery.parts(summary.toString());
        assertThat(parts).hasSizeGreaterThan(1)
                .allSatisfy(part -> assertThat(part.length()).isLessThanOrEqualTo(DiscordMessages.CONTENT_LIMIT));
        assertThat(String.join("\n", parts)).isEqualTo(summary.toString());
    }

    @Test
    void cutsALineLongerThanTheLimitWithoutSplittingAnEmoji() {
        String text = "x".repeat(1999) + "🥄" + "y".repeat(10);
        List<String> parts = DiscordDelivery.parts(text);
        assertThat(parts).containsExactly("x".repeat(1999), "🥄" + "y".repeat(10));
    }
}
