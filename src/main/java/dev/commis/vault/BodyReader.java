package dev.commis.vault;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.ListBlock;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.StrongEmphasis;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.wikilink.WikiImage;
import com.vladsch.flexmark.ext.wikilink.WikiLink;
import com.vladsch.flexmark.ext.wikilink.WikiLinkExtension;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a recipe's Markdown body through flexmark's AST (DESIGN §1.2): the title, ingredient
 * groups, numbered steps with their titles, notes, the source link, Obsidian links and images.
 * Sections are found by heading text; what sits outside them is ignored.
 */
final class BodyReader {

    /** What the body says; {@code title} is "" when it has no level-1 heading. */
    record Body(String title, List<IngredientGroup> ingredients, List<Step> steps, String notes, String sourceUrl,
            List<String> links, List<String> images, boolean hasIngredientsSection, boolean hasStepsSection) {
    }

    private static final Parser PARSER = Parser.builder(new MutableDataSet()
                    .set(Parser.EXTENSIONS, List.of(WikiLinkExtension.create()))
                    .set(WikiLinkExtension.LINK_FIRST_SYNTAX, true)
                    .set(WikiLinkExtension.IMAGE_LINKS, true)
                    // Recipes hold no code, and people indent bullets by four spaces or a tab.
                    .set(Parser.INDENTED_CODE_BLOCK_PARSER, false)
                    // Nor fenced code: parsing it costs a tenth of the load time of a large vault.
                    .set(Parser.FENCED_CODE_BLOCK_PARSER, false))
            .build();

    private static final Pattern URL = Pattern.compile("https?://[^\\s<>\"')\\]]+");
    private static final Pattern STEP_TITLE_SEPARATOR = Pattern.compile("^\\s*[-–—:.]\\s*");
    private static final Pattern TASK_BOX = Pattern.compile("^\\[[ xX]\\]\\s*");

    private BodyReader() {
    }

    static Body read(String markdown) {
        return new Walk(PARSER.parse(markdown)).body();
    }

    /** One pass over the document's top-level blocks, remembering which section it is in. */
    private static final class Walk {
        private final Node document;
        private String title = "";
        private Section section = Section.OTHER;
        private int sectionLevel = 0;
        private boolean sawIngredients;
        private boolean sawSteps;
        private String groupName = "";
        private List<String> groupItems = new ArrayList<>();
        private final List<IngredientGroup> groups = new ArrayList<>();
        private final List<Node> stepItems = new ArrayList<>();
        private final List<Node> stepParagraphs = new ArrayList<>();
        private final List<String> notes = new ArrayList<>();
        private String sourceUrl = "";
        private final Set<String> links = new LinkedHashSet<>();
        private final Set<String> images = new LinkedHashSet<>();

        Walk(Node document) {
            this.document = document;
        }

        Body body() {
            for (Node block = document.getFirstChild(); block != null; block = block.getNext()) {
                if (block instanceof Heading heading) {
                    onHeading(heading);
                } else {
                    onBlock(block);
                }
            }
            closeGroup();
            List<Node> stepNodes = stepItems.isEmpty() ? stepParagraphs : stepItems;
            List<Step> steps = new ArrayList<>(stepNodes.size());
            for (Node node : stepNodes) {
                Step step = step(steps.size() + 1, node);
                if (!step.title().isEmpty() || !step.text().isEmpty()) {
                    steps.add(step);
                }
            }
            collectLinksAndImages();
            return new Body(title, groups, steps, String.join("\n", notes), sourceUrl, List.copyOf(links),
                    List.copyOf(images), sawIngredients, sawSteps);
        }

        private void onHeading(Heading heading) {
            String text = PlainText.of(heading);
            Section opened = Section.ofHeading(text);
            if (opened != Section.OTHER) {
                closeGroup();
                section = opened;
                sectionLevel = heading.getLevel();
                sawIngredients |= opened == Section.INGREDIENTS;
                sawSteps |= opened == Section.STEPS;
            } else if (heading.getLevel() == 1 && title.isEmpty()) {
                title = text;
                section = Section.OTHER;
            } else if (section == Section.INGREDIENTS && heading.getLevel() > sectionLevel) {
                startGroup(text);
            } else if (section == Section.STEPS && heading.getLevel() > sectionLevel) {
                return; // a sub-heading among the steps ("Pour la sauce") keeps them numbered as one list
            } else {
                closeGroup();
                section = Section.OTHER;
            }
        }

        private void onBlock(Node block) {
            switch (section) {
                case INGREDIENTS -> onIngredientBlock(block);
                case STEPS -> onStepBlock(block);
                case NOTES -> {
                    String text = PlainText.of(block);
                    if (!text.isEmpty()) {
                        notes.add(text);
                    }
                }
                case SOURCE -> {
                    if (sourceUrl.isEmpty()) {
                        sourceUrl = firstUrl(block);
                    }
                }
                case OTHER -> { }
            }
        }

