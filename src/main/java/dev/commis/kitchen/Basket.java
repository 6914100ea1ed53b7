package dev.commis.kitchen;

import dev.commis.text.Folding;
import dev.commis.vault.IngredientGroup;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Gathers the ingredient lines of several portions into one line per ingredient. A line that names
 * a recipe which is itself on the list ("Guacamole, to serve" beside the guacamole) is left out:
 * that recipe's own ingredients are there.
 */
final class Basket {

    private final Map<String, Entry> entries = new LinkedHashMap<>();
    private final Set<String> recipeKeys = new LinkedHashSet<>();
    private final Function<String, Optional<String>> synonyms;

    /** @param synonyms the ingredient a whole name is, whatever its language ("oeufs" → "egg"), if known */
    Basket(Function<String, Optional<String>> synonyms) {
        this.synonyms = synonyms;
    }

    /** One ingredient so far: its quantities, the recipes asking for it, and the name to show. */
    private static final class Entry {
        private final Tally tally = new Tally();
        private final Set<String> recipes = new LinkedHashSet<>();
        private String name;
        /** The words of the first line met: the total is named in them (the first recipe's words). */
        private String words;
        private double largest = -1;
        /** Pieces counted over all lines ("1 gousse" + "3 cloves"), to agree a shown singular name with them. */
        private double pieces;
        private Reading shown;
    }

    void add(ShoppingList.Portion portion) {
        recipeKeys.add(IngredientName.key(portion.recipe().title(), synonyms));
        for (IngredientGroup group : portion.recipe().ingredients()) {
            for (String line : group.items()) {
                if (!line.isBlank()) {
                    add(line, portion.factor(), portion.recipe().title());
                }
            }
        }
    }

    private void add(String line, double factor, String title) {
        Reading reading = LineReader.read(line);
        String name = IngredientName.of(reading);
        Entry entry = entries.computeIfAbsent(IngredientName.key(name, synonyms), key -> new Entry());
        entry.tally.add(reading, factor);
        entry.recipes.add(title);
        reading.lead().filter(lead -> lead.measure().unit() == Unit.EACH)
                .ifPresent(lead -> entry.pieces += lead.measure().times(factor).amount().high());
        // "8 oeufs" and "4 very fresh eggs" are named as first written, not in a mix of both languages.
        String words = IngredientName.key(name);
        if (entry.words == null) {
            entry.words = words;
        } else if (!entry.words.equals(words)) {
            return;
        }
        // The name written with the biggest amount reads best on the total: "3 gousses d'ail", not "3 gousse".
        double size = reading.lead().map(lead -> lead.measure().times(factor).amount().high()
                * lead.measure().unit().base()).orElse(0.0);
        if (size > entry.largest) {
            entry.largest = size;
            entry.name = name;
            entry.shown = reading;
        }
    }

    List<ShoppingList.Item> items(UnitSystem system) {
        List<ShoppingList.Item> items = new ArrayList<>();
        for (Map.Entry<String, Entry> keyed : entries.entrySet()) {
            if (recipeKeys.contains(keyed.getKey())) {
                continue;
            }
            Entry entry = keyed.getValue();
            items.add(new ShoppingList.Item(agreed(entry), entry.tally.text(system), List.copyOf(entry.recipes)));
        }
        items.sort(Comparator.comparing((ShoppingList.Item item) -> Folding.fold(item.name()))
                .thenComparing(ShoppingList.Item::name));
        return items;
    }

    /**
     * The shown name in the plural when it was written for one piece but the list needs several:
     * "1 gousse d'ail" beside "3 cloves of garlic" is "4 gousses d'ail".
     */
    private static String agreed(Entry entry) {
        boolean onePiece = entry.shown != null && entry.largest <= 1 && entry.shown.lead()
                .filter(lead -> lead.measure().unit() == Unit.EACH).isPresent();
        if (!onePiece || entry.pieces <= 1) {
            return entry.name;
        }
        return NounAgreement.agree(entry.name, 0, true, entry.shown.language())
                .map(change -> entry.name.substring(0, change.start()) + change.text() + entry.name.substring(change.end()))
                .orElse(entry.name);
    }
}
