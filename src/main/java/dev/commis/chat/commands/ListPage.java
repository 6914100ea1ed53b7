package dev.commis.chat.commands;

import dev.commis.chat.RecipeCard;
import dev.commis.chat.Request;
import dev.commis.chat.ShoppingListStore.Item;
import dev.commis.chat.ShoppingListStore.SharedList;
import dev.commis.chat.reply.Button;
import dev.commis.chat.reply.Reply;
import dev.commis.chat.reply.Span;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One page of a shared shopping list as a reply: the list's title, who ticked what on this page,
 * how many are ticked, and a button per item ({@value #OPEN} or {@value #TICKED} then the item) with
 * a last row of page and "clear ticked" buttons. A page holds {@value #PAGE_SIZE} items, so that its
 * keyboard stays well under Telegram's limits and, five buttons side by side, fits Discord's five
 * rows of five with the last row for the page buttons.
 */
final class ListPage {

    static final int PAGE_SIZE = 20;
    static final String OPEN = "☐";
    static final String TICKED = "✅";
    /** Past this many characters the "who ticked what" lines stop, so that a page stays one message. */
    static final int WHO_LIMIT = 1500;

    private ListPage() {
    }

    /** How many pages {@code list} has (one when empty). */
    static int pages(SharedList list) {
        return Math.max(1, (list.items().size() + PAGE_SIZE - 1) / PAGE_SIZE);
    }

    /** Page {@code page} of {@code list} (the last one when it has fewer), with {@code note} under the title when not blank. */
    static Reply of(Request request, SharedList list, int page, String note) {
        int pages = pages(list);
        int shown = Math.min(Math.max(page, 0), pages - 1);
        List<Item> items = list.items().subList(shown * PAGE_SIZE, Math.min(list.items().size(), (shown + 1) * PAGE_SIZE));
        Reply.Builder reply = Reply.builder().heading(Span.bold(request.say("shop.title")));
        if (!list.title().isBlank()) {
            reply.paragraph(Span.italic(request.say("shop.for", list.title())));
        }
        if (!note.isBlank()) {
            reply.paragraph(note);
        }
        if (list.items().isEmpty()) {
            reply.paragraph(request.say("shop.list.empty"));
        } else {
            whoTicked(items).forEach(reply::paragraph);
            reply.paragraph(Span.italic(pages == 1 ? request.say("shop.list.count", list.tickedCount(), list.items().size())
                    : request.say("shop.list.count_page", list.tickedCount(), list.items().size(), shown + 1, pages)));
        }
        int number = shown * PAGE_SIZE;
        for (Item item : items) {
            ListAction action = item.ticked() ? ListAction.untick(list.id(), item.id(), shown)
                    : ListAction.tick(list.id(), item.id(), shown);
            // Typed by number in the console, an item keeps its place in the whole list on every page.
            reply.buttons(button(request, label(item), action).numbered(++number));
        }
        List<Button> controls = new ArrayList<>();
        if (shown > 0) {
            controls.add(button(request, request.say("list.previous"), ListAction.page(list.id(), shown - 1)));
        }
        if (list.tickedCount() > 0) {
            controls.add(button(request, request.say("shop.list.clear"), ListAction.clear(list.id(), shown)));
        }
        if (shown < pages - 1) {
            controls.add(button(request, request.say("list.next"), ListAction.page(list.id(), shown + 1)));
        }
        return reply.buttons(controls).build();
    }

    /** The item's button label: its mark, then the item as written. */
    static String label(Item item) {
        return (item.ticked() ? TICKED : OPEN) + " " + item.text();
    }

    /** "✅ @lea: 2 kg pork belly, 1 lime", one line a person in the order they come, while the lines fit. */
    private static List<String> whoTicked(List<Item> items) {
        Map<String, List<String>> byWho = new LinkedHashMap<>();
        for (Item item : items) {
            item.tickedBy().ifPresent(who -> byWho.computeIfAbsent(who, key -> new ArrayList<>()).add(item.text()));
        }
        List<String> lines = new ArrayList<>();
        int length = 0;
        for (Map.Entry<String, List<String>> entry : byWho.entrySet()) {
            String line = TICKED + " " + (entry.getKey().isBlank() ? "" : entry.getKey() + ": ") + String.join(", ", entry.getValue());
            length += line.length();
            if (length > WHO_LIMIT) {
                break;
            }
            lines.add(line);
        }
        return lines;
    }

    private static Button button(Request request, String label, ListAction action) {
        return new Button(label, request.services().payloads().action(RecipeCard.SHOP, action.payload()));
    }
}
