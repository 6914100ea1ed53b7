/**
 * Quantities in ingredient lines: reading them in French and English, scaling them to a number of
 * servings, converting them to metric or imperial units, and adding them up into a shopping list.
 * {@link dev.commis.kitchen.Quantities} and {@link dev.commis.kitchen.ShoppingList} are the public
 * entry points; everything else is package-private.
 */
package dev.commis.kitchen;
