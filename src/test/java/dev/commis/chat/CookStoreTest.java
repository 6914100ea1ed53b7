package dev.commis.chat;

import static org.assertj.core.api.Assertions.assertThat;

import dev.commis.store.Database;
import java.nio.file.Path;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CookStoreTest {

    @TempDir
    Path data;

    @Test
    void aCookWithoutServingsComesBackWithoutServings() throws Exception {
        try (Database database = Database.open(data)) {
            CookStore cooks = new CookStore(database);
            cooks.put("test:1", new CookStore.Cook("burnt-ends", OptionalInt.empty(), 2, "marie"));

            assertThat(cooks.get("test:1")).contains(new CookStore.Cook("burnt-ends", OptionalInt.empty(), 2, "marie"));
        }
    }

    @Test
    void aCookForSixComesBackForSix() throws Exception {
        try (Database database = Database.open(data)) {
            CookStore cooks = new CookStore(database);
            cooks.put("test:1", new CookStore.Cook("burnt-ends", OptionalInt.of(6), 0, "marie"));

            assertThat(cooks.get("test:1")).contains(new CookStore.Cook("burnt-ends", OptionalInt.of(6), 0, "marie"));
        }
    }
}
