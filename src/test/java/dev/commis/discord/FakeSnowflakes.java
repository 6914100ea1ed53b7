package dev.commis.discord;

import java.time.Clock;

/**
 * Discord ids (snowflakes) made from the fake's clock, strictly increasing, for callers that hold the fake's lock
 * (its {@link FakeDiscordLog}), and read back from a route or body.
 */
final class FakeSnowflakes {

    private static final long DISCORD_EPOCH = 1_420_070_400_000L;

    private final Clock clock;
    private long lastIdMillis;
    private int idIncrement;

    FakeSnowflakes(Clock clock) {
        this.clock = clock;
    }

    /** A snowflake from the clock, strictly increasing. */
    long nextId() {
        long millis = Math.max(clock.millis(), lastIdMillis);
        if (millis == lastIdMillis) {
            idIncrement++;
            if (idIncrement > 0xFFF) {
                millis++;
                idIncrement = 0;
            }
        } else {
            idIncrement = 0;
        }
        lastIdMillis = millis;
        return ((millis - DISCORD_EPOCH) << 22) | (1L << 17) | idIncrement;
    }

    /** The id {@code raw} spells; refuses anything else as Discord does, with 400 NUMBER_TYPE_COERCE. */
    static long parse(String raw) {
        try {
            return Long.parseUnsignedLong(raw);
        } catch (NumberFormatException e) {
            FakeFormErrors errors = new FakeFormErrors();
            errors.add("NUMBER_TYPE_COERCE", "Value \"" + raw + "\" is not snowflake.", "id");
            errors.throwIfAny();
            return 0;
        }
    }
}
