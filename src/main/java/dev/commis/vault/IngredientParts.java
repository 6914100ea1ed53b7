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
 * sub-headings or bold lines ("**Miso butter**", "Pour la sauce :"). Not thread-safe: one per body.
 */
final class IngredientParts {

    private String groupName = "";
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
                item(item);
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

    private void item(Node item) {
        for (Node child = item.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof ListBlock nested) {
                for (Node sub = nested.getFirstChild(); sub != null; sub = sub.getNext()) {
                    item(sub);
                }
            } else {
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
