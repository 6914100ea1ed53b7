package dev.commis.vault;

import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.BulletList;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlCommentBlock;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.ast.ListBlock;
import com.vladsch.flexmark.ast.OrderedList;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ast.StrongEmphasis;
import com.vladsch.flexmark.ast.ThematicBreak;
import com.vladsch.flexmark.util.ast.Node;
import dev.commis.vault.FactKeys.Field;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One pass over a body's top-level blocks, remembering which section it is in: the state behind
 * {@link BodyReader}. Steps may be list items (numbered, bulleted or {@code - [ ]} tasks),
 * headings per step, or paragraphs under a steps heading; a section it does not know is kept as
 * notes. Not thread-safe: one per body.
 */
final class BodyWalk {

    private static final Pattern STEP_NUMBER = Pattern.compile(
            "^\\W*(?:(?:étape|etape|step|stage|phase)\\s*\\d+|\\d{1,2}\\s*[.)/-])\\s*[:.)\\-–—]?\\s*",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern NUMBERED_HEADING = Pattern.compile("^\\d{1,2}\\s*[.)]\\s+\\S");
    private static final int SECTION_BY_PARAGRAPH = 7;
    private final Node document;
    private final BodyFacts facts = new BodyFacts();
    private String title = "";
    private Section section = Section.OTHER;
    private int sectionLevel = 0;
    private boolean sawIngredients;
    private boolean sawSteps;
    private final IngredientParts ingredients = new IngredientParts();
    private final StepParts stepParts = new StepParts();
    private Field pendingLabel;
    private final BodyNotes notes = new BodyNotes();
    private final Map<String, Object> inlineFields = new LinkedHashMap<>();
    private final BodyMetadata metadata = new BodyMetadata(facts, inlineFields);
    private final BodyAsides asides = new BodyAsides(this);
    private ListBlock looseBullets;
    private ListBlock looseNumbers;

    private final boolean linksOrImages;

    /** A walk of {@code document}; {@code linksOrImages} false when its text cannot hold an Obsidian link or an image. */
    BodyWalk(Node document, boolean linksOrImages) {
        this.document = document;
        this.linksOrImages = linksOrImages;
    }

    BodyReader.Body body() {
        walk(document.getFirstChild());
        ingredients.closeGroup();
        if (ingredients.groups().isEmpty() && !sawIngredients && looseBullets != null) {
            section = Section.INGREDIENTS;
            ingredients.block(looseBullets, facts, this::note);
            ingredients.closeGroup();
            notes.remove(looseBullets);
        }
        List<Step> steps = stepParts.steps(notes);
        if (steps.isEmpty() && !sawSteps && looseNumbers != null) {
            steps = StepParts.of(looseNumbers);
            notes.remove(looseNumbers);
        }
        Set<String> links = new LinkedHashSet<>();
        Set<String> images = new LinkedHashSet<>();
        if (linksOrImages) {
            BodyLinks.collect(document, links, images);
        }
        return new BodyReader.Body(title, ingredients.groups(), steps, notes.text(), metadata.sourceUrl(), List.copyOf(links),
                List.copyOf(images), sawIngredients, sawSteps, facts, inlineFields);
    }

    /** Reads {@code first} and the blocks after it, at one level of the document. */
    void walk(Node first) {
        for (Node block = first; block != null; block = block.getNext()) {
            if (block instanceof Heading heading) {
                onHeading(heading);
            } else {
                Node last = block instanceof Paragraph paragraph && pendingLabel == null ? asides.mkDocs(paragraph) : null;
                if (last == null) {
                    onBlock(block);
                } else {
                    block = last; // an admonition or a tab took the indented blocks after it
                }
            }
        }
    }

    /** Reads the blocks from {@code first} on as section {@code named}, then goes back to the section it was in. */
    void inside(Section named, Node first) {
        Section before = section;
        int level = sectionLevel;
        enter(named, SECTION_BY_PARAGRAPH);
        walk(first);
        ingredients.closeGroup();
        section = before;
        sectionLevel = level;
    }

    /** Opens {@code opened} as a line would (a bold line, a tab's label), below any heading. */
    void enterByParagraph(Section opened) {
        enter(opened, SECTION_BY_PARAGRAPH);
    }

    /** A named part of the current section: an ingredient group, a part of the method, else a note. */
    void part(String name) {
        if (section == Section.INGREDIENTS) {
            ingredients.startGroup(name);
        } else if (section == Section.STEPS) {
            stepParts.section(name);
        } else {
            note(name);
        }
    }

    private void onHeading(Heading heading) {
        String text = PlainText.of(heading);
        int level = heading.getLevel();
        stepParts.endHeading();
        pendingLabel = null;
        if (text.isEmpty() || facts.accept(text)) {
            return;
        }
        Field label = BodyFacts.label(text);
        if (label != null && Section.exactly(text) == Section.OTHER) {
            pendingLabel = label;
            return;
        }
        if (level == 1 && title.isEmpty() && Section.exactly(text) == Section.OTHER) {
            title = text;
            enter(Section.OTHER, level);
            return;
        }
        boolean inside = (section == Section.INGREDIENTS || section == Section.STEPS) && level > sectionLevel;
        if (Section.isNumberedStep(text) || section == Section.STEPS && inside && NUMBERED_HEADING.matcher(text).lookingAt()) {
            if (section != Section.STEPS) {
                enter(Section.STEPS, level);
            }
            stepParts.heading(BodyReader.withoutLeading(STEP_NUMBER, text).strip(), true);
            return;
        }
        Section opened = inside ? Section.exactly(text) : Section.ofHeading(text);
        if (opened != Section.OTHER) {
            enter(opened, level);
            if (opened == Section.INGREDIENTS) {
                facts.acceptHeadingRest(text);
            } else if (opened == Section.STEPS) {
                // "## Préparation de la pâte" then "## Préparation de la garniture": two parts of the method.
                stepParts.section(Section.exactly(text) == Section.STEPS ? "" : text);
            }
        } else if (inside && section == Section.INGREDIENTS) {
            ingredients.startGroup(BodyReader.trimTrailing(text, ":").strip()); // "### For the garnish:"
        } else if (inside) {
            stepParts.heading(text, false); // "Pour la sauce": its list stays numbered with the others
        } else {
            enter(Section.OTHER, level);
            notes.heading(text);
        }
    }

    private void enter(Section opened, int level) {
        ingredients.closeGroup();
        section = opened;
        sectionLevel = level;
        sawIngredients |= opened == Section.INGREDIENTS;
        sawSteps |= opened == Section.STEPS;
        notes.heading(null);
    }

    private void onBlock(Node block) {
        if (block instanceof ThematicBreak && section == Section.STEPS && stepParts.hasSteps()) {
            // A rule after the steps starts what exports put last: "Tags: …", "Original URL: …", a signature.
            enter(Section.OTHER, SECTION_BY_PARAGRAPH);
            return;
        }
        if (block instanceof FencedCodeBlock || block instanceof HtmlCommentBlock || block instanceof HtmlBlock
                || block instanceof ThematicBreak || block instanceof IndentedCodeBlock || block instanceof Reference) {
            return;
        }
        if (pendingLabel != null) {
            Field label = pendingLabel;
            pendingLabel = null;
            if (block instanceof Paragraph && facts.acceptValue(label, PlainText.of(block))) {
                return;
            }
        }
        if (block instanceof BlockQuote quote) {
            asides.quote(quote);
            return;
        }
        if (block instanceof Paragraph paragraph
                && (opensSection(paragraph) || metadata.factsOnly(paragraph) || metadata.inlineFields(paragraph))) {
            return;
        }
        switch (section) {
            case INGREDIENTS -> ingredients.block(block, facts, this::note);
            case STEPS -> stepParts.block(block);
            case SOURCE -> {
                if (!metadata.sourceFrom(block)) {
                    note(PlainText.of(block));
                }
            }
            case NOTES, OTHER -> onNoteBlock(block);
        }
    }

    /** "**Ingredients**", "Ingrédients :", "Method" alone on a line open a section, as a heading would. */
    private boolean opensSection(Paragraph paragraph) {
        String text = PlainText.of(paragraph);
        if (text.length() > 50) {
            return false;
        }
        // "**Tip:** A squeeze of lemon helps." is a note that starts in bold, not a section heading.
        boolean marked = BodyReader.boldOnly(paragraph) || text.endsWith(":");
        Section opened = marked ? Section.ofHeading(text) : Section.exactly(text);
        if (opened == Section.OTHER || marked && text.contains(". ")
                || opened == section && section != Section.OTHER && !marked) {
            return false;
        }
        if (section == Section.INGREDIENTS && opened == Section.INGREDIENTS) {
            return false; // "**Pour la sauce**"-style group names are handled as groups
        }
        enter(opened, SECTION_BY_PARAGRAPH);
        if (opened == Section.INGREDIENTS) {
            facts.acceptHeadingRest(text);
        }
        return true;
    }

    private void onNoteBlock(Node block) {
        if (block instanceof ListBlock list) {
            boolean kept = false;
            for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
                kept |= !facts.accept(PlainText.of(item));
            }
            if (kept && section == Section.OTHER) {
                if (list instanceof BulletList && looseBullets == null) {
                    looseBullets = list;
                } else if (list instanceof OrderedList && looseNumbers == null) {
                    looseNumbers = list;
                }
            }
            if (kept) {
                notes.add(list);
            }
        } else if (block instanceof Paragraph paragraph) {
            boolean aboveRecipe = !sawIngredients && !sawSteps && section == Section.OTHER;
            metadata.notesOf(paragraph, aboveRecipe).forEach(this::note);
        } else {
            note(PlainText.of(block));
        }
    }

    /** Whether {@code line} states a fact (servings, a time), now read. */
    boolean fact(String line) {
        return facts.accept(line);
    }

    void note(String text) {
        notes.add(text);
    }
}
