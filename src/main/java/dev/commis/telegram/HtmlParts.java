package dev.commis.telegram;

import dev.commis.telegram.HtmlUnit.Budget;
import dev.commis.telegram.HtmlUnit.Fragment;
import java.util.ArrayList;
import java.util.List;

/**
 * Packs units into as few Telegram messages (and an optional caption) as fit the limits, cutting a
 * unit only when it alone outgrows a part and keeping a heading with the block after it.
 */
final class HtmlParts {

    private HtmlParts() {
    }

    /**
     * The units as messages of at most {@code limit}. Both packings are made because a source within the
     * limit is preferred, but not at the price of an extra message.
     */
    static List<String> messages(List<List<HtmlUnit>> blocks, int limit) {
        List<HtmlUnit> units = blocks.stream().flatMap(List::stream).toList();
        List<String> tight = pack(units, Budget.tight(limit));
        List<String> loose = pack(units, Budget.loose(limit));
        return loose.size() < tight.size() ? loose : tight;
    }

    /** A caption of whole blocks within {@code captionLimit}, the rest as messages within {@code textLimit}. */
    static TelegramHtml.Captioned captioned(List<List<HtmlUnit>> blocks, int captionLimit, int textLimit) {
        TelegramHtml.Captioned tight = captioned(blocks, Budget.tight(captionLimit), Budget.tight(textLimit));
        TelegramHtml.Captioned loose = captioned(blocks, Budget.loose(captionLimit), Budget.loose(textLimit));
        return loose.messages().size() < tight.messages().size() ? loose : tight;
    }

    private static TelegramHtml.Captioned captioned(List<List<HtmlUnit>> blocks, Budget captionBudget,
            Budget textBudget) {
        Part caption = new Part(captionBudget);
        int taken = 0;
        while (taken < blocks.size() && caption.fitsAll(blocks.get(taken))) {
            blocks.get(taken).forEach(unit -> caption.append(unit.whole()));
            taken++;
        }
        // A heading whose block did not fit goes on with that block rather than dangle under the photo.
        if (taken > 0 && taken < blocks.size() && blocks.get(taken - 1).get(0).heading()) {
            taken--;
        }
        List<HtmlUnit> inCaption = blocks.subList(0, taken).stream().flatMap(List::stream).toList();
        List<HtmlUnit> rest = blocks.subList(taken, blocks.size()).stream().flatMap(List::stream).toList();
        Part shown = new Part(captionBudget);
        inCaption.forEach(unit -> shown.append(unit.whole()));
        return new TelegramHtml.Captioned(shown.html(), pack(rest, textBudget));
    }

    /**
     * Fills parts greedily. A unit that does not fit the current part starts the next one, taking a
     * heading that ended the current part with it; a unit too long for any part is cut, starting in the
     * room left when that is at least half a part.
     */
    private static List<String> pack(List<HtmlUnit> units, Budget budget) {
        List<String> parts = new ArrayList<>();
        Part part = new Part(budget);
        for (HtmlUnit unit : units) {
            Fragment whole = unit.whole();
            if (part.fits(whole)) {
                part.append(whole);
                continue;
            }
            boolean tooLongForAnyPart = !new Part(budget).fits(whole);
            if (!tooLongForAnyPart || !part.room(whole).atLeastHalfOf(budget)) {
                Fragment heading = part.takeTrailingHeading();
                part = part.flushInto(parts);
                if (heading != null) {
                    part.append(heading);
                    boolean stillNoRoom = tooLongForAnyPart ? !part.room(whole).atLeastHalfOf(budget) : !part.fits(whole);
                    if (stillNoRoom) {
                        part = part.flushInto(parts);
                    }
                }
            }
            if (tooLongForAnyPart) {
                part = appendCut(unit, part.room(whole), part, parts);
            } else {
                part.append(whole);
            }
        }
        part.flushInto(parts);
        return List.copyOf(parts);
    }

    /** Cuts a unit longer than a part: its first piece fills {@code room}, the others fill parts of their own. */
    private static Part appendCut(HtmlUnit unit, Budget room, Part part, List<String> parts) {
        List<Fragment> pieces = unit.cut(room, part.budget());
        for (int i = 0; i < pieces.size(); i++) {
            Fragment piece = i == 0 ? pieces.get(i) : pieces.get(i).withSeparator("");
            if (!part.fits(piece)) {
                part = part.flushInto(parts);
            }
            part.append(piece);
        }
        return part;
    }

    /** The message being filled. */
    private static final class Part {
        private final Budget budget;
        private final List<Fragment> fragments = new ArrayList<>();
        private int visible;
        private int source;

        Part(Budget budget) {
            this.budget = budget;
        }

        Budget budget() {
            return budget;
        }

        /** A part's first fragment needs no separator: the cut dropped it. */
        private int separatorLength(Fragment fragment) {
            return fragments.isEmpty() ? 0 : fragment.separator().length();
        }

        boolean fits(Fragment fragment) {
            int separator = separatorLength(fragment);
            return visible + separator + fragment.visible() <= budget.visible()
                    && source + separator + fragment.html().length() <= budget.source();
        }

        boolean fitsAll(List<HtmlUnit> units) {
            int v = visible;
            int s = source;
            boolean first = fragments.isEmpty();
            for (HtmlUnit unit : units) {
                Fragment fragment = unit.whole();
                int separator = first ? 0 : fragment.separator().length();
                v += separator + fragment.visible();
                s += separator + fragment.html().length();
                first = false;
            }
            return v <= budget.visible() && s <= budget.source();
        }

        /** What is left for a fragment with that separator. */
        Budget room(Fragment next) {
            int separator = separatorLength(next);
            return new Budget(budget.visible() - visible - separator, budget.source() - source - separator);
        }

        void append(Fragment fragment) {
            int separator = separatorLength(fragment);
            visible += separator + fragment.visible();
            source += separator + fragment.html().length();
            fragments.add(fragment);
        }

        /** Removes and returns a heading that ends this part after other blocks, so that it can go with its block. */
        Fragment takeTrailingHeading() {
            if (fragments.size() < 2 || !fragments.get(fragments.size() - 1).heading()) {
                return null;
            }
            Fragment heading = fragments.remove(fragments.size() - 1);
            visible -= heading.separator().length() + heading.visible();
            source -= heading.separator().length() + heading.html().length();
            return heading;
        }

        String html() {
            StringBuilder html = new StringBuilder(source);
            for (int i = 0; i < fragments.size(); i++) {
                html.append(i == 0 ? "" : fragments.get(i).separator()).append(fragments.get(i).html());
            }
            return html.toString();
        }

        /** Adds this part to {@code parts} unless it is empty, and returns a fresh part. */
        Part flushInto(List<String> parts) {
            if (!fragments.isEmpty()) {
                parts.add(html());
            }
            return new Part(budget);
        }
    }
}
