package dev.commis.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The setting {@code telegram.timeout_seconds} reaches the HTTP client, and a long poll never outlasts it. */
class TelegramTimeoutTest {

    @ParameterizedTest(name = "time-out {0} s: polls held {1} s")
    @CsvSource({"75, 5", "600, 5", "10, 5", "9, 4", "4, 2", "3, 1", "2, 1"})
    void aPollIsHeldForLessThanTheTimeOut(int timeout, int held) {
        assertThat(TelegramBot.pollSeconds(Duration.ofSeconds(timeout))).isEqualTo(held).isLessThan(timeout);
    }

    @Test
    void theHttpClientWaitsForAnAnswerAsLongAsTheSettingSays() {
        ExecutorService threads = Executors.newSingleThreadExecutor();
        try {
            OkHttpClient slow = TelegramBot.httpClient(threads, Duration.ofSeconds(75));
            assertThat(slow.readTimeoutMillis()).isEqualTo(75_000);
            assertThat(slow.writeTimeoutMillis()).isEqualTo(75_000);
            assertThat(slow.connectTimeoutMillis()).isEqualTo(10_000);
            assertThat(slow.retryOnConnectionFailure()).isFalse();
            OkHttpClient quick = TelegramBot.httpClient(threads, Duration.ofSeconds(4));
            assertThat(quick.readTimeoutMillis()).isEqualTo(4_000);
            assertThat(quick.connectTimeoutMillis()).isEqualTo(4_000);
        } finally {
            threads.shutdownNow();
        }
    }
}
