package dev.commis.vault;

import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.StrongEmphasis;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.wikilink.WikiLinkExtension;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a recipe's Markdown body through flexmark's AST (DESIGN §1.2): the title, ingredient
 * groups, steps, notes, times and servings written as lines, the source link, Obsidian links and
 * images. Sections are found by meaning (see {@link Section} and {@link BodyWalk}); code blocks,
 * HTML comments, Hugo shortcodes and Liquid tags are not content.
 */
final class BodyReader {

    /**
     * What the body says; {@code title} is "" when it has no level-1 heading; {@code inlineFields}
     * are Dataview's {@code key:: value} lines, read as front matter fields are.
     */
    record Body(String title, List<IngredientGroup> ingredients, List<Step> steps, String notes, String sourceUrl,
            List<String> links, List<String> images, boolean hasIngredientsSection, boolean hasStepsSection,
            BodyFacts facts, java.util.Map<String, Object> inlineFields) {
    }

    private static final Parser PARSER = Parser.builder(new MutableDataSet()
                    .set(Parser.EXTENSIONS, List.of(WikiLinkExtension.create()))
                    .set(WikiLinkExtension.LINK_FIRST_SYNTAX, true)
                    .set(WikiLinkExtension.IMAGE_LINKS, true)
                    // Recipes hold no code, and people indent bullets by four spaces or a tab.
                    .set(Parser.INDENTED_CODE_BLOCK_PARSER, false))
            .build();

