package dev.commis.discord;

import static dev.commis.discord.DiscordMessages.DESCRIPTION_LIMIT;
import static dev.commis.discord.DiscordMessages.EMBEDS_PER_MESSAGE;
import static dev.commis.discord.DiscordMessages.EMBED_TOTAL_LIMIT;

import dev.commis.discord.EmbedUnit.Fragment;
import dev.commis.discord.EmbedUnit.Piece;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Packs units into embeds and embeds into messages, greedily: a unit that does not fit the current embed opens
 * the next one, in the same message while the message's total leaves room for it, else in a new message; a
 * heading that ended an embed goes on with the block after it; only a unit longer than a whole description is
 * cut.
 */
final class EmbedPages {

    /**
     * The least room a cut block starts or goes on in; with less, it goes on in a new message instead, so that
     * no piece is a stub. Far above one character with its marks and the longest link address.
     */
    static final int MIN_CUT_ROOM = DESCRIPTION_LIMIT / 4;

    /** One embed's title (or null) and description (or ""). */
    record Embed(String title, String description) {
    }

    private final List<List<Embed>> messages = new ArrayList<>();
    /** The finished embeds of the current message. */
    private final List<Embed> embeds = new ArrayList<>();
    /** Their total length, plus the current embed's title. */
    private int messageLength;
    private String title;
    private final List<Fragment> fragments = new ArrayList<>();
    private int descriptionLength;

    private EmbedPages(Optional<String> title) {
        this.title = title.orElse(null);
        this.messageLength = title.map(String::length).orElse(0);
    }

    /** The embeds of each message, in order; none when there is neither a title nor a unit. */
    static List<List<Embed>> pack(Optional<String> title, List<EmbedUnit> units) {
        EmbedPages pages = new EmbedPages(title);
        units.forEach(pages::add);
        pages.openMessage();
        return List.copyOf(pages.messages);
    }

    private void add(EmbedUnit unit) {
        Fragment whole = unit.whole();
        if (whole.length() <= room(whole.separator())) {
            append(whole);
        } else if (whole.length() <= DESCRIPTION_LIMIT) {
            Fragment heading = takeTrailingHeading(whole.length() + whole.separator().length());
            openRoomFor(whole.length() + (heading == null ? 0 : heading.length() + whole.separator().length()));
            appendAll(heading, whole);
        } else {
            addCut(unit);
        }
    }

    /** A unit longer than any description: pieces fill the room left, then embeds and messages of their own. */
    private void addCut(EmbedUnit unit) {
        if (room(unit.separator()) < MIN_CUT_ROOM) {
            Fragment heading = takeTrailingHeading(MIN_CUT_ROOM + unit.separator().length());
            openRoomFor(MIN_CUT_ROOM + (heading == null ? 0 : heading.length() + unit.separator().length()));
            appendAll(heading, null);
        }
        int from = 0;
        while (true) {
            Piece piece = unit.cut(from, room(from == 0 ? unit.separator() : ""));
            append(piece.fragment());
            from = piece.next();
            if (from >= unit.textLength()) {
                return;
            }
            openRoomFor(MIN_CUT_ROOM);
        }
    }

    /** What is left in the current embed for a fragment with that separator, within the message's total too. */
    private int room(String separator) {
        int gap = fragments.isEmpty() ? 0 : separator.length();
        return Math.min(DESCRIPTION_LIMIT - descriptionLength, EMBED_TOTAL_LIMIT - messageLength - descriptionLength)
                - gap;
    }

    private void append(Fragment fragment) {
        descriptionLength += (fragments.isEmpty() ? 0 : fragment.separator().length()) + fragment.length();
        fragments.add(fragment);
    }

    private void appendAll(Fragment heading, Fragment fragment) {
        if (heading != null) {
            append(heading);
        }
        if (fragment != null) {
            append(fragment);
        }
    }

    /**
     * Removes and returns a heading that ends the current embed after other text, so that it goes on with its
     * block; only when the two fit a fresh embed together ({@code needed}: the block and its separator).
     */
    private Fragment takeTrailingHeading(int needed) {
        if (fragments.size() < 2) {
            return null;
        }
        Fragment last = fragments.get(fragments.size() - 1);
        if (!last.heading() || last.length() + needed > DESCRIPTION_LIMIT) {
            return null;
        }
        fragments.remove(fragments.size() - 1);
        descriptionLength -= last.separator().length() + last.length();
        return last;
    }

    /** Starts a fresh embed that can hold {@code needed} characters: in this message if it has room, else in a new one. */
    private void openRoomFor(int needed) {
        closeEmbed();
        boolean roomInMessage = embeds.size() < EMBEDS_PER_MESSAGE
                && Math.min(DESCRIPTION_LIMIT, EMBED_TOTAL_LIMIT - messageLength) >= needed;
        if (!roomInMessage) {
            openMessage();
        }
    }

    private void closeEmbed() {
        if (title == null && fragments.isEmpty()) {
            return;
        }
        StringBuilder description = new StringBuilder(descriptionLength);
        for (int i = 0; i < fragments.size(); i++) {
            description.append(i == 0 ? "" : fragments.get(i).separator()).append(fragments.get(i).text());
        }
        embeds.add(new Embed(title, description.toString()));
        messageLength += description.length();
        title = null;
        fragments.clear();
        descriptionLength = 0;
    }

    private void openMessage() {
        closeEmbed();
        if (!embeds.isEmpty()) {
            messages.add(List.copyOf(embeds));
        }
        embeds.clear();
        messageLength = 0;
    }
}
