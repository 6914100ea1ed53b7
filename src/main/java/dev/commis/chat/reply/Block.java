package dev.commis.chat.reply;

import java.util.List;

/** One block of a {@link Reply}: a heading, a paragraph or a list. Renderers never split a block's item in two. */
public sealed interface Block permits Block.Heading, Block.Paragraph, Block.ItemList {

    /** A title line. */
    record Heading(List<Span> spans) implements Block {
        public Heading {
            spans = List.copyOf(spans);
        }
    }

    /** A paragraph of text. */
    record Paragraph(List<Span> spans) implements Block {
        public Paragraph {
            spans = List.copyOf(spans);
        }
    }

    /**
     * A list of items, each a run of spans.
     *
     * @param numbered whether items are numbered from {@code start}
     * @param start    the first item's number when numbered
     */
    record ItemList(boolean numbered, int start, List<List<Span>> items) implements Block {
        public ItemList {
            items = items.stream().map(List::copyOf).toList();
        }
    }
}
