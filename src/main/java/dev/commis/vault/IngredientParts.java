package dev.commis.vault;

import com.vladsch.flexmark.ast.ListBlock;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.util.ast.Node;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The ingredients section of a body as it is read, for {@link BodyWalk}: bullet items (nested
 * items too), lines of a paragraph that start with an amount, table rows, and the groups named by
 * sub-headings, bold lines ("**Miso butter**", "Pour la sauce :") or an item over a nested list
 * ("- For the ragù:" and its indented items). Not thread-safe: one per body.
 */
final class IngredientParts {

    /** Longer text over a nested list is an ingredient with notes below it, not a group's name. */
    private static final int MAX_GROUP_NAME = 60;

    private String groupName = "";
    private boolean inNestedGroup;
    private List<String> groupItems = new ArrayList<>();
    private final List<IngredientGroup> groups = new ArrayList<>();

    /** The groups closed so far, in file order. */
    List<IngredientGroup> groups() {
        return groups;
    }

    /** Reads a block of the ingredients section; a line that is neither an ingredient nor a fact goes to {@code note}. */
    void block(Node block, BodyFacts facts, Consumer<String> note) {
        if (block instanceof ListBlock list) {
            for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
                topItem(item);
            }
        } else if (block instanceof Paragraph paragraph) {
            String name = BodyReader.groupName(paragraph);
            if (name != null) {
                startGroup(name);
                return;
            }
            List<String> lines = PlainText.lines(paragraph);
            if (lines.size() == 1 && facts.accept(lines.get(0))) {
                return;
            }
            if (TableRows.isTable(lines)) {
                groupItems.addAll(TableRows.bodyRows(lines));
                return;
            }
            if (lines.size() > 1 || !lines.isEmpty() && startsWithAmount(lines.get(0))) {
                lines.forEach(line -> groupItems.add(BodyReader.withoutLeading(BodyReader.TASK_BOX, line)));
            } else {
                lines.forEach(note);
            }
        }
    }

    private static boolean startsWithAmount(String line) {
        return !line.isEmpty() && (Character.isDigit(line.charAt(0)) || "½¼¾⅓⅔".indexOf(line.charAt(0)) >= 0);
    }

    /**
     * An item of the section's own list. One that names a group over a nested list ("- For the ragù:" with its
     * ingredients indented below) opens that group; a plain item after such a group is in no group again.
     */
    private void topItem(Node item) {
        String name = nestedGroupName(item);
        if (name != null) {
            startGroup(name);
            inNestedGroup = true;
        } else if (inNestedGroup) {
            startGroup("");
            inNestedGroup = false;
        }
        item(item, name != null);
    }

    /** The group an item names over its nested list: its own text, not an amount, without a final ':'. */
    private static String nestedGroupName(Node item) {
        Node first = item.getFirstChild();
        if (first == null || first instanceof ListBlock || !(first.getNext() instanceof ListBlock)) {
            return null;
        }
        String text = PlainText.of(first).strip();
        if (text.isEmpty() || startsWithAmount(text) || text.length() > MAX_GROUP_NAME) {
            return null;
        }
        return text.endsWith(":") ? text.substring(0, text.length() - 1).strip() : text;
    }

    /** An item's lines and its nested items' as ingredients; {@code named}: its own first line is its group's name. */
    private void item(Node item, boolean named) {
        for (Node child = item.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof ListBlock nested) {
                for (Node sub = nested.getFirstChild(); sub != null; sub = sub.getNext()) {
                    item(sub, false);
                }
            } else if (!(named && child == item.getFirstChild())) {
                String text = PlainText.of(child);
                if (!text.isEmpty()) {
                    groupItems.add(text);
                }
            }
        }
    }

    /** Starts the group {@code name} ("Pour la sauce"), closing the one before. */
    void startGroup(String name) {
        closeGroup();
        groupName = name;
    }

    void closeGroup() {
        if (!groupItems.isEmpty()) {
            groups.add(new IngredientGroup(groupName, groupItems));
        }
        groupItems = new ArrayList<>();
        groupName = "";
    }
}
