package dev.commis.vault;

import java.util.List;

/**
 * A run of ingredient lines under one name ("Miso butter"); the recipe's first group has the
 * name {@code ""} when its ingredients come before any group name.
 */
public record IngredientGroup(String name, List<String> items) {

    public IngredientGroup {
        name = name == null ? "" : name;
        items = List.copyOf(items);
    }
}
