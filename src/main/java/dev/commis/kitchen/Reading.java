package dev.commis.kitchen;

import dev.commis.text.Language;
import java.util.List;
import java.util.Optional;

/**
 * What {@link LineReader} understood of one ingredient line: its quantities, where the
 * ingredient's name starts, and how the line writes (its language, its decimal mark).
 *
 * @param line        the line as given
 * @param spans       the quantities found, the lead first; empty when the line has no leading quantity
 * @param nameStart   index where the ingredient's name starts (0 when there is no lead)
 * @param language    French or English, guessed from the units and small words of the line
 * @param decimalMark the mark the line writes decimals with, else ',' in French and '.' in English
 */
record Reading(String line, List<Span> spans, int nameStart, Language language, char decimalMark) {

    Reading {
        spans = List.copyOf(spans);
    }

    Optional<Span> lead() {
        return find(Span.Role.LEAD);
    }

    Optional<Span> find(Span.Role role) {
        return spans.stream().filter(span -> span.role() == role).findFirst();
    }

    /** Index where the name ends: before the first alternative or total, else the line's end. */
    int nameEnd() {
        return spans.stream()
                .filter(span -> span.role() == Span.Role.ALTERNATIVE || span.role() == Span.Role.TOTAL)
                .mapToInt(Span::outerStart)
                .min()
                .orElse(line.length());
    }
}
