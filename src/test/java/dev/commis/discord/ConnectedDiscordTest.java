package dev.commis.discord;

import dev.commis.chat.ChatCore;
import dev.commis.reminders.MutableClock;
import dev.commis.reminders.ReminderScheduler;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * A Discord bot over the test chat ({@link DiscordTestChat}: the fake Discord, the chat core over the sample vault),
 * connected before each test and closed after it; the fields are its parts, for the tests to act through. A test
 * may replace {@link #bot} (a restart): the one in the field is the one closed.
 */
abstract class ConnectedDiscordTest {

    static final Duration WAIT = DiscordTestChat.WAIT;
    static final FakeDiscord.From GUILD = FakeDiscord.From.guildChannel();
    static final FakeDiscord.From DM = FakeDiscord.From.dm();

    @TempDir
    Path dir;

    DiscordTestChat chat;
    FakeDiscord discord;
    MutableClock clock;
    ChatCore core;
    ReminderScheduler reminders;
    DiscordBot bot;

    @BeforeEach
    void connectBot() throws Exception {
        chat = DiscordTestChat.open(dir);
        discord = chat.discord;
        clock = chat.clock;
        core = chat.core;
        reminders = chat.reminders;
        bot = chat.connect(DiscordBot.POLL_RECHECK);
    }

    @AfterEach
    void closeBot() {
        bot.close();
        chat.close();
    }

    /** The answer Discord got to {@code interaction}. */
    FakeDiscord.WebhookMessage answerTo(FakeDiscord.Interaction interaction) {
        return DiscordTestChat.answerTo(discord, interaction);
    }
}
