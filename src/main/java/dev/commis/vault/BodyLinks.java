package dev.commis.vault;

import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ext.wikilink.WikiImage;
import com.vladsch.flexmark.ext.wikilink.WikiLink;
import com.vladsch.flexmark.util.ast.Node;
import java.util.Set;

/** The Obsidian link targets and embedded images of a body, as written, in order of appearance. */
final class BodyLinks {

    private BodyLinks() {
    }

    /** Adds the targets of {@code [[links]]} to {@code links} and embedded images to {@code images}, in one walk. */
    static void collect(Node document, Set<String> links, Set<String> images) {
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
