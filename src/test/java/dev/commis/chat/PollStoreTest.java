package dev.commis.chat;

import static org.assertj.core.api.Assertions.assertThat;

import dev.commis.store.Database;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The votes' store: the open polls of one platform, which an adapter looks at once their time is up. */
class PollStoreTest {

    private Database database;
    private PollStore store;

    @BeforeEach
    void open() throws Exception {
        database = Database.inMemory();
        store = new PollStore(database);
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void openPollsAreThePostedAndUnclosedOnesOfThePlatform() {
        Instant at = Instant.parse("2026-11-27T17:00:00Z");
        long posted = store.open("discord:222", "discord:7", "Ana", List.of("a", "b"), at);
        store.posted(posted, "discord:900", "900");
        long notPosted = store.open("discord:222", "discord:7", "Ana", List.of("a", "b"), at);
        long closed = store.open("discord:222", "discord:7", "Ana", List.of("a", "b"), at);
        store.posted(closed, "discord:901", "901");
        store.close(closed, at.plusSeconds(60));
        long telegram = store.open("telegram:5", "telegram:7", "Ana", List.of("a", "b"), at);
        store.posted(telegram, "telegram:discord:1", "3");

        List<PollStore.OpenPoll> open = store.open("discord:");

        assertThat(open).extracting(poll -> poll.poll().id()).containsExactly(posted).doesNotContain(notPosted);
        assertThat(open.get(0).createdAt()).isEqualTo(at);
        assertThat(open.get(0).poll().message()).isEqualTo("900");
    }
}
