package dev.commis.search;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts what a person typed into units, each matched as one: a word, or a phrase of the synonym
 * table ("fruits de mer", "plat principal"). Stopwords between units are dropped, unless the text
 * is made of nothing else; words past the first {@value #MAX_UNITS} units are not read.
 */
final class Query {

    /**
     * One unit of a query.
     *
     * @param text    the unit as typed, e.g. {@code fruits de mer}
     * @param stems   its words, reduced, stopwords aside; never empty
     * @param concept the concept the whole unit names, or null
     */
    record Unit(String text, List<String> stems, Concept concept) {

        /** A single word; the other units need all their words (or their concept) to match. */
        boolean isWord() {
            return stems.size() == 1;
        }
    }

    /**
     * Units read from one text at most: more is a pasted paragraph, not a query, and each unit
     * the vault does not know costs a dictionary scan.
     */
    static final int MAX_UNITS = 12;

    private Query() {
    }

    /**
     * The units of {@code text}. With {@code keepHyphenated}, words joined by a hyphen or an
     * apostrophe stay one unit ("sucré-salé"), as filter terms should read.
     */
    static List<Unit> units(String text, boolean keepHyphenated) {
        List<Tokens.Word> words = Tokens.words(text);
        List<String> stems = words.stream().map(Tokens.Word::stem).toList();
        List<Unit> units = new ArrayList<>();
        int i = 0;
        while (i < words.size() && units.size() < MAX_UNITS) {
            if (Tokens.isStopword(stems.get(i))) {
                i++;
                continue;
            }
            Synonyms.Match match = Synonyms.longestAt(stems, i);
            int end = match == null ? i + 1 : match.end();
            Concept concept = match == null ? null : match.concept();
            if (keepHyphenated) {
                int chunkEnd = i + 1;
                while (chunkEnd < words.size() && words.get(chunkEnd).joinedToPrevious()) {
                    chunkEnd++;
                }
                if (chunkEnd > end) {
                    end = chunkEnd;
                    concept = null;
                }
            }
            units.add(unit(text, words, i, end, concept));
            i = end;
        }
        if (units.isEmpty()) {
            for (int w = 0; w < words.size() && w < MAX_UNITS; w++) {
                units.add(new Unit(text.substring(words.get(w).start(), words.get(w).end()), List.of(stems.get(w)), null));
            }
        }
        return units;
    }

    private static Unit unit(String text, List<Tokens.Word> words, int start, int end, Concept concept) {
        List<String> stems = new ArrayList<>(end - start);
        for (int w = start; w < end; w++) {
            String stem = words.get(w).stem();
            if (!Tokens.isStopword(stem)) {
                stems.add(stem);
            }
        }
        String typed = text.substring(words.get(start).start(), words.get(end - 1).end());
        if (concept == null && stems.size() == 1) {
            concept = Synonyms.wordConcept(stems.get(0));
        }
        return new Unit(typed, List.copyOf(stems), concept);
    }
}
