package dev.commis.search;

import java.util.ArrayList;
import java.util.List;

/**
 * The index terms a typed word or phrase stands for, each with how sure that reading is: the word
 * itself, its concept (so "pork" finds "porc"), and only when the vault does not know the word
 * at all, the words within a typo or two of it and, for the last word typed, its completions.
 * A word the vault knows is taken as meant: "lait" must not also find "laitue".
 */
final class Expansion {

    /** A term to look up, and how much a recipe found through it counts (1 for the word as typed). */
    record Candidate(int term, float quality) {
    }

    // A reading that needs fewer guesses counts more: as typed, then translated, completed, one typo, two typos.
    static final float EXACT = 1f;
    static final float SYNONYM = 0.9f;
    static final float COMPLETION = 0.8f;
    static final float ONE_TYPO = 0.75f;
    static final float TWO_TYPOS = 0.5f;

    private Expansion() {
    }

    /**
     * The candidates for {@code unit} among the terms used in the fields of {@code scope}. A
     * phrase stands for its concept; a unit of several words without one gets no candidates here
     * (its words are matched one by one, see {@link #ofWord}).
     */
    static List<Candidate> of(InvertedIndex index, Query.Unit unit, int scope, boolean complete) {
        if (unit.isWord()) {
            return ofWord(index, unit.stems().get(0), unit.concept(), scope, complete);
        }
        List<Candidate> out = new ArrayList<>(1);
        if (unit.concept() != null) {
            int id = index.termIn(unit.concept().term(), scope);
            if (id >= 0) {
                out.add(new Candidate(id, EXACT));
            }
        }
        return out;
    }

    /** The candidates for one word; {@code concept} is the one it names, or null; {@code complete} allows completions. */
    static List<Candidate> ofWord(InvertedIndex index, String stem, Concept concept, int scope, boolean complete) {
        List<Candidate> out = new ArrayList<>(4);
        int exact = index.termIn(stem, scope);
        if (exact >= 0) {
            out.add(new Candidate(exact, EXACT));
        }
        if (concept != null) {
            addConcept(index, concept, EXACT * SYNONYM, scope, out);
        }
        if (!out.isEmpty()) {
            return out;
        }
        Dictionary dictionary = index.dictionary();
        dictionary.near(stem, Fuzzy.maxEdits(stem.length()), (term, distance) -> {
            if (index.inScope(term, scope)) {
                float quality = distance == 1 ? ONE_TYPO : TWO_TYPOS;
                add(out, term, quality);
                Concept near = Synonyms.wordConcept(dictionary.term(term));
                if (near != null) {
                    addConcept(index, near, quality * SYNONYM, scope, out);
                }
            }
        });
        if (complete) {
            for (int term : dictionary.completions(stem)) {
                if (index.inScope(term, scope)) {
                    add(out, term, COMPLETION);
                }
            }
        }
        return out;
    }

    private static void addConcept(InvertedIndex index, Concept concept, float quality, int scope, List<Candidate> out) {
        int id = index.termIn(concept.term(), scope);
        if (id >= 0) {
            add(out, id, quality);
        }
    }

    /** Adds {@code term}, or raises its quality when it is already there. */
    private static void add(List<Candidate> out, int term, float quality) {
        for (int i = 0; i < out.size(); i++) {
            if (out.get(i).term() == term) {
                if (out.get(i).quality() < quality) {
                    out.set(i, new Candidate(term, quality));
                }
                return;
            }
        }
        out.add(new Candidate(term, quality));
    }
}
