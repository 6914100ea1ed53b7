package dev.commis.chat.commands;

import dev.commis.chat.Request;
import dev.commis.chat.ShoppingListStore;
import dev.commis.chat.ShoppingListStore.SharedList;
import dev.commis.chat.reply.Reply;
import java.util.List;
import java.util.Optional;

/**
 * The shared shopping list of a chat, as {@code /shop}, {@code /add} and the list's buttons use it:
 * anyone in the chat ticks or unticks an item, and the list's message is redrawn in place for
 * everyone. Every answer reads the list back from the store, so what is shown is what is kept.
 */
final class SharedLists {

    /** The longest item {@code /add} takes, in characters. */
    static final int MAX_ITEM_LENGTH = 120;

    private SharedLists() {
    }

    /** Makes {@code items} the chat's new current list, made for {@code title}; its first page. */
    static Reply create(Request request, String title, List<String> items) {
        SharedList list = store(request).create(request.chat(), title, items, request.services().clock().instant());
        return ListPage.of(request, list, 0, "");
    }

    /** The chat's current list again, as a new message; empty when the chat has none. */
    static Optional<Reply> current(Request request) {
        return store(request).current(request.chat()).map(list -> ListPage.of(request, list, 0, ""));
    }

    /** Adds {@code text} to the chat's current list, making one when there is none; the page that shows it. */
    static Reply add(Request request, String text) {
        String item = text.strip().replaceAll("\\s+", " ");
        if (item.length() > MAX_ITEM_LENGTH) {
            return Reply.text(request.say("shop.add.too_long", MAX_ITEM_LENGTH));
        }
        ShoppingListStore store = store(request);
        Optional<SharedList> current = store.current(request.chat());
        SharedList list;
        if (current.isEmpty()) {
            list = store.create(request.chat(), "", List.of(item), request.services().clock().instant());
        } else if (store.add(request.chat(), current.get().id(), item)) {
            list = store.get(request.chat(), current.get().id()).orElseThrow();
        } else {
            return Reply.text(request.say("shop.add.full", ShoppingListStore.MAX_ITEMS));
        }
        return ListPage.of(request, list, ListPage.pages(list) - 1, request.say("shop.add.done", item));
    }

    /** Answers a press on a list's button: the list redrawn in place of the pressed message. */
    static Reply press(Request request, String payload) {
        Optional<ListAction> parsed = ListAction.parse(payload);
        if (parsed.isEmpty()) {
            return Reply.text(request.say("shop.list.bad_button"));
        }
        ListAction action = parsed.get();
        ShoppingListStore store = store(request);
        if (store.get(request.chat(), action.list()).isEmpty()) {
            return Reply.text(request.say("shop.list.gone"));
        }
        switch (action.verb()) {
            case TICK -> store.mark(request.chat(), action.list(), action.item(), Optional.of(request.incoming().name()));
            case UNTICK -> store.mark(request.chat(), action.list(), action.item(), Optional.empty());
            case CLEAR -> store.clearTicked(request.chat(), action.list());
            case PAGE -> {
                // only the page changes
            }
        }
        store.touch(request.chat(), action.list(), request.services().clock().instant());
        // An item another press removed meanwhile is simply no longer drawn.
        SharedList list = store.get(request.chat(), action.list()).orElseThrow();
        return ListPage.of(request, list, action.page(), "").asReplacing();
    }

    private static ShoppingListStore store(Request request) {
        return request.services().lists();
    }
}