    /**
     * Hugo shortcodes ({{< x >}}, {{% x %}}) and Liquid tags ({% x %}): the tags go, what they
     * enclose stays; Obsidian comments (%% x %%) go whole.
     */
    private static final Pattern TEMPLATE_TAG = Pattern.compile("\\{\\{[<%].*?[%>]\\}\\}|\\{%.*?%\\}|%%.*?%%", Pattern.DOTALL);
    private static final Pattern URL = Pattern.compile("https?://[^\\s<>\"')\\]]+");
    private static final Pattern STEP_TITLE_SEPARATOR = Pattern.compile("^\\s*[-–—:.]\\s*");
    /**
     * A step's own number written as a label ("Step 1: …", "Étape 2 – …", "STEP 3 Layer…"): the list or the cook
     * view numbers steps already. A capital must follow a bare space, so that "Step 2 eggs into…" is no label.
     */
    private static final Pattern STEP_LABEL = Pattern.compile("^(?:step|[ée]tape)\\h*\\d{1,2}\\h*(?:[-–—:.)]\\h*|\\h(?=(?-i)\\p{Lu}))",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern STEP_LABEL_ONLY = Pattern.compile(
            "^(?:step|[ée]tape)\\h*\\d{1,2}$", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** A task box at the start of a line of a paragraph outside any list (see {@link TaskBox} for list items). */
    static final Pattern TASK_BOX = Pattern.compile("^\\[[^\\[\\]\\d^]\\]\\s+");

    private BodyReader() {
    }

    static Body read(String markdown) {
        String text = markdown.contains("{{<") || markdown.contains("{{%") || markdown.contains("{%")
                || markdown.contains("%%")
                ? TEMPLATE_TAG.matcher(markdown).replaceAll("") : markdown;
        // Links and images need "[[" (Obsidian) or "![" (Markdown image): without either, no walk for them.
        boolean linksOrImages = text.contains("[[") || text.contains("![");
        Node document = PARSER.parse(text);
        if (HtmlSections.mayHold(text)) {
            Optional<String> rewritten = HtmlSections.asMarkdown(document, text);
            if (rewritten.isPresent()) {
                document = PARSER.parse(rewritten.get());
            }
        }
        return new BodyWalk(document, linksOrImages).body();
    }

    /** {@code markdown} parsed as a body is, without its template tags removed (see {@link MkDocsBlocks}). */
    static Node parse(String markdown) {
        return PARSER.parse(markdown);
    }

    /**
     * The group a paragraph names: a bold-only line ({@code **Miso butter**}) or a short line
     * ending with a colon ({@code Pour la sauce :}); null for any other paragraph.
     */
    static String groupName(Paragraph paragraph) {
        Node first = paragraph.getFirstChild();
        String text = PlainText.of(paragraph);
        boolean boldOnly = first instanceof StrongEmphasis && onlyBlankAfter(first.getNext());
        boolean colonLine = text.endsWith(":") && text.length() <= 60 && !text.contains(". ");
        if (!boldOnly && !colonLine) {
            return null;
        }
        return trimTrailing(text, ":.").strip();
    }

    /** Whether {@code paragraph} is only a bold text (and maybe a colon): "**Ingredients**", "**For the sauce**:". */
    static boolean boldOnly(Paragraph paragraph) {
        Node first = paragraph.getFirstChild();
        return first instanceof StrongEmphasis && onlyBlankAfter(first.getNext());
    }

    private static boolean onlyBlankAfter(Node node) {
        for (Node n = node; n != null; n = n.getNext()) {
            String chars = n instanceof Text ? NodeChars.of(n.getChars()) : PlainText.of(n);
            if (!chars.isBlank() && !chars.strip().equals(":")) {
                return false;
            }
        }
        return true;
    }

    /** A step from a list item or paragraph: a leading {@code **Title** -} (or {@code **Title:**}) becomes its title. */
    static Step step(int number, Node node) {
        Node paragraph = node instanceof Paragraph ? node : node.getFirstChild();
        Node first = paragraph == null ? null : paragraph.getFirstChild();
        if (TaskBox.starts(paragraph)) {
            // "- [/] **Knead** - ...": the box is one or two nodes (a link reference, its space) before the title.
            int afterBox = paragraph.getStartOffset() + 3;
            while (first != null && !(first instanceof StrongEmphasis)
                    && (first.getStartOffset() < afterBox || first.getChars().isBlank())) {
                first = first.getNext();
            }
        }
        if (first instanceof StrongEmphasis strong) {
            String title = PlainText.of(strong);
            String rest = PlainText.from(strong.getNext());
            Matcher separator = STEP_TITLE_SEPARATOR.matcher(rest);
            boolean separated = separator.lookingAt(); // anchored: find() would try every position
            boolean titled = title.endsWith(":") || title.endsWith(".") || rest.isEmpty() || separated;
            if (titled) {
                String text = separated ? rest.substring(separator.end()) : rest;
                String more = paragraph == node ? "" : PlainText.from(paragraph.getNext());
                String named = trimTrailing(title, ":.").strip();
                return new Step(number, STEP_LABEL_ONLY.matcher(named).matches() ? "" : named, join(text, more));
            }
        }
        String text = PlainText.of(node);
        String unlabelled = withoutLeading(STEP_LABEL, text);
        return new Step(number, "", unlabelled.isBlank() ? text : unlabelled);
    }

    /**
     * {@code text} without the match of {@code anchored} (a pattern starting with {@code ^}) at
     * its start: what {@code replaceFirst("")} gives, without trying every later position.
     */
    static String withoutLeading(Pattern anchored, String text) {
        Matcher m = anchored.matcher(text);
        return m.lookingAt() ? text.substring(m.end()) : text;
    }

    static String join(String a, String b) {
        return a.isEmpty() ? b : b.isEmpty() ? a : a + " " + b;
    }

    static String trimTrailing(String text, String chars) {
        int end = text.length();
        while (end > 0 && (chars.indexOf(text.charAt(end - 1)) >= 0 || Character.isWhitespace(text.charAt(end - 1)))) {
            end--;
        }
        return text.substring(0, end);
    }

    static String firstUrl(Node block) {
        for (Node node : block.getDescendants()) {
            if (node instanceof Link link) {
                return link.getUrl().toString();
            }
        }
        Matcher m = URL.matcher(block.getChars());
        return m.find() ? m.group() : "";
    }
}
