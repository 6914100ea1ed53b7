package dev.commis.chat.reply;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * What the chat core answers: blocks of styled text, rows of buttons, and an optional image
 * (a path inside the vault). It is structure, never a formatted string: each platform adapter
 * renders, escapes and splits it for its own limits.
 *
 * @param image     a path inside the vault to show with the reply
 * @param replacing whether this reply takes the place of the message whose button was pressed
 *                  (the next step of a cook, another page of a list), where the platform can edit
 * @param share     words that find this reply's recipe again, for a platform's "share" button; "" for none
 * @param poll      a native poll to post or to end, rendered by each adapter its own way; empty for none
 */
public record Reply(List<Block> blocks, List<List<Button>> buttons, Optional<String> image, boolean replacing, String share,
        Optional<Poll> poll) {

    public Reply {
        blocks = List.copyOf(blocks);
        buttons = buttons.stream().map(List::copyOf).filter(row -> !row.isEmpty()).toList();
        share = share == null ? "" : share;
        poll = poll == null ? Optional.empty() : poll;
    }

    /** A reply without a poll. */
    public Reply(List<Block> blocks, List<List<Button>> buttons, Optional<String> image, boolean replacing, String share) {
        this(blocks, buttons, image, replacing, share, Optional.empty());
    }

    /** A reply of one plain paragraph. */
    public static Reply text(String text) {
        return builder().paragraph(text).build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The same reply, taking the place of the message whose button was pressed. */
    public Reply asReplacing() {
        return new Reply(blocks, buttons, image, true, share, poll);
    }

    /** Every button, row after row. */
    public List<Button> allButtons() {
        return buttons.stream().flatMap(List::stream).toList();
    }

    /** Builds a reply block by block. */
    public static final class Builder {
        private final List<Block> blocks = new ArrayList<>();
        private final List<List<Button>> rows = new ArrayList<>();
        private String image;
        private boolean replacing;
        private String share = "";
        private Poll poll;

        private Builder() {
        }

        public Builder heading(String text) {
            return heading(Span.plain(text));
        }

        public Builder heading(Span... spans) {
            blocks.add(new Block.Heading(Arrays.asList(spans)));
            return this;
        }

        public Builder paragraph(String text) {
            return paragraph(Span.plain(text));
        }

        public Builder paragraph(Span... spans) {
            return paragraph(Arrays.asList(spans));
        }

        public Builder paragraph(List<Span> spans) {
            blocks.add(new Block.Paragraph(spans));
            return this;
        }

        /** A bulleted list of plain items. */
        public Builder bullets(List<String> items) {
            blocks.add(new Block.ItemList(false, 1, items.stream().map(item -> List.of(Span.plain(item))).toList()));
            return this;
        }

        /** A list whose items are runs of spans. */
        public Builder list(boolean numbered, int start, List<List<Span>> items) {
            blocks.add(new Block.ItemList(numbered, start, items));
            return this;
        }

        /** A row of buttons. */
        public Builder buttons(Button... row) {
            return buttons(Arrays.asList(row));
        }

        public Builder buttons(List<Button> row) {
            rows.add(List.copyOf(row));
            return this;
        }

        public Builder image(String vaultPath) {
            this.image = vaultPath;
            return this;
        }

        /** The reply takes the place of the message whose button was pressed, where the platform can edit it. */
        public Builder replacing() {
            this.replacing = true;
            return this;
        }

        /** Words that find this reply's recipe again, for a share button. */
        public Builder share(String words) {
            this.share = words;
            return this;
        }

        /** A native poll for the platform to post or end. */
        public Builder poll(Poll poll) {
            this.poll = poll;
            return this;
        }

        public Reply build() {
            return new Reply(blocks, rows, Optional.ofNullable(image), replacing, share, Optional.ofNullable(poll));
        }
    }
}
