package dev.commis.search;

import dev.commis.vault.Recipe;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

/**
 * Builds an {@link InvertedIndex} over a list of recipes in two passes. The first, in parallel,
 * reads each recipe (folding and cutting every text: the slow part) and numbers its terms in a
 * shared table. The second counts the postings of each term, then fills exactly sized arrays in
 * recipe order, so postings come out sorted without a sort.
 */
final class IndexBuilder {

    /** One recipe's terms as numbers, with the fields each is in. */
    private record Encoded(int[] terms, byte[] masks, int titleUnits) {
    }

    private IndexBuilder() {
    }

    static InvertedIndex build(List<Recipe> recipes) {
        Map<String, Integer> ids = new ConcurrentHashMap<>(1 << 16);
        AtomicInteger next = new AtomicInteger();
        Encoded[] encoded = IntStream.range(0, recipes.size()).parallel()
                .mapToObj(doc -> encode(RecipeTerms.of(recipes.get(doc)), ids, next))
                .toArray(Encoded[]::new);

        int termCount = next.get();
        int[] counts = new int[termCount];
        int[] titleCounts = new int[termCount];
        for (Encoded recipe : encoded) {
            for (int i = 0; i < recipe.terms().length; i++) {
                counts[recipe.terms()[i]]++;
                if ((recipe.masks()[i] & Field.TITLE.bit) != 0) {
                    titleCounts[recipe.terms()[i]]++;
                }
            }
        }
        int[][] docs = new int[termCount][];
        byte[][] masks = new byte[termCount][];
        int[][] titleDocs = new int[termCount][];
        for (int term = 0; term < termCount; term++) {
            docs[term] = new int[counts[term]];
            masks[term] = new byte[counts[term]];
            titleDocs[term] = new int[titleCounts[term]];
        }
        int[] filled = new int[termCount];
        int[] titleFilled = new int[termCount];
        int[] titleUnits = new int[encoded.length];
        for (int doc = 0; doc < encoded.length; doc++) {
            Encoded recipe = encoded[doc];
            for (int i = 0; i < recipe.terms().length; i++) {
                int term = recipe.terms()[i];
                docs[term][filled[term]] = doc;
                masks[term][filled[term]++] = recipe.masks()[i];
                if ((recipe.masks()[i] & Field.TITLE.bit) != 0) {
                    titleDocs[term][titleFilled[term]++] = doc;
                }
            }
            titleUnits[doc] = recipe.titleUnits();
        }
        String[] terms = new String[termCount];
        ids.forEach((term, id) -> terms[id] = term);
        Dictionary dictionary = new Dictionary(terms, counts, ids);
        return new InvertedIndex(List.copyOf(recipes), dictionary, docs, masks, titleDocs, titleUnits);
    }

    private static Encoded encode(RecipeTerms recipe, Map<String, Integer> ids, AtomicInteger next) {
        int[] terms = new int[recipe.fields().size()];
        byte[] masks = new byte[terms.length];
        int i = 0;
        for (Map.Entry<String, Integer> entry : recipe.fields().entrySet()) {
            Integer id = ids.get(entry.getKey());
            terms[i] = id != null ? id : ids.computeIfAbsent(entry.getKey(), term -> next.getAndIncrement());
            masks[i++] = entry.getValue().byteValue();
        }
        return new Encoded(terms, masks, recipe.titleUnits());
    }
}
