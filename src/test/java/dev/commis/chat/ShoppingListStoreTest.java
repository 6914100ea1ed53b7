package dev.commis.chat;

import static org.assertj.core.api.Assertions.assertThat;

import dev.commis.chat.ShoppingListStore.Item;
import dev.commis.chat.ShoppingListStore.SharedList;
import dev.commis.store.Database;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ShoppingListStoreTest {

    private static final Instant NOW = Instant.parse("2026-12-06T18:00:00Z");

    private final Database database = open();
    private final ShoppingListStore store = new ShoppingListStore(database);

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void keepsAListOfOpenItemsInTheirOrderAsTheChatsCurrentOne() {
        assertThat(store.current("tg:1")).isEmpty();
        SharedList made = store.create("tg:1", "Crêpes (8)", List.of("500 g farine", "12 oeufs", "1 l lait"), NOW);
        assertThat(made.items()).extracting(Item::text).containsExactly("500 g farine", "12 oeufs", "1 l lait");
        assertThat(made.items()).noneMatch(Item::ticked);
        assertThat(made.title()).isEqualTo("Crêpes (8)");
        assertThat(store.current("tg:1")).contains(made);
        SharedList newer = store.create("tg:1", "Tiramisu (6)", List.of("mascarpone"), NOW);
        assertThat(store.current("tg:1")).contains(newer);
        assertThat(store.get("tg:1", made.id())).contains(made);
    }

    @Test
    void ticksAndUnticksInSomeonesNameAndSettingTwiceChangesNothing() {
        SharedList list = store.create("tg:1", "", List.of("lemons", "salt"), NOW);
        long lemons = list.items().get(0).id();
        assertThat(store.mark("tg:1", list.id(), lemons, Optional.of("@lea"))).isTrue();
        assertThat(store.mark("tg:1", list.id(), lemons, Optional.of("@lea"))).isTrue();
        SharedList ticked = store.get("tg:1", list.id()).orElseThrow();
        assertThat(ticked.items().get(0).tickedBy()).contains("@lea");
        assertThat(ticked.tickedCount()).isEqualTo(1);
        store.mark("tg:1", list.id(), lemons, Optional.empty());
        assertThat(store.get("tg:1", list.id()).orElseThrow().tickedCount()).isZero();
    }

    @Test
    void aListBelongsToItsChat() {
        SharedList list = store.create("tg:1", "", List.of("lemons"), NOW);
        long item = list.items().get(0).id();
        assertThat(store.get("tg:2", list.id())).isEmpty();
        assertThat(store.current("tg:2")).isEmpty();
        assertThat(store.mark("tg:2", list.id(), item, Optional.of("@eve"))).isFalse();
        assertThat(store.add("tg:2", list.id(), "poison")).isFalse();
        store.mark("tg:1", list.id(), item, Optional.of("@lea"));
        assertThat(store.clearTicked("tg:2", list.id())).isZero();
        assertThat(store.get("tg:1", list.id()).orElseThrow().items()).extracting(Item::text, Item::tickedBy)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("lemons", Optional.of("@lea")));
    }

    @Test
    void anItemOfAnotherListIsNotTickedThroughThisOne() {
        SharedList first = store.create("tg:1", "", List.of("lemons"), NOW);
        SharedList second = store.create("tg:1", "", List.of("salt"), NOW);
        assertThat(store.mark("tg:1", second.id(), first.items().get(0).id(), Optional.of("@lea"))).isFalse();
        assertThat(store.get("tg:1", first.id()).orElseThrow().tickedCount()).isZero();
    }

    @Test
    void clearsTheTickedItemsAndNeverGivesTheirIdsAgain() {
        SharedList list = store.create("tg:1", "", List.of("a", "b", "c"), NOW);
        store.mark("tg:1", list.id(), list.items().get(2).id(), Optional.of(""));
        store.mark("tg:1", list.id(), list.items().get(0).id(), Optional.of("@tom"));
        assertThat(store.clearTicked("tg:1", list.id())).isEqualTo(2);
        assertThat(store.add("tg:1", list.id(), "d")).isTrue();
        List<Item> left = store.get("tg:1", list.id()).orElseThrow().items();
        assertThat(left).extracting(Item::text).containsExactly("b", "d");
        assertThat(left.get(1).id()).isGreaterThan(list.items().get(2).id());
    }

    @Test
    void holdsAtMostItsLimit() {
        List<String> many = IntStream.range(0, ShoppingListStore.MAX_ITEMS + 5).mapToObj(i -> "item " + i).toList();
        SharedList list = store.create("tg:1", "", many, NOW);
        assertThat(list.items()).hasSize(ShoppingListStore.MAX_ITEMS);
        assertThat(store.add("tg:1", list.id(), "one more")).isFalse();
        store.mark("tg:1", list.id(), list.items().get(0).id(), Optional.of("@lea"));
        store.clearTicked("tg:1", list.id());
        assertThat(store.add("tg:1", list.id(), "one more")).isTrue();
    }

    @Test
    void keepsListsAndTicksAcrossARestart(@TempDir Path data) throws Exception {
        long list;
        long item;
        try (Database first = Database.open(data)) {
            ShoppingListStore lists = new ShoppingListStore(first);
            SharedList made = lists.create("discord:222", "Dal (4)", List.of("lentils", "cumin"), NOW);
            list = made.id();
            item = made.items().get(1).id();
            lists.mark("discord:222", list, item, Optional.of("<@7>"));
        }
        try (Database second = Database.open(data)) {
            SharedList again = new ShoppingListStore(second).current("discord:222").orElseThrow();
            assertThat(again.id()).isEqualTo(list);
            assertThat(again.items().get(1).tickedBy()).contains("<@7>");
            assertThat(again.items().get(0).ticked()).isFalse();
        }
    }

    private static Database open() {
        try {
            return Database.inMemory();
        } catch (dev.commis.store.StoreException e) {
            throw new IllegalStateException(e);
        }
    }
}