        private void onIngredientBlock(Node block) {
            if (block instanceof ListBlock list) {
                for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
                    addIngredientItem(item);
                }
            } else if (block instanceof Paragraph paragraph) {
                String name = groupName(paragraph);
                if (name != null) {
                    startGroup(name);
                }
            }
        }

        private void addIngredientItem(Node item) {
            for (Node child = item.getFirstChild(); child != null; child = child.getNext()) {
                if (child instanceof ListBlock nested) {
                    for (Node sub = nested.getFirstChild(); sub != null; sub = sub.getNext()) {
                        addIngredientItem(sub);
                    }
                } else {
                    String text = TASK_BOX.matcher(PlainText.of(child)).replaceFirst("");
                    if (!text.isEmpty()) {
                        groupItems.add(text);
                    }
                }
            }
        }

        private void onStepBlock(Node block) {
            if (block instanceof ListBlock list) {
                for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
                    if (item instanceof ListItem) {
                        stepItems.add(item);
                    }
                }
            } else if (block instanceof Paragraph paragraph && groupName(paragraph) == null) {
                stepParagraphs.add(paragraph);
            }
        }

        private void startGroup(String name) {
            closeGroup();
            groupName = name;
        }

        private void closeGroup() {
            if (!groupItems.isEmpty()) {
                groups.add(new IngredientGroup(groupName, groupItems));
            }
            groupItems = new ArrayList<>();
            groupName = "";
        }

        /** Obsidian link targets and embedded images, in one walk over the whole document. */
        private void collectLinksAndImages() {
            for (Node node : document.getDescendants()) {
                if (node instanceof WikiImage image) {
                    images.add(image.getPageRef().toString().trim());
                } else if (node instanceof WikiLink link) {
                    links.add(link.getPageRef().toString().trim());
                } else if (node instanceof Image image) {
                    images.add(image.getUrl().toString().trim());
                }
            }
        }
    }

    /**
     * The group a paragraph names: a bold-only line ({@code **Miso butter**}) or a short line
     * ending with a colon ({@code Pour la sauce :}); null for any other paragraph.
     */
    private static String groupName(Paragraph paragraph) {
        Node first = paragraph.getFirstChild();
        String text = PlainText.of(paragraph);
        boolean boldOnly = first instanceof StrongEmphasis && onlyBlankAfter(first.getNext());
        boolean colonLine = text.endsWith(":") && text.length() <= 60 && !text.contains(". ");
        if (!boldOnly && !colonLine) {
            return null;
        }
        return trimTrailing(text, ":.").strip();
    }

    private static boolean onlyBlankAfter(Node node) {
        for (Node n = node; n != null; n = n.getNext()) {
            String chars = n instanceof Text ? n.getChars().toString() : PlainText.of(n);
            if (!chars.isBlank() && !chars.strip().equals(":")) {
                return false;
            }
        }
        return true;
    }

    /** A step from a list item or paragraph: a leading {@code **Title** -} (or {@code **Title:**}) becomes its title. */
    private static Step step(int number, Node node) {
        Node paragraph = node instanceof Paragraph ? node : node.getFirstChild();
        Node first = paragraph == null ? null : paragraph.getFirstChild();
        if (first instanceof StrongEmphasis strong) {
            String title = PlainText.of(strong);
            String rest = PlainText.from(strong.getNext());
            Matcher separator = STEP_TITLE_SEPARATOR.matcher(rest);
            boolean titled = title.endsWith(":") || title.endsWith(".") || rest.isEmpty() || separator.find();
            if (titled) {
                String text = separator.find(0) ? rest.substring(separator.end()) : rest;
                String more = paragraph == node ? "" : PlainText.from(paragraph.getNext());
                return new Step(number, trimTrailing(title, ":.").strip(), join(text, more));
            }
        }
        return new Step(number, "", PlainText.of(node));
    }

    private static String join(String a, String b) {
        return a.isEmpty() ? b : b.isEmpty() ? a : a + " " + b;
    }

    private static String trimTrailing(String text, String chars) {
        int end = text.length();
        while (end > 0 && (chars.indexOf(text.charAt(end - 1)) >= 0 || Character.isWhitespace(text.charAt(end - 1)))) {
            end--;
        }
        return text.substring(0, end);
    }

    private static String firstUrl(Node block) {
        for (Node node : block.getDescendants()) {
            if (node instanceof Link link) {
                return link.getUrl().toString();
            }
        }
        Matcher m = URL.matcher(block.getChars());
        return m.find() ? m.group() : "";
    }
}
