package dev.commis.vault;

import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.util.ast.Node;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * A body whose recipe is written in HTML inside the Markdown, as pages exported from a blog often are
 * ({@code <h2>Ingrédients</h2><ul><li>…</li></ul>}): those blocks rewritten as the Markdown they mean (headings,
 * bullets, numbered items, paragraphs), so that the body is read like any other. HTML that holds none of those
 * (a {@code <div>} for a video, a comment) is left as it is.
 */
final class HtmlSections {

    /** The tags that carry a recipe's structure. */
    private static final Pattern STRUCTURE = Pattern.compile("<(?:h[1-6]|ul|ol|li|p)[\\s>]", Pattern.CASE_INSENSITIVE);

    private HtmlSections() {
    }

    /** {@code text} with its structural HTML blocks as Markdown, or empty when {@code document} has none. */
    static Optional<String> asMarkdown(Node document, String text) {
        StringBuilder out = new StringBuilder(text.length());
        int copied = 0;
        boolean changed = false;
        for (Node block = document.getFirstChild(); block != null; block = block.getNext()) {
            if (block instanceof HtmlBlock html && STRUCTURE.matcher(html.getChars()).find()) {
                out.append(text, copied, block.getStartOffset());
                out.append(markdown(html.getChars().toString())).append('\n');
                copied = block.getEndOffset();
                changed = true;
            }
        }
        if (!changed) {
            return Optional.empty();
        }
        out.append(text, copied, text.length());
        return Optional.of(out.toString());
    }

    private static String markdown(String html) {
        StringBuilder out = new StringBuilder();
        for (Element element : Jsoup.parseBodyFragment(html).body().children()) {
            write(element, out);
        }
        return out.toString();
    }

    private static void write(Element element, StringBuilder out) {
        String tag = element.normalName();
        switch (tag) {
            case "h1", "h2", "h3", "h4", "h5", "h6" ->
                    out.append("#".repeat(tag.charAt(1) - '0')).append(' ').append(element.text()).append("\n\n");
            case "ul", "ol" -> {
                int n = 1;
                for (Element item : element.children()) {
                    if (item.normalName().equals("li") && !item.text().isBlank()) {
                        out.append(tag.equals("ol") ? n++ + ". " : "- ").append(item.text()).append('\n');
                    }
                }
                out.append('\n');
            }
            case "div", "section", "article", "main" -> element.children().forEach(child -> write(child, out));
            default -> {
                String text = element.text();
                if (!text.isBlank()) {
                    out.append(text).append("\n\n");
                }
            }
        }
    }

    /** Whether {@code text} may hold a structural HTML tag at all: most bodies have none, and are not walked for one. */
    static boolean mayHold(String text) {
        int at = text.indexOf('<');
        return at >= 0 && STRUCTURE.matcher(text).find(at);
    }
}
