package dev.commis.vault;

import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.ListBlock;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.util.ast.Node;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The boxed-off blocks of a body, read for {@link BodyWalk}: Obsidian callouts
 * ({@code > [!tip] Astuce}), MkDocs admonitions ({@code !!! tip "Astuce"}) and MkDocs content
 * tabs ({@code === "Metric"}). An aside is a note (its title, then its text) unless its type or
 * title names the ingredients or the steps; tabs that name a section open it, tabs that are unit
 * systems are alternatives (the first is read, the others kept as notes), other tabs are parts
 * (an ingredient group, a part of the method).
 */
final class BodyAsides {

    private static final Pattern CALLOUT = Pattern.compile("^\\[!([^\\]]*)\\][+-]?\\s*");
    /** Tab labels that give the same recipe in other units: alternatives, not parts. */
    private static final Set<String> UNIT_SYSTEMS = Set.of("metric", "metrique", "imperial", "us", "us_customary",
            "cups", "tasses", "grams", "grammes", "volume", "weight", "poids", "ounces", "oz", "g", "ml");

    private final BodyWalk walk;
    /** The last top-level node of the last tab read, to tell the first tab of a group from the next. */
    private Node lastTab;
    private boolean tabsAreAlternatives;

    BodyAsides(BodyWalk walk) {
        this.walk = walk;
    }

    /** Reads {@code paragraph} when it opens an admonition or a tab; the last node it took, or null when it opens none. */
    Node mkDocs(Paragraph paragraph) {
        MkDocsBlocks.Block block = MkDocsBlocks.of(paragraph);
        if (block == null) {
            return null;
        }
        if (block.tab()) {
            tab(block, paragraph.getPrevious() != null && paragraph.getPrevious() == lastTab);
            lastTab = block.last();
        } else {
            String title = block.title().isEmpty() ? capitalised(block.type()) : block.title();
            aside(Section.exactly(block.type()), title, List.of(), block.content().getFirstChild());
        }
        return block.last();
    }

    private void tab(MkDocsBlocks.Block tab, boolean sameGroup) {
        Section named = Section.exactly(tab.title());
        if (named != Section.OTHER) {
            walk.enterByParagraph(named);
            walk.walk(tab.content().getFirstChild());
            return;
        }
        if (!sameGroup) {
            tabsAreAlternatives = UNIT_SYSTEMS.contains(dev.commis.text.Folding.key(tab.title()));
        } else if (tabsAreAlternatives) {
            walk.note(tab.title()); // "US": the same recipe again, kept for who wants it
            notes(tab.content().getFirstChild());
            return;
        }
        if (!tabsAreAlternatives) {
            walk.part(tab.title());
        }
        walk.walk(tab.content().getFirstChild());
    }

    /** Reads {@code quote}: an Obsidian callout as an aside, any other quote as a note. */
    void quote(BlockQuote quote) {
        Node first = quote.getFirstChild();
        String raw = first == null ? "" : NodeChars.of(first.getChars());
        int lineEnd = raw.indexOf('\n');
        var callout = CALLOUT.matcher(lineEnd < 0 ? raw : raw.substring(0, lineEnd));
        if (!callout.lookingAt()) {
            walk.note(PlainText.of(quote));
            return;
        }
        String heading = (lineEnd < 0 ? raw : raw.substring(0, lineEnd)).substring(callout.end()).strip();
        List<String> firstLines = PlainText.lines(first);
        List<String> rest = firstLines.size() > 1 ? firstLines.subList(1, firstLines.size()) : List.of();
        aside(Section.exactly(callout.group(1)), heading.isEmpty() ? callout.group(1) : heading, rest, first.getNext());
    }

    /**
     * An aside of type {@code typeSection}: its content read as ingredients or steps when its
     * type or title names them, else kept as notes after its title.
     */
    private void aside(Section typeSection, String title, List<String> firstLines, Node content) {
        Section byTitle = Section.ofHeading(title);
        Section named = byTitle == Section.INGREDIENTS || byTitle == Section.STEPS ? byTitle : typeSection;
        if (named == Section.INGREDIENTS || named == Section.STEPS) {
            walk.inside(named, content);
            return;
        }
        List<String> lines = new ArrayList<>(firstLines);
        lines.addAll(lines(content));
        boolean titleOnly = content == null && firstLines.isEmpty();
        if (!lines.isEmpty() || titleOnly) { // "En bref" whose every line was a fact leaves nothing to show
            walk.note(title);
            lines.forEach(walk::note);
        }
    }

    private void notes(Node first) {
        lines(first).forEach(walk::note);
    }

    /** The note lines of the blocks from {@code first} on; lines that state a fact are read as facts instead. */
    private List<String> lines(Node first) {
        List<String> lines = new ArrayList<>();
        for (Node block = first; block != null; block = block.getNext()) {
            if (block instanceof ListBlock list) {
                for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
                    String text = PlainText.of(item);
                    if (!walk.fact(text)) {
                        lines.add("- " + text);
                    }
                }
            } else if (block instanceof Paragraph paragraph) {
                PlainText.lines(paragraph).stream().filter(line -> !walk.fact(line)).forEach(lines::add);
            } else {
                lines.add(PlainText.of(block));
            }
        }
        return lines;
    }

    private static String capitalised(String type) {
        return type.isEmpty() ? type : type.substring(0, 1).toUpperCase(Locale.ROOT) + type.substring(1);
    }
}
