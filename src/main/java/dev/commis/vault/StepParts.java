package dev.commis.vault;

import com.vladsch.flexmark.ast.ListBlock;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.util.ast.Node;
import java.util.ArrayList;
import java.util.List;

/**
 * The blocks of a steps section, in order, and the steps they make: list items (numbered,
 * bulleted or tasks), headings per step with the blocks under them, or, when there are none of
 * those, paragraphs. Not thread-safe: one per body.
 */
final class StepParts {

    /** A step still being read from a heading ("Étape 1 : La pâte") and the blocks under it. */
    private static final class HeadedStep {
        final String title;
        final boolean numbered;
        final List<String> texts = new ArrayList<>(2);

        HeadedStep(String title, boolean numbered) {
            this.title = title;
            this.numbered = numbered;
        }
    }

    /** List items (Nodes) and headed steps, in order, and the part of the method each is in. */
    private final List<Object> parts = new ArrayList<>();
    private final List<String> partSections = new ArrayList<>();
    private final List<Node> paragraphs = new ArrayList<>();
    private final List<String> paragraphSections = new ArrayList<>();
    private HeadedStep headed;
    private String section = "";

    /** The part of the method the next steps are in ("Pour la sauce", a tab's label); "" for none. */
    void section(String name) {
        section = name;
        headed = null;
    }

    /**
     * A heading inside the steps: a numbered one ("Step 2: Knead") is a step; another ("Pour la
     * sauce") becomes one only if paragraphs follow it, and is dropped before a list.
     */
    void heading(String title, boolean numbered) {
        if (!numbered) {
            section = title;
        }
        headed = new HeadedStep(title, numbered);
        if (numbered) {
            add(headed);
        }
    }

    private void add(Object part) {
        parts.add(part);
        // A step under a heading of its own ("Pour la sauce" then paragraphs) is not in a part of that name too.
        boolean ownHeading = part instanceof HeadedStep h && !h.numbered;
        partSections.add(ownHeading ? "" : section);
    }

    /** Whether a step (a list item or a headed step) was read. */
    boolean hasSteps() {
        return !parts.isEmpty();
    }

    /** Any other heading ends the step it was reading. */
    void endHeading() {
        headed = null;
    }

    void block(Node block) {
        if (headed != null && (headed.numbered || block instanceof Paragraph)) {
            String text = PlainText.of(block);
            if (!text.isEmpty()) {
                headed.texts.add(text);
                if (!headed.numbered && !parts.contains(headed)) {
                    add(headed);
                }
            }
        } else if (block instanceof ListBlock list) {
            headed = null;
            for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
                if (item instanceof ListItem) {
                    add(item);
                }
            }
        } else if (block instanceof Paragraph paragraph) {
            String name = BodyReader.groupName(paragraph);
            if (name == null) {
                paragraphs.add(paragraph);
                paragraphSections.add(section);
            } else {
                section(name); // "**Pour servir :**" names the part of the method that follows
            }
        }
    }

    /** The steps; paragraphs beside list items or headed steps go to {@code notes}. */
    List<Step> steps(BodyNotes notes) {
        List<Step> steps = new ArrayList<>();
        if (!parts.isEmpty()) {
            for (int i = 0; i < parts.size(); i++) {
                String in = partSections.get(i);
                if (parts.get(i) instanceof HeadedStep headedStep) {
                    add(steps, new Step(steps.size() + 1, headedStep.title, String.join(" ", headedStep.texts), in));
                } else {
                    add(steps, BodyReader.step(steps.size() + 1, (Node) parts.get(i)).inSection(in));
                }
            }
            paragraphs.forEach(paragraph -> notes.add(PlainText.of(paragraph)));
            return oneSectionIsNone(steps);
        }
        for (int i = 0; i < paragraphs.size(); i++) {
            String in = paragraphSections.get(i);
            List<String> lines = PlainText.lines(paragraphs.get(i));
            if (lines.size() > 1 && lines.stream().allMatch(StepParts::endsSentence)) {
                // Obsidian shows each line of a paragraph on its own: one sentence a line is one step a line.
                lines.forEach(line -> add(steps, new Step(steps.size() + 1, "", line, in)));
            } else {
                add(steps, BodyReader.step(steps.size() + 1, paragraphs.get(i)).inSection(in));
            }
        }
        return oneSectionIsNone(steps);
    }

    /** Steps that are all in one part are in no part: its name would only repeat the steps heading. */
    private static List<Step> oneSectionIsNone(List<Step> steps) {
        if (steps.isEmpty() || steps.stream().anyMatch(step -> !step.section().equals(steps.get(0).section()))
                || steps.get(0).section().isEmpty()) {
            return steps;
        }
        return steps.stream().map(step -> step.inSection("")).toList();
    }

    /** Whether a (collapsed, so not blank-ended) line ends like a sentence: what "[.!)…]$" finds. */
    private static boolean endsSentence(String line) {
        return !line.isEmpty() && ".!)…".indexOf(line.charAt(line.length() - 1)) >= 0;
    }

    /** The items of a list as steps. */
    static List<Step> of(ListBlock list) {
        List<Step> steps = new ArrayList<>();
        for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
            add(steps, BodyReader.step(steps.size() + 1, item));
        }
        return steps;
    }

    private static void add(List<Step> steps, Step step) {
        if (!step.title().isEmpty() || !step.text().isEmpty()) {
            steps.add(step);
        }
    }
}
