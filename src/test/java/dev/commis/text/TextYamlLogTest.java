package dev.commis.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

/** A key written twice is Commis's to report, with its file: SnakeYAML's own console warning stays quiet. */
class TextYamlLogTest {

    @Test
    void aKeyWrittenTwiceLogsNothingFromSnakeYaml() {
        List<LogRecord> published = new CopyOnWriteArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                if (isLoggable(record) && record.getLoggerName() != null && record.getLoggerName().startsWith("org.yaml")) {
                    published.add(record);
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger root = Logger.getLogger("");
        root.addHandler(capture);
        try {
            Map<String, Object> fields = TextYaml.newLoader().load("servings: 4\nservings: 6\n");
            assertThat(fields).containsEntry("servings", "6");
        } finally {
            root.removeHandler(capture);
        }
        assertThat(published).extracting(LogRecord::getMessage).isEmpty();
    }
}
