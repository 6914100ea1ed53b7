package dev.commis.vault;

import com.vladsch.flexmark.ast.ListBlock;
import com.vladsch.flexmark.util.ast.Node;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The notes of a recipe as the body is read: text nobody else claimed, under the heading of the
 * section it came from, and lists that may still turn out to be the ingredients or the steps.
 * Not thread-safe: one per body.
 */
final class BodyNotes {

    /** A table's header or rule line ("| | |", "|---|---|"), which says nothing on its own. */
    private static final Pattern TABLE_RULE = Pattern.compile("^[|\\-:\\s]+$");

    /**
     * A recipe page's buttons that a web clipper copies as text ("Jump to Recipe", "Print Recipe", "Imprimer la
     * recette"): they say nothing in a note, where they would be the first thing shown.
     */
    private static final Pattern PAGE_CONTROLS = Pattern.compile("(?iu)^(?:\\W*(?:(?:jump|skip|go)\\h+to\\h+(?:the\\h+)?"
            + "(?:recipe|video)|(?:print|pin|save|rate)\\h+(?:this\\h+)?recipe|aller\\h+[àa]\\h+la\\h+recette"
            + "|imprimer(?:\\h+la\\h+recette)?|épingler(?:\\h+la\\h+recette)?))+\\W*$");

    private final List<Object> notes = new ArrayList<>();
    private String pendingHeading;

    /** The heading of an unknown section: written before its first note, if it gets any. */
    void heading(String heading) {
        pendingHeading = heading;
    }

    void add(String text) {
        if (!text.isBlank() && !TABLE_RULE.matcher(text).matches() && !PAGE_CONTROLS.matcher(text).matches()) {
            flushHeading();
            notes.add(text);
        }
    }

    void add(ListBlock list) {
        flushHeading();
        notes.add(list);
    }

    /** Takes back a list that turned out to be the ingredients or the steps. */
    void remove(ListBlock list) {
        notes.remove(list);
    }

    private void flushHeading() {
        if (pendingHeading != null) {
            notes.add(pendingHeading);
            pendingHeading = null;
        }
    }

    /** The notes, one line each; a list's items as {@code - item} lines. */
    String text() {
        List<String> lines = new ArrayList<>(notes.size());
        for (Object note : notes) {
            if (note instanceof ListBlock list) {
                for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
                    String text = PlainText.of(item);
                    if (!text.isEmpty()) {
                        lines.add("- " + text);
                    }
                }
            } else {
                lines.add((String) note);
            }
        }
        return String.join("\n", lines);
    }
}
